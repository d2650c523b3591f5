import { EntityManager } from 'typeorm';
import { Goal, isMeasured } from '../domain/target-plan';
import { isFinal } from './calendar';
import { findDefinition } from './definitions.query';

export type GoalVerdict = 'baseline' | 'met' | 'missed' | 'not-final' | 'not-assessed' | 'no-definition';

export interface GoalYear {
  readonly year: number;
  readonly verdict: GoalVerdict;
  /** Measured goals: the figure as known now, and where the target line is that year. */
  readonly actual?: number;
  readonly expected?: number;
  /** Assessed goals: what the verdict rests on. */
  readonly note?: string;
}

export interface GoalProgress {
  readonly goal: Goal;
  /** The definition version the figures are counted under (the indicator's latest, so the baseline is counted the same way). */
  readonly definitionVersion: number | null;
  readonly years: GoalYear[];
}

export interface YearFulfilment {
  readonly year: number;
  /** Weight of the goals met, in %. */
  readonly met: number;
  /** Weight of the goals with a verdict (met or missed), in %. */
  readonly decided: number;
}

export interface PlanProgress {
  readonly planId: string;
  readonly title: string;
  readonly goals: GoalProgress[];
  readonly fulfilment: YearFulfilment[];
}

/** Every target plan with each goal's verdict per year, from its baseline year to `to`. */
export async function planProgress(manager: EntityManager, from: number, to: number, now: Date): Promise<PlanProgress[]> {
  const plans: { plan_id: string; title: string; goals: Goal[] }[] = await manager.query(
    'SELECT plan_id, title, goals FROM statistics_target_plans ORDER BY plan_id',
  );
  const assessments: { plan_id: string; goal: string; year: number; met: boolean; note: string }[] = await manager.query(
    'SELECT DISTINCT ON (plan_id, goal, year) plan_id, goal, year, met, note FROM statistics_goal_assessments ORDER BY plan_id, goal, year, assessed_at DESC',
  );
  const result: PlanProgress[] = [];
  for (const plan of plans) {
    const goals: GoalProgress[] = [];
    for (const goal of plan.goals) {
      if (!isMeasured(goal)) {
        const years = range(from, to).map((year) => {
          const a = assessments.find((x) => x.plan_id === plan.plan_id && x.goal === goal.goal && Number(x.year) === year);
          return a ? { year, verdict: (a.met ? 'met' : 'missed') as GoalVerdict, note: a.note } : { year, verdict: 'not-assessed' as GoalVerdict };
        });
        goals.push({ goal, definitionVersion: null, years });
        continue;
      }
      const definition = await findDefinition(manager, goal.indicator);
      if (!definition) {
        goals.push({ goal, definitionVersion: null, years: range(from, to).map((year) => ({ year, verdict: 'no-definition' })) });
        continue;
      }
      const rows: { year: number; value: number }[] = await manager.query(
        `SELECT extract(year FROM occurred_on)::int AS year, sum(weight)::int AS value FROM statistics_contributions
          WHERE definition_id = $1 AND valid_to IS NULL AND occurred_on >= make_date($2, 1, 1) AND occurred_on < make_date($3 + 1, 1, 1)
            AND ($4::text IS NULL OR area = $4) GROUP BY 1`,
        [definition.id, Math.min(goal.baselineYear, from), to, goal.area ?? null],
      );
      const figure = (year: number) => Number(rows.find((r) => Number(r.year) === year)?.value ?? 0);
      const baseline = figure(goal.baselineYear);
      const years = range(Math.max(from, goal.baselineYear), to).map((year): GoalYear => {
        const actual = figure(year);
        if (year === goal.baselineYear) return { year, verdict: 'baseline', actual, expected: baseline };
        const expected = Math.round(baseline * Math.pow(1 + goal.changePerYear / 100, year - goal.baselineYear) * 10) / 10;
        if (!isFinal(year, definition.rules.cutOff, now)) return { year, verdict: 'not-final', actual, expected };
        // A reduction is met at or below the line; a goal to raise a figure at or above it.
        const met = goal.changePerYear <= 0 ? actual <= expected : actual >= expected;
        return { year, verdict: met ? 'met' : 'missed', actual, expected };
      });
      goals.push({ goal, definitionVersion: definition.version, years });
    }
    const fulfilment = range(from, to).map((year) => {
      const verdicts = goals.map((g) => ({ weight: g.goal.weight, verdict: g.years.find((y) => y.year === year)?.verdict }));
      const weight = (which: GoalVerdict[]) => verdicts.filter((v) => v.verdict && which.includes(v.verdict)).reduce((sum, v) => sum + v.weight, 0);
      return { year, met: weight(['met']), decided: weight(['met', 'missed']) };
    });
    result.push({ planId: plan.plan_id, title: plan.title, goals, fulfilment });
  }
  return result;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
