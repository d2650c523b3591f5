import { ActivationEvent } from '../../domain/activation.events';

/** Why an event happened, in the event's own words (reason, rationale, correction reason or note). */
export function whyOf(event: Pick<ActivationEvent, 'data'>): string | null {
  const data = event.data as Record<string, unknown>;
  for (const key of ['correctionReason', 'reason', 'rationale', 'note', 'summary']) {
    if (typeof data[key] === 'string' && data[key]) return data[key] as string;
  }
  return null;
}

/** A one-line account of what an event did, for auditors scanning a timeline. */
export function whatOf(event: ActivationEvent): string {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'crisis-readiness.activation-started.v1':
      return `${event.data.exercise ? 'Exercise' : 'Real'} activation of plan ${event.data.plan.planId} v${event.data.plan.version} at level ${event.data.level}`;
    case 'crisis-readiness.role-filled.v1':
      return `${event.data.role} filled by ${event.data.holder}`;
    case 'crisis-readiness.role-handed-over.v1':
      return `${event.data.role} handed over from ${event.data.from} to ${event.data.to}`;
    case 'crisis-readiness.level-changed.v1':
      return `Level ${event.data.direction} from ${event.data.from} to ${event.data.to}`;
    case 'crisis-readiness.decision-logged.v1':
    case 'crisis-readiness.communication-logged.v1': {
      const kind = event.type === 'crisis-readiness.decision-logged.v1' ? 'Decision' : 'Communication';
      return d.corrects ? `${kind} ${d.entryId} logged, correcting ${d.corrects}` : `${kind} ${d.entryId} logged`;
    }
    case 'crisis-readiness.activation-stood-down.v1':
      return 'Stood down';
    case 'crisis-readiness.activation-reopened.v1':
      return 'Reopened';
    case 'crisis-readiness.evaluation-recorded.v1':
      return `Evaluation ${event.data.referenceId} recorded with ${event.data.points.length} point(s)`;
  }
}
