import { canonicalJson, said, Words } from '@vigil/event-sourcing';
import { SERVICE_AREA_CODES } from '@vigil/integration-contracts/incident-codes';
import { isIndicatorKey } from './indicator-rules';
import { StatisticsDomainError } from './statistics.errors';

/** A goal followed by a figure: the indicator's level changes by `changePerYear` % a year from the baseline year. */
export interface MeasuredGoal {
  readonly goal: string;
  readonly title: string;
  readonly weight: number;
  readonly indicator: string;
  readonly baselineYear: number;
  /** Percent a year, compounded: −3 means each year 3 % below the one before. */
  readonly changePerYear: number;
  /** One area's figures, or the whole service when left out. */
  readonly area?: string;
}

/** A goal no figure measures (a catalogue of interventions): each year's verdict is recorded by the partnership. */
export interface AssessedGoal {
  readonly goal: string;
  readonly title: string;
  readonly weight: number;
  readonly assessed: true;
}

export type Goal = MeasuredGoal | AssessedGoal;

export interface TargetPlanSet {
  type: 'statistics.target-plan-set.v1';
  data: { planId: string; title: string; goals: Goal[]; setBy: string };
}

export interface GoalAssessed {
  type: 'statistics.goal-assessed.v1';
  data: { planId: string; goal: string; year: number; met: boolean; note: string; assessedBy: string };
}

export type TargetPlanEvent = TargetPlanSet | GoalAssessed;

export interface TargetPlanState {
  readonly title: string | null;
  readonly goals: readonly Goal[];
}

export const initialPlan: TargetPlanState = { title: null, goals: [] };

export function evolvePlan(state: TargetPlanState, event: TargetPlanEvent): TargetPlanState {
  return event.type === 'statistics.target-plan-set.v1' ? { title: event.data.title, goals: event.data.goals } : state;
}

export function isMeasured(goal: Goal): goal is MeasuredGoal {
  return !('assessed' in goal);
}

const fail = (field: string, message: string, words?: Words): never => {
  throw new StatisticsDomainError('invalid-value', message, field, words);
};

export interface SetTargetPlan {
  planId: string;
  title: string;
  goals: Goal[];
  actor: string;
}

/** Sets (or revises) a plan's goals; the weights must add up to 100 %. */
export function decideSetPlan(command: SetTargetPlan, state: TargetPlanState): TargetPlanSet[] {
  if (!isIndicatorKey(command.planId))
    fail('planId', 'planId must be a short code such as action-plan-2015', said('statistics.short-code', { example: 'action-plan-2015' }));
  const title = (command.title ?? '').trim();
  if (title.length < 3) fail('title', 'title must name the plan', said('validation.too-short', { min: 3 }));
  if (!Array.isArray(command.goals) || command.goals.length === 0)
    fail('goals', 'goals must list at least one goal', said('validation.list-too-short', { min: 1 }));
  const goals = command.goals.map((goal, i) => validGoal(goal, `goals[${i}]`));
  const keys = new Set(goals.map((g) => g.goal));
  if (keys.size !== goals.length) fail('goals', 'each goal needs its own code', said('statistics.goal-codes-unique'));
  const total = goals.reduce((sum, g) => sum + g.weight, 0);
  if (Math.abs(total - 100) > 1e-9) fail('goals', `the goals' weights must add up to 100 %, they add up to ${total} %`, said('statistics.weights', { total }));
  if (canonicalJson({ title, goals }) === canonicalJson({ title: state.title, goals: state.goals }))
    throw new StatisticsDomainError('no-change', 'The plan already has exactly these goals', 'goals', said('statistics.plan-unchanged'));
  return [{ type: 'statistics.target-plan-set.v1', data: { planId: command.planId, title, goals, setBy: command.actor } }];
}

function validGoal(goal: Goal, at: string): Goal {
  if (!isIndicatorKey(goal?.goal))
    fail(`${at}.goal`, `${at}.goal must be a short code such as staff-minus-3`, said('statistics.short-code', { example: 'staff-minus-3' }));
  const title = typeof goal.title === 'string' ? goal.title.trim() : '';
  if (title.length < 3) fail(`${at}.title`, `${at}.title must say what the goal is`, said('validation.too-short', { min: 3 }));
  if (typeof goal.weight !== 'number' || !(goal.weight > 0) || goal.weight > 100)
    fail(`${at}.weight`, `${at}.weight must be a percentage above 0`, said('statistics.weight'));
  if ('assessed' in goal) {
    if (goal.assessed !== true) fail(`${at}.assessed`, `${at}.assessed must be true for a goal no figure measures`, said('statistics.assessed'));
    return { goal: goal.goal, title, weight: goal.weight, assessed: true };
  }
  if (!isIndicatorKey(goal.indicator))
    fail(`${at}.indicator`, `${at}.indicator must name an indicator, or set assessed: true`, said('statistics.goal-indicator'));
  if (!Number.isInteger(goal.baselineYear) || goal.baselineYear < 2000 || goal.baselineYear > 2100)
    fail(`${at}.baselineYear`, `${at}.baselineYear must be a year`, said('statistics.year'));
  if (typeof goal.changePerYear !== 'number' || goal.changePerYear <= -100 || goal.changePerYear > 100)
    fail(`${at}.changePerYear`, `${at}.changePerYear must be a percentage a year, such as -3`, said('statistics.change-per-year'));
  if (goal.area !== undefined && !(SERVICE_AREA_CODES as readonly string[]).includes(goal.area))
    fail(`${at}.area`, `${at}.area must be one of ${SERVICE_AREA_CODES.join(', ')}`, said('validation.choice'));
  const area = goal.area !== undefined ? { area: goal.area } : {};
  return {
    goal: goal.goal,
    title,
    weight: goal.weight,
    indicator: goal.indicator,
    baselineYear: goal.baselineYear,
    changePerYear: goal.changePerYear,
    ...area,
  };
}

export interface AssessGoal {
  planId: string;
  goal: string;
  year: number;
  met: boolean;
  note: string;
  actor: string;
}

/** Records a year's verdict on a goal no figure measures; a later assessment of the same year supersedes, both kept. */
export function decideAssessGoal(command: AssessGoal, state: TargetPlanState): GoalAssessed[] {
  if (state.title === null)
    throw new StatisticsDomainError('unknown-goal', `No target plan ${command.planId} is set`, 'planId', said('statistics.no-plan', { plan: command.planId }));
  const goal = state.goals.find((g) => g.goal === command.goal);
  if (!goal)
    throw new StatisticsDomainError('unknown-goal', `The plan has no goal ${command.goal}`, 'goal', said('statistics.no-goal', { goal: command.goal }));
  if (isMeasured(goal))
    throw new StatisticsDomainError(
      'invalid-value',
      `${goal.title} is measured by its figures, not assessed`,
      'goal',
      said('statistics.goal-measured', { goal: goal.title }),
    );
  if (!Number.isInteger(command.year) || command.year < 2000 || command.year > 2100) fail('year', 'year must be a year', said('statistics.year'));
  if (typeof command.met !== 'boolean') fail('met', 'met must be true or false', said('validation.yes-no'));
  const note = (command.note ?? '').trim();
  if (note.length < 3) fail('note', 'note must say what the verdict rests on', said('statistics.note-required'));
  return [
    {
      type: 'statistics.goal-assessed.v1',
      data: { planId: command.planId, goal: command.goal, year: command.year, met: command.met, note, assessedBy: command.actor },
    },
  ];
}
