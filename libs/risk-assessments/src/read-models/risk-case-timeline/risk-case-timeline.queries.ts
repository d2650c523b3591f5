import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { RiskCaseEvent } from '../../domain/risk-case.events';
import { evolve, initial, RiskCaseState } from '../../domain/risk-case.state';
import { riskCaseStreamId } from '../../risk-case-stream';

export interface RiskCaseTimeline {
  /** The case folded from events recorded at or before `at`. */
  state: RiskCaseState;
  at: string;
  revision: number | null;
  eventsIncluded: number;
  eventsRecordedSince: number;
  events: { revision: number; type: string; recordedAt: string; actor: string; data: unknown }[];
}

/** The case replayed from its stream to any moment: for audits, not from a read model. */
@Injectable()
export class RiskCaseTimelineQueries {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async replay(caseId: string, at: Date): Promise<RiskCaseTimeline> {
    const stored = await this.store.readStream(riskCaseStreamId(caseId));
    // Stream order is recording order, so the prefix recorded by `at` is what was known then.
    const included = stored.filter((e) => new Date(e.metadata.recordedAt).getTime() <= at.getTime());
    const state = included.reduce<RiskCaseState>((s, e) => evolve(s, { type: e.type, data: e.data } as RiskCaseEvent), initial);
    return {
      state,
      at: at.toISOString(),
      revision: included.length ? included[included.length - 1].revision : null,
      eventsIncluded: included.length,
      eventsRecordedSince: stored.length - included.length,
      events: included.map((e) => ({ revision: e.revision, type: e.type, recordedAt: e.metadata.recordedAt, actor: e.metadata.actor, data: e.data })),
    };
  }
}
