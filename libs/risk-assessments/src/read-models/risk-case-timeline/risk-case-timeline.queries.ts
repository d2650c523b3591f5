import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { fold } from '@vigil/event-sourcing';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { RiskCaseState } from '../../domain/risk-case.state';
import { RISK_CASE_STREAM, riskCaseStreamId } from '../../risk-case-stream';

export interface RiskCaseTimeline {
  /** The case folded from events recorded at or before `at`. */
  state: RiskCaseState;
  at: string;
  revision: number | null;
  eventsIncluded: number;
  eventsRecordedSince: number;
  events: { revision: number; type: string; recordedAt: string; actor: string; data: unknown }[];
}

/** The case replayed from its stream to a moment: for audits, not from a read model. */
export class ReplayRiskCase extends Query<RiskCaseTimeline> {
  constructor(
    readonly caseId: string,
    readonly at: Date,
  ) {
    super();
  }
}

@QueryHandler(ReplayRiskCase)
export class ReplayRiskCaseHandler implements IQueryHandler<ReplayRiskCase> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ caseId, at }: ReplayRiskCase): Promise<RiskCaseTimeline> {
    const stored = await this.store.readStream(riskCaseStreamId(caseId));
    // Stream order is recording order, so the prefix recorded by `at` is what was known then.
    const included = stored.filter((e) => new Date(e.metadata.recordedAt).getTime() <= at.getTime());
    return {
      state: fold(RISK_CASE_STREAM.model, included),
      at: at.toISOString(),
      revision: included.length ? included[included.length - 1].revision : null,
      eventsIncluded: included.length,
      eventsRecordedSince: stored.length - included.length,
      events: included.map((e) => ({ revision: e.revision, type: e.type, recordedAt: e.metadata.recordedAt, actor: e.metadata.actor, data: e.data })),
    };
  }
}
