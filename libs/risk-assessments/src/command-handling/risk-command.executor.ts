import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK, EVENT_STORE, EventStore, NewEvent, WrongExpectedRevisionError } from '@vigil/event-store';
import { AssessorEvent } from '../domain/assessor-certification.events';
import { AssessorCertifications, evolveCertifications, noCertifications } from '../domain/assessor-certification.state';
import { RiskCaseEvent } from '../domain/risk-case.events';
import { evolve, initial, RiskCaseState } from '../domain/risk-case.state';
import { assessorStreamId, riskCaseStreamId } from '../risk-case-stream';
import { CommandContext, CommandOutcome } from './command-context';
import { eventIdsFor } from './command-ids';

type Decision<S, E> = (state: S, now: Date) => E[];

/** Loads a stream, folds it, lets the slice's pure decide run, and appends with the revision it folded. */
@Injectable()
export class RiskCommandExecutor {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {}

  onCase(caseId: string, context: CommandContext, decision: Decision<RiskCaseState, RiskCaseEvent>): Promise<CommandOutcome> {
    return this.execute(riskCaseStreamId(caseId), context, (events) => events.reduce<RiskCaseState>((s, e) => evolve(s, e as RiskCaseEvent), initial), decision);
  }

  onAssessor(assessorRef: string, context: CommandContext, decision: Decision<AssessorCertifications, AssessorEvent>): Promise<CommandOutcome> {
    return this.execute(assessorStreamId(assessorRef), context, foldCertifications, decision);
  }

  now(): Date {
    return this.clock.now();
  }

  /** The assessor's certifications as they stand (for the certification check before an assessment). */
  async certifications(assessorRef: string): Promise<AssessorCertifications> {
    const stored = await this.store.readStream(assessorStreamId(assessorRef));
    return foldCertifications(stored.map((e) => ({ type: e.type, data: e.data })));
  }

  private async execute<S, E extends { type: string; data: unknown }>(
    streamId: string,
    context: CommandContext,
    fold: (events: { type: string; data: unknown }[]) => S,
    decision: Decision<S, E>,
  ): Promise<CommandOutcome> {
    const stored = await this.store.readStream(streamId);
    const revision = stored.length ? stored[stored.length - 1].revision : null;
    const ids = context.idempotencyKey ? eventIdsFor(1, context.idempotencyKey, streamId) : [];
    const earlier = ids.length ? stored.find((e) => e.id === ids[0]) : undefined;
    // A retry of a request that was already recorded answers as it did, even if the state moved on.
    if (earlier) return { revision: earlier.revision, alreadyRecorded: true };
    if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(streamId, context.expectedRevision, revision);
    }
    const decided = decision(fold(stored.map((e) => ({ type: e.type, data: e.data }))), this.clock.now());
    const eventIds = eventIdsFor(decided.length, context.idempotencyKey, streamId);
    const events: NewEvent[] = decided.map((event, i) => ({ id: eventIds[i], type: event.type, data: event.data, metadata: { actor: context.actor, correlationId: context.correlationId } }));
    const result = await this.store.appendToStream(streamId, events, { expectedRevision: revision ?? 'no-stream' });
    return { revision: result.nextExpectedRevision, alreadyRecorded: result.alreadyStored };
  }
}

function foldCertifications(events: { type: string; data: unknown }[]): AssessorCertifications {
  return events.reduce<AssessorCertifications>((s, e) => evolveCertifications(s, e as AssessorEvent), noCertifications);
}
