import { Country, findInstitution } from '@vigil/organisation';

/** Facts whose timeliness a deadline rule checks, each the time of one placement event. */
export const DEADLINE_FACTS = ['doctor-called', 'doctor-arrived', 'follow-up-conversation', 'management-review', 'legal-review'] as const;
export type DeadlineFact = (typeof DEADLINE_FACTS)[number];

export const RULE_KINDS = ['max-gap-between-notes', 'deadline'] as const;
export const RULE_ANCHORS = ['start', 'end'] as const;
export const RULE_SCOPES = ['all', 'restrained'] as const;

interface RuleBase {
  /** Stable within the rule set, e.g. `observation-notes`; verdicts name it. */
  id: string;
  description: string;
  /** Where the rule and its value come from, so an auditor can check it. */
  source: string;
}

/** While the placement lasts, no stretch between start, notes and end (or now) may exceed the limit. */
export interface MaxGapBetweenNotes extends RuleBase {
  kind: 'max-gap-between-notes';
  maxGapMinutes: number;
}

/** The fact must happen within `withinMinutes` of the start or end; `restrained` limits it to restrained placements. */
export interface DeadlineRule extends RuleBase {
  kind: 'deadline';
  fact: DeadlineFact;
  anchor: (typeof RULE_ANCHORS)[number];
  withinMinutes: number;
  appliesTo: (typeof RULE_SCOPES)[number];
}

export type Rule = MaxGapBetweenNotes | DeadlineRule;

/** A published version of the rules auditors check. Published once; never changed. */
export interface RuleSet {
  version: number;
  /** Cases whose placement started at or after this instant are judged by this version (until the next). */
  effectiveFrom: string;
  title: string;
  rules: Rule[];
}

/** A rule-set version was published. */
export interface RuleSetPublished {
  type: 'coercive-measures.rule-set-published.v1';
  data: RuleSet & { reason: string };
}

/** Every version published, in publication order. */
export function publishedRuleSets(events: readonly { type: string; data: unknown }[]): RuleSet[] {
  return events
    .filter((e): e is RuleSetPublished => e.type === 'coercive-measures.rule-set-published.v1')
    .map(({ data: { reason: _reason, ...ruleSet } }) => ruleSet);
}

/** The version in force at `moment`: the latest whose effectiveFrom is at or before it (none before the first). */
export function ruleSetInForce(ruleSets: readonly RuleSet[], moment: string): RuleSet | null {
  let chosen: RuleSet | null = null;
  for (const ruleSet of ruleSets) {
    if (ruleSet.effectiveFrom <= moment && (!chosen || ruleSet.effectiveFrom >= chosen.effectiveFrom)) chosen = ruleSet;
  }
  return chosen;
}

/** Each country's published versions: a country judges its placements by its own rules. */
export type RuleSetBook = Partial<Record<Country, readonly RuleSet[]>>;

/** The country of the institution where a placement happens (Denmark for one the catalogue no longer knows, as before). */
export function countryOfInstitution(institution: string): Country {
  return findInstitution(institution)?.country ?? 'dk';
}
