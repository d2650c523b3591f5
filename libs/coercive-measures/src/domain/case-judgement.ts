import { said } from '@vigil/event-sourcing';
import { CoerciveMeasureError } from './placement.errors';
import { PlacementTimeline } from './placement.timeline';
import { evaluate, RuleVerdict } from './rule-evaluator';
import { countryOfInstitution, RuleSetBook, ruleSetInForce } from './rule-set';
import type { Country } from '@vigil/organisation';

export interface CaseJudgement {
  /** The country's version that judged the case (null when none was in force at the placement start). */
  ruleSet: { country: Country; version: number; title: string; effectiveFrom: string } | null;
  /** True when it is the version in force at the placement start, false for a side-by-side comparison. */
  inForceAtStart: boolean;
  evaluatedAt: string;
  verdicts: RuleVerdict[];
}

/**
 * Judges a case by its institution's country's rule set in force when the placement started, or by that
 * country's version asked for (side by side). The version a case is judged by never depends on when it is read.
 */
export function judge(book: RuleSetBook, timeline: PlacementTimeline, at: Date, version?: number): CaseJudgement {
  const country = countryOfInstitution(timeline.institution);
  const ruleSets = book[country] ?? [];
  const inForce = ruleSetInForce(ruleSets, timeline.started.at);
  const chosen = version === undefined ? inForce : ruleSets.find((r) => r.version === version);
  if (version !== undefined && !chosen)
    throw new CoerciveMeasureError(
      'invalid-value',
      `No rule-set version ${version} is published`,
      'ruleSetVersion',
      said('coercive-measures.no-rule-set', { version }),
    );
  if (!chosen) return { ruleSet: null, inForceAtStart: true, evaluatedAt: at.toISOString(), verdicts: [] };
  const { verdicts, evaluatedAt } = evaluate(chosen, timeline, at);
  return {
    ruleSet: { country, version: chosen.version, title: chosen.title, effectiveFrom: chosen.effectiveFrom },
    inForceAtStart: chosen === inForce,
    evaluatedAt,
    verdicts,
  };
}
