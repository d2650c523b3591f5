import { Card } from './card';
import { ResponsibleRole } from './action-card.vocabulary';

/**
 * How a run began: by a coordinator's hand, from an incident under the visible start policy, or from
 * a crisis-readiness activation whose plan names the card (`exercise` marks an "øvelse").
 */
export type RunTrigger =
  | { type: 'manual' }
  | { type: 'incident'; incidentId: string; incidentEventId: string; policyVersion: number }
  | { type: 'crisis-activation'; activationId: string; activationEventId: string; planId: string; planVersion: number; exercise: boolean };

/** Only a crisis exercise makes an exercise run; manual and incident runs are always real. */
export const isExercise = (trigger: RunTrigger): boolean => trigger.type === 'crisis-activation' && trigger.exercise;

/** Who a step is given to within a run: a role, or one person by pseudonymous reference. */
export type Assignee = { kind: 'role'; role: ResponsibleRole } | { kind: 'person'; ref: string };

/** A run began; it pins the template version and a snapshot of the card as it was then. */
export interface RunStarted {
  type: 'action-cards.run-started.v1';
  data: {
    runId: string;
    templateId: string;
    templateVersion: number;
    card: Card;
    /** Deadlines count from here (incident runs: when the incident was recorded; crisis runs: the activation time). */
    startedAt: string;
    startedBy: string;
    /** One of the four areas, or `national` for a run started by a national crisis activation. */
    area: string;
    institution: string | null;
    trigger: RunTrigger;
  };
}

/** A step was given to a role or a person. */
export interface StepAssigned {
  type: 'action-cards.step-assigned.v1';
  data: { runId: string; stepId: string; assignee: Assignee };
}

/** A step was done, by whom and when, with the note the card may require. */
export interface StepCompleted {
  type: 'action-cards.step-completed.v1';
  data: { runId: string; stepId: string; completedBy: string; completedAt: string; note: string | null };
}

/** A step was deliberately not done; a mandatory one always carries a justification. */
export interface StepSkipped {
  type: 'action-cards.step-skipped.v1';
  data: { runId: string; stepId: string; skippedBy: string; skippedAt: string; justification: string | null };
}

/** A done or skipped step was opened again, with the reason. */
export interface StepReopened {
  type: 'action-cards.step-reopened.v1';
  data: { runId: string; stepId: string; reopenedBy: string; reason: string };
}

/** A step's deadline passed while it was open; `dueAt` is the deadline, not when this was noticed. */
export interface StepBecameOverdue {
  type: 'action-cards.step-became-overdue.v1';
  data: { runId: string; stepId: string; dueAt: string; responsibleRole: ResponsibleRole };
}

/** An overdue step stayed open past the grace period and went to the responsible role's manager. */
export interface StepEscalated {
  type: 'action-cards.step-escalated.v1';
  data: { runId: string; stepId: string; dueAt: string; escalateAt: string; responsibleRole: ResponsibleRole; escalatedTo: ResponsibleRole };
}

/** Every mandatory step is done or skipped with a justification. */
export interface RunCompleted {
  type: 'action-cards.run-completed.v1';
  data: { runId: string; completedAt: string };
}

/** A step of a completed run was reopened, so the run is open again. */
export interface RunReopened {
  type: 'action-cards.run-reopened.v1';
  data: { runId: string; stepId: string };
}

export type RunEvent = RunStarted | StepAssigned | StepCompleted | StepSkipped | StepReopened | StepBecameOverdue | StepEscalated | RunCompleted | RunReopened;

export const RUN_EVENT_TYPES: readonly RunEvent['type'][] = [
  'action-cards.run-started.v1',
  'action-cards.step-assigned.v1',
  'action-cards.step-completed.v1',
  'action-cards.step-skipped.v1',
  'action-cards.step-reopened.v1',
  'action-cards.step-became-overdue.v1',
  'action-cards.step-escalated.v1',
  'action-cards.run-completed.v1',
  'action-cards.run-reopened.v1',
];

export function isRunEvent(type: string): type is RunEvent['type'] {
  return (RUN_EVENT_TYPES as readonly string[]).includes(type);
}
