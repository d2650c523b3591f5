import { ActivationEvent } from '../../domain/activation.events';

/** Why an event happened, in the event's own words (reason, rationale, correction reason or note). */
export function whyOf(event: Pick<ActivationEvent, 'data'>): string | null {
  const data = event.data as Record<string, unknown>;
  for (const key of ['correctionReason', 'reason', 'rationale', 'note', 'summary']) {
    if (typeof data[key] === 'string' && data[key]) return data[key] as string;
  }
  return null;
}

/** The log entries' labels as the activation page numbers them: decisions D1, D2… and communications C1, C2… in the order logged. */
export class EntryLabels {
  private readonly labels = new Map<string, string>();
  private decisions = 0;
  private communications = 0;

  /** Numbers the entry an event logs, if it logs one. */
  note(event: ActivationEvent): void {
    const entryId = (event.data as { entryId?: string }).entryId;
    if (!entryId || this.labels.has(entryId)) return;
    if (event.type === 'crisis-readiness.decision-logged.v1') this.labels.set(entryId, `D${++this.decisions}`);
    if (event.type === 'crisis-readiness.communication-logged.v1') this.labels.set(entryId, `C${++this.communications}`);
  }

  of(entryId: unknown): string {
    return this.labels.get(String(entryId)) ?? String(entryId);
  }
}

/** A one-line account of what an event did, for auditors scanning a timeline; log entries by their labels (D1, C2) when given. */
export function whatOf(event: ActivationEvent, labels?: EntryLabels): string {
  const label = (entryId: unknown) => (labels ? labels.of(entryId) : String(entryId));
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
      return d.corrects ? `${kind} ${label(d.entryId)} logged, correcting ${label(d.corrects)}` : `${kind} ${label(d.entryId)} logged`;
    }
    case 'crisis-readiness.activation-stood-down.v1':
      return 'Stood down';
    case 'crisis-readiness.activation-reopened.v1':
      return 'Reopened';
    case 'crisis-readiness.evaluation-recorded.v1':
      return `Evaluation ${event.data.referenceId} recorded with ${event.data.points.length} point(s)`;
  }
}
