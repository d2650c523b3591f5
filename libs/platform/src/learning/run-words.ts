import { RecordedEvent } from '@vigil/event-store';
import { Translator } from '@vigil/i18n';
import { detailOf, ENGLISH, RecordLine, sentence, words } from './record-words';

/** What an action-card run records, as far as a timeline reads it (action cards' `run.events.ts`). */
type Trigger = { type: 'manual' } | { type: 'incident'; incidentId: string } | { type: 'crisis-activation'; activationId: string; exercise: boolean };
interface RunStartedData {
  runId: string;
  templateVersion: number;
  card: { title: string; steps: { id: string; title: string; deadlineMinutes: number }[] };
  startedAt: string;
  trigger: Trigger;
}
type Assignee = { kind: 'role'; role: string } | { kind: 'person'; ref: string };
interface StepData {
  stepId: string;
  assignee?: Assignee;
  completedAt?: string;
  note?: string | null;
  skippedAt?: string;
  justification?: string | null;
  reason?: string;
  dueAt?: string;
  escalateAt?: string;
  escalatedTo?: string;
  responsibleRole?: string;
}

export const RUN_STARTED = 'action-cards.run-started.v1';

/** Whether a run was started for one of these incidents, or for this activation. */
export function startedFor(data: unknown, incidentIds: ReadonlySet<string>, activationId: string | null): boolean {
  const trigger = (data as Partial<RunStartedData> | null)?.trigger;
  if (!trigger) return false;
  if (trigger.type === 'incident') return incidentIds.has(trigger.incidentId);
  return trigger.type === 'crisis-activation' && activationId !== null && trigger.activationId === activationId;
}

const triggerOf = (t: Trigger) => (t.type === 'incident' ? 'incident' : t.type === 'crisis-activation' ? (t.exercise ? 'exercise' : 'activation') : 'manual');

/**
 * A run's events as timeline lines in the reader's language (English by default). Steps are named by their title on the card
 * the run pinned; each step done or skipped is judged against its deadline (the run's start plus the step's deadline): on time
 * when closed by it, late otherwise, by how long in days, hours and minutes.
 */
export function runLines(events: readonly RecordedEvent[], t: Translator = ENGLISH): Map<string, RecordLine> {
  const lines = new Map<string, RecordLine>();
  const start = events.find((e) => e.type === RUN_STARTED);
  if (!start) return lines;
  const run = start.data as RunStartedData;
  const card = `'${run.card.title}'`;
  const steps = new Map(run.card.steps.map((s) => [s.id, { title: `'${s.title}'`, dueAt: Date.parse(run.startedAt) + s.deadlineMinutes * 60_000 }]));
  const closed = (d: StepData, at: string | undefined, how: 'done' | 'skipped', why: string | null) => {
    const step = steps.get(d.stepId);
    const late = at && step ? Math.round((Date.parse(at) - step.dueAt) / 60_000) : 0;
    const verdict: 'on-time' | 'late' = at && step && Date.parse(at) > step.dueAt ? 'late' : 'on-time';
    const what = t('timeline.step-closed', {
      step: step?.title ?? d.stepId,
      how,
      late: verdict === 'late' ? 'yes' : 'no',
      span: { minutes: Math.max(1, late) },
    });
    return { what, occurredAt: at, verdict, detail: detailOf(why) };
  };
  const label = (name: string) => t(`timeline.label.${name}`);
  for (const event of events) {
    const d = event.data as StepData;
    const step = steps.get(d.stepId)?.title ?? d.stepId;
    let line: RecordLine | null = null;
    switch (event.type) {
      case RUN_STARTED:
        line = { what: t('timeline.run-started', { card, trigger: triggerOf(run.trigger), version: run.templateVersion }), occurredAt: run.startedAt };
        break;
      case 'action-cards.step-assigned.v1':
        line = { what: t('timeline.step-assigned', { step, assignee: d.assignee?.kind === 'person' ? d.assignee.ref : words(d.assignee?.role) }) };
        break;
      case 'action-cards.step-completed.v1':
        line = closed(d, d.completedAt, 'done', sentence(label('note'), d.note));
        break;
      case 'action-cards.step-skipped.v1':
        line = closed(d, d.skippedAt, 'skipped', sentence(label('justification'), d.justification));
        break;
      case 'action-cards.step-reopened.v1':
        line = { what: t('timeline.step-reopened', { step }), detail: detailOf(sentence(label('reason'), d.reason)) };
        break;
      case 'action-cards.step-became-overdue.v1':
        line = { what: t('timeline.step-overdue', { step, due: { at: String(d.dueAt) } }), occurredAt: d.dueAt };
        break;
      case 'action-cards.step-escalated.v1':
        line = { what: t('timeline.step-escalated', { step, to: words(d.escalatedTo) }), occurredAt: d.escalateAt };
        break;
      case 'action-cards.run-completed.v1':
        line = { what: t('timeline.run-completed', { card }), occurredAt: (event.data as { completedAt?: string }).completedAt };
        break;
      case 'action-cards.run-reopened.v1':
        line = { what: t('timeline.run-reopened', { card, step }) };
        break;
    }
    if (line) lines.set(event.id, line);
  }
  return lines;
}
