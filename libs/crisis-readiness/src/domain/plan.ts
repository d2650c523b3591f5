import { said } from '@vigil/event-sourcing';
import { CrisisReadinessError } from './crisis.errors';
import { requireOneOf, requireText } from './crisis.rules';
import { CRISIS_LEVELS, CRISIS_ROLES, CrisisLevel, CrisisRole, Scenario, SCENARIOS, SLUG } from './crisis.vocabulary';

/** The content of one version of a readiness plan ("beredskabsplan"): what an activation pins. */
export interface PlanContent {
  title: string;
  scenario: Scenario;
  summary: string;
  /** Action-card templates the action-cards context starts when the plan is activated. */
  actionCardTemplateIds: string[];
  /** The crisis roles to fill on activation; always includes a crisis lead. */
  roles: CrisisRole[];
  /** The level an activation starts at unless the activator says otherwise. */
  initialLevel: CrisisLevel;
  /** Days after publication (or a confirmed revision) by which the plan must be revised again. */
  revisionIntervalDays: number;
}

export interface PlanInput {
  title: unknown;
  scenario: unknown;
  summary?: unknown;
  actionCardTemplateIds: unknown;
  roles: unknown;
  initialLevel?: unknown;
  revisionIntervalDays: unknown;
}

export const MAX_REVISION_INTERVAL_DAYS = 3 * 365;

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new CrisisReadinessError('invalid-value', `${field} must be a list`, field, said('validation.list'));
  if (new Set(value).size !== value.length)
    throw new CrisisReadinessError('invalid-value', `${field} lists an entry twice`, field, said('crisis-readiness.listed-twice'));
  return value;
}

/** Validates a plan as written and returns it in canonical form (roles in vocabulary order). */
export function normalisePlan(input: PlanInput): PlanContent {
  const templates = list(input.actionCardTemplateIds, 'actionCardTemplateIds');
  templates.forEach((id, i) => {
    if (typeof id !== 'string' || !SLUG.test(id))
      throw new CrisisReadinessError(
        'invalid-value',
        'each action-card template id must be a slug such as crisis-riot',
        `actionCardTemplateIds.${i}`,
        said('refusal.slug'),
      );
  });
  const roles = list(input.roles, 'roles').map((role, i) => requireOneOf(CRISIS_ROLES, role, `roles.${i}`));
  if (!roles.includes('crisis-lead'))
    throw new CrisisReadinessError(
      'invalid-value',
      'roles must include crisis-lead: someone leads every activation',
      'roles',
      said('crisis-readiness.lead-required'),
    );
  const days = input.revisionIntervalDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_REVISION_INTERVAL_DAYS) {
    throw new CrisisReadinessError(
      'invalid-value',
      `revisionIntervalDays must be a whole number of days from 1 to ${MAX_REVISION_INTERVAL_DAYS}`,
      'revisionIntervalDays',
      said('crisis-readiness.revision-interval', { max: MAX_REVISION_INTERVAL_DAYS }),
    );
  }
  return {
    title: requireText(input.title, 'title', 200),
    scenario: requireOneOf(SCENARIOS, input.scenario, 'scenario'),
    summary: input.summary === undefined ? '' : typeof input.summary === 'string' ? input.summary.trim() : requireText(input.summary, 'summary'),
    actionCardTemplateIds: templates as string[],
    roles: CRISIS_ROLES.filter((r) => roles.includes(r)),
    initialLevel: input.initialLevel === undefined ? 'operational' : requireOneOf(CRISIS_LEVELS, input.initialLevel, 'initialLevel'),
    revisionIntervalDays: days,
  };
}

/** When a plan revised at `revisedAt` falls due for its next revision. */
export function revisionDueAt(revisedAt: string, intervalDays: number): string {
  return new Date(new Date(revisedAt).getTime() + intervalDays * 86_400_000).toISOString();
}
