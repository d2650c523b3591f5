import { said, WordValue, Words } from '@vigil/event-sourcing';
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

/** A code the crisis log records (a role, a level), as the catalogue says it mid-sentence. */
const role = (code: string): WordValue => ({ term: `code.crisis-role.${code}` });
const level = (code: string): WordValue => ({ term: `code.crisis-level.${code}` });

/**
 * A one-line account of what an event did, for auditors scanning a timeline, as words the HTTP edge says in the reader's
 * language: the plan by its title, roles and levels in words, log entries by their labels (D1, C2) when given.
 */
export function whatOf(event: ActivationEvent, labels?: EntryLabels): Words {
  const label = (entryId: unknown) => (labels ? labels.of(entryId) : String(entryId));
  switch (event.type) {
    case 'crisis-readiness.activation-started.v1': {
      const { exercise, plan } = event.data;
      return said('crisis-timeline.started', { exercise: exercise ? 'yes' : 'no', plan: plan.title, version: plan.version, level: level(event.data.level) });
    }
    case 'crisis-readiness.role-filled.v1':
      return said('crisis-timeline.role-filled', { role: role(event.data.role), holder: event.data.holder });
    case 'crisis-readiness.role-handed-over.v1':
      return said('crisis-timeline.role-handed-over', { role: role(event.data.role), from: event.data.from, to: event.data.to });
    case 'crisis-readiness.level-changed.v1':
      return said('crisis-timeline.level-changed', { direction: event.data.direction, from: level(event.data.from), to: level(event.data.to) });
    case 'crisis-readiness.decision-logged.v1':
    case 'crisis-readiness.communication-logged.v1': {
      const { entryId, corrects } = event.data as { entryId: string; corrects?: string | null };
      const kind = event.type === 'crisis-readiness.decision-logged.v1' ? 'decision' : 'communication';
      return corrects
        ? said('crisis-timeline.entry-correcting', { kind, entry: label(entryId), corrects: label(corrects) })
        : said('crisis-timeline.entry-logged', { kind, entry: label(entryId) });
    }
    case 'crisis-readiness.activation-stood-down.v1':
      return said('crisis-timeline.stood-down');
    case 'crisis-readiness.activation-reopened.v1':
      return said('crisis-timeline.reopened');
    case 'crisis-readiness.evaluation-recorded.v1': {
      const worked = event.data.points.filter((p) => p.kind === 'worked').length;
      return said('crisis-timeline.evaluation', { points: event.data.points.length, worked, notWorked: event.data.points.length - worked });
    }
  }
}
