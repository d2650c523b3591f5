import { canonicalJson, said, Words } from '@vigil/event-sourcing';
import {
  INCIDENT_KIND_CODES,
  LOCATION_TYPE_CODES,
  PERPETRATOR_CODES,
  PERSON_KIND_CODES,
  PersonKindCode,
  TARGET_GROUP_CODES,
} from '@vigil/integration-contracts/incident-codes';
import { StatisticsDomainError } from './statistics.errors';

/** What an incident counts as: one per episode, or one per person of the named kinds who was a target. */
export const COUNTING_UNITS = ['episodes', 'exposed-persons'] as const;
export type CountingUnit = (typeof COUNTING_UNITS)[number];

/** Markings that take an incident out of a figure; exercises are always out and are not listed. */
export const EXCLUSIONS = ['duplicate', 'not-reportable'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** A day of the year after the reference year (1 April: the year's figures are final from then). */
export interface DayOfYear {
  readonly month: number;
  readonly day: number;
}

/**
 * One version of an indicator's definition: which incidents count, how, and when a year is final.
 * Published once and never changed; a new definition is a new version.
 */
export interface IndicatorRules {
  /** What the figure is called where people read it. */
  readonly title: string;
  readonly kinds: readonly string[];
  readonly targets: readonly string[];
  readonly perpetrators: readonly string[];
  /** At an institution (on duty), off duty, or both. */
  readonly locations: readonly string[];
  readonly counting: CountingUnit;
  /** With `exposed-persons`: whose exposure counts (say inmates); an episode with none listed counts once. */
  readonly exposedPersons: readonly PersonKindCode[];
  readonly excludes: readonly Exclusion[];
  /** Figures are dated by when the incident occurred. */
  readonly referenceDate: 'occurred';
  /** The provisional figures go out on this day of the following year (9 January). */
  readonly firstRelease: DayOfYear;
  /** A year's figures are final from this day of the following year (1 April); later registrations are late. */
  readonly cutOff: DayOfYear;
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,59}$/;

/** Checks a proposed definition against the register's published codes; the first fault is named. */
export function validRules(rules: IndicatorRules): IndicatorRules {
  const fail = (field: string, message: string, words?: Words): never => {
    throw new StatisticsDomainError('invalid-value', message, field, words);
  };
  if (typeof rules.title !== 'string' || rules.title.trim().length < 3 || rules.title.length > 200)
    fail('title', 'title must be 3 to 200 characters', said('validation.length-between', { min: 3, max: 200 }));
  const codes = (field: keyof IndicatorRules, allowed: readonly string[]) => {
    const value = rules[field] as unknown;
    if (!Array.isArray(value) || value.length === 0)
      fail(field, `${field} must list at least one of ${allowed.join(', ')}`, said('statistics.list-at-least-one', { allowed: allowed.join(', ') }));
    const unknown = (value as unknown[]).find((code) => typeof code !== 'string' || !allowed.includes(code));
    if (unknown !== undefined)
      fail(
        field,
        `${field}: ${JSON.stringify(unknown)} is not one of ${allowed.join(', ')}`,
        said('statistics.not-one-of', { value: String(unknown), allowed: allowed.join(', ') }),
      );
    return [...new Set(value as string[])].sort();
  };
  const kinds = codes('kinds', INCIDENT_KIND_CODES);
  const targets = codes('targets', TARGET_GROUP_CODES);
  const perpetrators = codes('perpetrators', PERPETRATOR_CODES);
  const locations = codes('locations', LOCATION_TYPE_CODES);
  if (!(COUNTING_UNITS as readonly string[]).includes(rules.counting))
    fail('counting', `counting must be one of ${COUNTING_UNITS.join(', ')}`, said('validation.choice'));
  const exposedPersons = rules.counting === 'exposed-persons' ? (codes('exposedPersons', PERSON_KIND_CODES) as PersonKindCode[]) : [];
  if (!Array.isArray(rules.excludes)) fail('excludes', `excludes must list any of ${EXCLUSIONS.join(', ')}`, said('validation.list'));
  const excludes = [...new Set(rules.excludes)].sort();
  const strange = excludes.find((e) => !(EXCLUSIONS as readonly string[]).includes(e));
  if (strange !== undefined)
    fail(
      'excludes',
      `excludes: ${JSON.stringify(strange)} is not one of ${EXCLUSIONS.join(', ')}`,
      said('statistics.not-one-of', { value: String(strange), allowed: EXCLUSIONS.join(', ') }),
    );
  if (rules.referenceDate !== 'occurred')
    fail('referenceDate', 'referenceDate must be occurred (figures are dated by when the incident happened)', said('statistics.reference-date'));
  const firstRelease = validDay(rules.firstRelease, 'firstRelease');
  const cutOff = validDay(rules.cutOff, 'cutOff');
  if (firstRelease.month * 100 + firstRelease.day > cutOff.month * 100 + cutOff.day)
    fail('cutOff', 'cutOff must not come before firstRelease', said('statistics.cut-off-before-release'));
  return {
    title: rules.title.trim(),
    kinds,
    targets,
    perpetrators,
    locations,
    counting: rules.counting,
    exposedPersons,
    excludes,
    referenceDate: 'occurred',
    firstRelease,
    cutOff,
  };
}

function validDay(value: DayOfYear | undefined, field: string): DayOfYear {
  const ok = value && Number.isInteger(value.month) && Number.isInteger(value.day) && value.month >= 1 && value.month <= 12 && value.day >= 1;
  const days = ok ? new Date(Date.UTC(2001, value.month, 0)).getUTCDate() : 0;
  if (!ok || value.day > days)
    throw new StatisticsDomainError(
      'invalid-value',
      `${field} must be a day of the year as { month, day }, such as { "month": 4, "day": 1 }`,
      field,
      said('statistics.day-of-year'),
    );
  return { month: value.month, day: value.day };
}

export function isIndicatorKey(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}

/** True when two definitions are the same, title included: publishing such a version would change nothing. */
export function sameCounting(a: IndicatorRules, b: IndicatorRules): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
