import { Audience, Channel, CrisisLevel, CrisisRole, PointKind, RiskClass, Scenario, ScopeKind } from './crisis.vocabulary';

/** Where an activation applies; narrower kinds name their area, institution and unit. */
export interface ActivationScope {
  kind: ScopeKind;
  area: string | null;
  institution: string | null;
  unit: string | null;
}

/** The plan version an activation pinned, as it was then. */
export interface PinnedPlan {
  planId: string;
  version: number;
  title: string;
  scenario: Scenario;
  /** When that plan version was due for revision; before `activatedAt` means it was overdue then. */
  revisionDueAt: string;
}

/**
 * Crisis readiness was activated from a plan. The action-cards context reacts to this event to
 * start one run per `actionCardTemplateIds` entry (pinned here, so later plan versions change nothing).
 */
export interface ActivationStarted {
  type: 'crisis-readiness.activation-started.v1';
  data: {
    activationId: string;
    plan: PinnedPlan;
    actionCardTemplateIds: string[];
    rolesToFill: CrisisRole[];
    scope: ActivationScope;
    level: CrisisLevel;
    /** An exercise ("øvelse"): shown as such everywhere, never counted as an incident. */
    exercise: boolean;
    activatedBy: string;
    activatedAt: string;
    reason: string;
  };
}

/** A vacant crisis role was filled. */
export interface RoleFilled {
  type: 'crisis-readiness.role-filled.v1';
  data: { activationId: string; role: CrisisRole; holder: string; at: string; note: string | null };
}

/** A held crisis role passed from one person to another (shift change, exhaustion, escalation). */
export interface RoleHandedOver {
  type: 'crisis-readiness.role-handed-over.v1';
  data: { activationId: string; role: CrisisRole; from: string; to: string; at: string; note: string | null };
}

/** The readiness level moved up or down, with the reason. */
export interface LevelChanged {
  type: 'crisis-readiness.level-changed.v1';
  data: { activationId: string; from: CrisisLevel; to: CrisisLevel; direction: 'raised' | 'lowered'; reason: string; at: string };
}

/** A decision, with its rationale, legal basis ("hjemmel") and the alternatives weighed (proportionality). */
export interface DecisionLogged {
  type: 'crisis-readiness.decision-logged.v1';
  data: {
    activationId: string;
    entryId: string;
    decision: string;
    rationale: string;
    legalBasis: string;
    alternativesConsidered: string[];
    decidedBy: string;
    decidedAt: string;
    loggedAt: string;
    /** Set on a correction: the entry it corrects, which stays visible, marked as corrected. */
    corrects: string | null;
    correctionReason: string | null;
  };
}

/** A communication: to whom, by which channel, what was said, and whether it was released outside. */
export interface CommunicationLogged {
  type: 'crisis-readiness.communication-logged.v1';
  data: {
    activationId: string;
    entryId: string;
    audience: Audience;
    channel: Channel;
    summary: string;
    released: boolean;
    communicatedBy: string;
    communicatedAt: string;
    loggedAt: string;
    corrects: string | null;
    correctionReason: string | null;
  };
}

/** The activation ended. */
export interface ActivationStoodDown {
  type: 'crisis-readiness.activation-stood-down.v1';
  data: { activationId: string; reason: string; at: string };
}

/** A stood-down activation was opened again (the crisis flared up, or the log must be completed). */
export interface ActivationReopened {
  type: 'crisis-readiness.activation-reopened.v1';
  data: { activationId: string; reason: string; at: string };
}

export interface FollowUpAction {
  action: string;
  owner: string | null;
  dueBy: string | null;
}

export interface EvaluationPoint {
  kind: PointKind;
  riskClass: RiskClass;
  description: string;
  followUps: FollowUpAction[];
}

/** The after-action evaluation; `referenceId` is what a later learning review cites. */
export interface EvaluationRecorded {
  type: 'crisis-readiness.evaluation-recorded.v1';
  data: { activationId: string; referenceId: string; summary: string; points: EvaluationPoint[]; evaluatedAt: string };
}

export type ActivationEvent =
  | ActivationStarted
  | RoleFilled
  | RoleHandedOver
  | LevelChanged
  | DecisionLogged
  | CommunicationLogged
  | ActivationStoodDown
  | ActivationReopened
  | EvaluationRecorded;

export const ACTIVATION_EVENT_TYPES: readonly ActivationEvent['type'][] = [
  'crisis-readiness.activation-started.v1',
  'crisis-readiness.role-filled.v1',
  'crisis-readiness.role-handed-over.v1',
  'crisis-readiness.level-changed.v1',
  'crisis-readiness.decision-logged.v1',
  'crisis-readiness.communication-logged.v1',
  'crisis-readiness.activation-stood-down.v1',
  'crisis-readiness.activation-reopened.v1',
  'crisis-readiness.evaluation-recorded.v1',
];

export function isActivationEvent(type: string): type is ActivationEvent['type'] {
  return (ACTIVATION_EVENT_TYPES as readonly string[]).includes(type);
}
