import { said } from '@vigil/event-sourcing';
import { EvaluationPoint, EvaluationRecorded, FollowUpAction } from '../domain/activation.events';
import { requireActivation } from '../domain/activation.rules';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireOneOf, requireRef, requireText } from '../domain/crisis.rules';
import { POINT_KINDS, RISK_CLASSES } from '../domain/crisis.vocabulary';

export interface RecordEvaluation {
  activationId: string;
  /** The id a later learning review cites to take the evaluation in. */
  referenceId: string;
  summary: unknown;
  points: unknown;
  actor: string;
}

function followUp(raw: unknown, at: string): FollowUpAction {
  const f = (raw ?? {}) as Record<string, unknown>;
  const dueBy = f.dueBy === undefined || f.dueBy === null ? null : String(f.dueBy);
  if (dueBy !== null && (!/^\d{4}-\d{2}-\d{2}/.test(dueBy) || Number.isNaN(new Date(dueBy).getTime()))) {
    throw new CrisisReadinessError('invalid-value', `${at}.dueBy must be an ISO 8601 date`, `${at}.dueBy`, said('validation.date'));
  }
  return {
    action: requireText(f.action, `${at}.action`, 1000),
    owner: f.owner === undefined || f.owner === null ? null : requireRef(f.owner, `${at}.owner`),
    dueBy,
  };
}

function point(raw: unknown, at: string): EvaluationPoint {
  const p = (raw ?? {}) as Record<string, unknown>;
  const followUps = p.followUps ?? [];
  if (!Array.isArray(followUps)) throw new CrisisReadinessError('invalid-value', `${at}.followUps must be a list`, `${at}.followUps`, said('validation.list'));
  return {
    kind: requireOneOf(POINT_KINDS, p.kind, `${at}.kind`),
    riskClass: requireOneOf(RISK_CLASSES, p.riskClass, `${at}.riskClass`),
    description: requireText(p.description, `${at}.description`, 2000),
    followUps: followUps.map((f, i) => followUp(f, `${at}.followUps.${i}`)),
  };
}

/** The after-action evaluation, once the activation is stood down: what worked, what did not, and what follows. */
export function decide(command: RecordEvaluation, state: ActivationState, now: Date): EvaluationRecorded[] {
  const activation = requireActivation(state, command.activationId);
  if (activation.status !== 'stood-down')
    throw new CrisisReadinessError(
      'invalid-transition',
      'The evaluation follows the stand-down; this activation is still active',
      undefined,
      said('crisis-readiness.evaluate-after-stand-down'),
    );
  if (activation.evaluation)
    throw new CrisisReadinessError(
      'evaluation-already-recorded',
      `Evaluation ${activation.evaluation.referenceId} is already recorded`,
      'points',
      said('crisis-readiness.evaluation-exists', { ref: activation.evaluation.referenceId }),
    );
  if (!Array.isArray(command.points) || command.points.length === 0)
    throw new CrisisReadinessError('invalid-value', 'points must list at least one point', 'points', said('validation.list-too-short', { min: 1 }));
  return [
    {
      type: 'crisis-readiness.evaluation-recorded.v1',
      data: {
        activationId: command.activationId,
        referenceId: command.referenceId,
        summary: requireText(command.summary, 'summary'),
        points: command.points.map((p, i) => point(p, `points.${i}`)),
        evaluatedAt: now.toISOString(),
      },
    },
  ];
}
