import { LogEntry, StartedActivation } from '../../domain/activation.state';
import { CRISIS_ROLES } from '../../domain/crisis.vocabulary';

/** A log entry as shown: `corrected` says at a glance that a later entry replaced it (both stay). */
export const entryView = (entry: LogEntry) => ({ ...entry, corrected: entry.correctedBy !== null });

/** Roles in vocabulary order: the plan's roles (vacant or held) and any other role that was filled. */
export function rolesView(state: StartedActivation) {
  return CRISIS_ROLES.filter((role) => state.rolesToFill.includes(role) || state.roles[role]).map((role) => ({
    role,
    holder: state.roles[role]?.holder ?? null,
    since: state.roles[role]?.since ?? null,
    vacant: !state.roles[role],
  }));
}

/** One activation as the API shows it; `exercise` is always present. */
export function activationView(state: StartedActivation, revision: number) {
  return {
    activationId: state.activationId,
    exercise: state.exercise,
    revision,
    status: state.status,
    level: state.level,
    plan: state.plan,
    actionCardTemplateIds: state.actionCardTemplateIds,
    scope: state.scope,
    activatedBy: state.activatedBy,
    activatedAt: state.activatedAt,
    reason: state.reason,
    stoodDownAt: state.status === 'stood-down' ? state.stoodDownAt : null,
    standDownReason: state.status === 'stood-down' ? state.standDownReason : null,
    roles: rolesView(state),
    decisions: state.log.filter((e) => e.kind === 'decision').map(entryView),
    communications: state.log.filter((e) => e.kind === 'communication').map(entryView),
    evaluation: state.evaluation,
  };
}

export type ActivationView = ReturnType<typeof activationView>;
