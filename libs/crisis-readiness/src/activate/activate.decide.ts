import { said } from '@vigil/event-sourcing';
import { areaProblem, areaWords, institutionProblem } from '@vigil/organisation';
import { ActivationScope, ActivationStarted } from '../domain/activation.events';
import { ActivationState } from '../domain/activation.state';
import { CrisisReadinessError } from '../domain/crisis.errors';
import { requireFlag, requireOneOf, requireText } from '../domain/crisis.rules';
import { AREAS, CRISIS_LEVELS, SCOPE_KINDS, SLUG } from '../domain/crisis.vocabulary';
import { currentPlanVersion, PlanState, planRevisionDueAt } from '../domain/plan.state';
import { planRefusal } from '../domain/plan-refusals';

export interface Activate {
  activationId: string;
  planId: string;
  /** The plan as it stands; the activation pins its version in force. */
  plan: PlanState;
  scope: { kind: unknown; area?: unknown; institution?: unknown; unit?: unknown };
  /** Defaults to the plan's initial level. */
  level?: unknown;
  exercise: unknown;
  reason: unknown;
  actor: string;
}

const slugOrNull = (value: unknown, field: string, required: boolean): string | null => {
  if (value === undefined || value === null) {
    if (required) throw new CrisisReadinessError('invalid-value', `${field} is required for this scope`, field, said('crisis-readiness.scope-needs'));
    return null;
  }
  if (typeof value !== 'string' || !SLUG.test(value))
    throw new CrisisReadinessError('invalid-value', `${field} must be a slug such as nyborg`, field, said('refusal.slug'));
  return value;
};

/** National scope names nothing more; each narrower kind names the places that contain it. */
function scopeOf(scope: Activate['scope']): ActivationScope {
  const kind = requireOneOf(SCOPE_KINDS, scope?.kind, 'scope.kind');
  const depth = SCOPE_KINDS.length - 1 - SCOPE_KINDS.indexOf(kind); // national 0, area 1, institution 2, unit 3
  if (depth === 0 && (scope.area ?? scope.institution ?? scope.unit) != null) {
    throw new CrisisReadinessError(
      'invalid-value',
      'a national activation names no area, institution or unit',
      'scope.area',
      said('crisis-readiness.national-names-nothing'),
    );
  }
  const area = depth >= 1 ? requireOneOf(AREAS, scope.area, 'scope.area') : null;
  const areaWrong = area === null ? null : areaProblem(area);
  if (areaWrong) throw new CrisisReadinessError('invalid-value', areaWrong, 'scope.area', areaWords(area) ?? undefined);
  const institution = slugOrNull(scope.institution, 'scope.institution', depth >= 2);
  // The institution comes from the organisation catalogue and lies in the area named: never free text.
  const problem = institution === null ? null : institutionProblem(institution, area);
  if (problem) throw new CrisisReadinessError('invalid-value', problem.message, `scope.${problem.field}`, problem.words);
  return { kind, area, institution, unit: slugOrNull(scope.unit, 'scope.unit', depth >= 3) };
}

/** Activates readiness from the plan version in force, pinning it and the action cards it names. */
export function decide(command: Activate, state: ActivationState, now: Date): ActivationStarted[] {
  if (state.status !== 'none')
    throw new CrisisReadinessError(
      'activation-already-started',
      `Activation ${command.activationId} already exists`,
      'activationId',
      said('crisis-readiness.activation-already-started'),
    );
  if (command.plan.status === 'none') throw planRefusal.notFound(command.planId);
  if (command.plan.status === 'retired')
    throw new CrisisReadinessError(
      'plan-retired',
      `Readiness plan "${command.planId}" is retired`,
      'planId',
      said('crisis-readiness.plan-retired', { plan: command.planId }),
    );
  const version = currentPlanVersion(command.plan);
  if (!version)
    throw new CrisisReadinessError(
      'plan-not-published',
      `Readiness plan "${command.planId}" has no published version yet`,
      'planId',
      said('crisis-readiness.plan-not-published', { plan: command.planId }),
    );
  const scope = scopeOf(command.scope);
  const level = command.level === undefined ? version.content.initialLevel : requireOneOf(CRISIS_LEVELS, command.level, 'level');
  const { content } = version;
  return [
    {
      type: 'crisis-readiness.activation-started.v1',
      data: {
        activationId: command.activationId,
        plan: {
          planId: command.planId,
          version: version.version,
          title: content.title,
          scenario: content.scenario,
          revisionDueAt: planRevisionDueAt(command.plan)!,
        },
        actionCardTemplateIds: content.actionCardTemplateIds,
        rolesToFill: content.roles,
        scope,
        level,
        exercise: requireFlag(command.exercise, 'exercise'),
        activatedBy: command.actor,
        activatedAt: now.toISOString(),
        reason: requireText(command.reason, 'reason', 2000, 'reason-required'),
      },
    },
  ];
}
