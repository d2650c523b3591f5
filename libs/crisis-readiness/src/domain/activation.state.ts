import { ActivationEvent, ActivationScope, CommunicationLogged, DecisionLogged, EvaluationRecorded, PinnedPlan } from './activation.events';
import { CrisisLevel, CrisisRole } from './crisis.vocabulary';

export type DecisionEntry = Omit<DecisionLogged['data'], 'activationId'> & { kind: 'decision'; correctedBy: string | null };
export type CommunicationEntry = Omit<CommunicationLogged['data'], 'activationId'> & { kind: 'communication'; correctedBy: string | null };
export type LogEntry = DecisionEntry | CommunicationEntry;

export interface RoleHolding {
  holder: string;
  since: string;
}

interface ActivationFacts {
  activationId: string;
  plan: PinnedPlan;
  actionCardTemplateIds: string[];
  rolesToFill: CrisisRole[];
  scope: ActivationScope;
  level: CrisisLevel;
  exercise: boolean;
  activatedBy: string;
  activatedAt: string;
  reason: string;
  roles: Partial<Record<CrisisRole, RoleHolding>>;
  /** Decisions and communications in the order they were logged; nothing is ever removed or changed but `correctedBy`. */
  log: LogEntry[];
  evaluation: Omit<EvaluationRecorded['data'], 'activationId'> | null;
}

/** An activation's state, discriminated by status; `none` until it is started. */
export type ActivationState =
  { status: 'none' } | (ActivationFacts & { status: 'active' }) | (ActivationFacts & { status: 'stood-down'; stoodDownAt: string; standDownReason: string });

export type StartedActivation = Exclude<ActivationState, { status: 'none' }>;

export const initialActivation: ActivationState = { status: 'none' };

function facts(state: StartedActivation): ActivationFacts {
  const { status: _s, stoodDownAt: _a, standDownReason: _r, ...rest } = state as StartedActivation & { stoodDownAt?: string; standDownReason?: string };
  return rest;
}

function appendEntry(state: StartedActivation, entry: LogEntry): StartedActivation {
  const log = state.log.map((e) => (e.entryId === entry.corrects ? { ...e, correctedBy: entry.entryId } : e));
  return { ...state, log: [...log, entry] };
}

export function evolveActivation(state: ActivationState, event: ActivationEvent): ActivationState {
  if (event.type === 'crisis-readiness.activation-started.v1') {
    return { status: 'active', ...event.data, roles: {}, log: [], evaluation: null };
  }
  if (state.status === 'none') return state; // nothing precedes the start in a valid stream
  switch (event.type) {
    case 'crisis-readiness.role-filled.v1':
      return { ...state, roles: { ...state.roles, [event.data.role]: { holder: event.data.holder, since: event.data.at } } };
    case 'crisis-readiness.role-handed-over.v1':
      return { ...state, roles: { ...state.roles, [event.data.role]: { holder: event.data.to, since: event.data.at } } };
    case 'crisis-readiness.level-changed.v1':
      return { ...state, level: event.data.to };
    case 'crisis-readiness.decision-logged.v1': {
      const { activationId: _id, ...entry } = event.data;
      return appendEntry(state, { kind: 'decision', ...entry, correctedBy: null });
    }
    case 'crisis-readiness.communication-logged.v1': {
      const { activationId: _id, ...entry } = event.data;
      return appendEntry(state, { kind: 'communication', ...entry, correctedBy: null });
    }
    case 'crisis-readiness.activation-stood-down.v1':
      return { ...facts(state), status: 'stood-down', stoodDownAt: event.data.at, standDownReason: event.data.reason };
    case 'crisis-readiness.activation-reopened.v1':
      return { ...facts(state), status: 'active' };
    case 'crisis-readiness.evaluation-recorded.v1': {
      const { activationId: _id, ...evaluation } = event.data;
      return { ...state, evaluation };
    }
  }
}
