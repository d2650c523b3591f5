import { said } from '@vigil/event-sourcing';
import type { Country } from '@vigil/organisation';
import { CoerciveMeasureError } from '../domain/placement.errors';
import { requireOneOf, requireText } from '../domain/placement.rules';
import { DEADLINE_FACTS, DeadlineRule, MaxGapBetweenNotes, Rule, RULE_ANCHORS, RULE_KINDS, RULE_SCOPES, RuleSet, RuleSetPublished } from '../domain/rule-set';

/** A rule as proposed: checked field by field here, whatever the caller sent. */
export type ProposedRule = { [Field in keyof MaxGapBetweenNotes | keyof DeadlineRule]?: unknown };

/** `country` picks the country's rule-set stream (Denmark when none is named); the stream, not the event, carries it. */
export type PublishRuleSet = Omit<RuleSet, 'rules'> & { rules: readonly ProposedRule[]; reason: string; actor: string; country?: Country };

const RULE_ID = /^[a-z][a-z0-9-]{1,60}$/;
const MAX_MINUTES = 366 * 24 * 60;

function requireMinutes(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_MINUTES) {
    throw new CoerciveMeasureError(
      'invalid-value',
      `${field} must be a whole number of minutes between 1 and ${MAX_MINUTES}`,
      field,
      said('coercive-measures.minutes'),
    );
  }
  return value as number;
}

function requireRule(rule: ProposedRule, i: number): Rule {
  const at = (name: string) => `rules.${i}.${name}`;
  if (!(typeof rule?.id === 'string' && RULE_ID.test(rule.id)))
    throw new CoerciveMeasureError('invalid-value', `${at('id')} must be a lower-case slug`, at('id'), said('refusal.slug'));
  const base = { id: rule.id, description: requireText(rule.description, at('description'), 500), source: requireText(rule.source, at('source'), 500) };
  const kind = requireOneOf(RULE_KINDS, rule.kind, at('kind'));
  if (kind === 'max-gap-between-notes') return { ...base, kind, maxGapMinutes: requireMinutes(rule.maxGapMinutes, at('maxGapMinutes')) };
  return {
    ...base,
    kind,
    fact: requireOneOf(DEADLINE_FACTS, rule.fact, at('fact')),
    anchor: requireOneOf(RULE_ANCHORS, rule.anchor, at('anchor')),
    withinMinutes: requireMinutes(rule.withinMinutes, at('withinMinutes')),
    appliesTo: requireOneOf(RULE_SCOPES, rule.appliesTo ?? 'all', at('appliesTo')),
  };
}

/**
 * Versions follow each other (1, 2, …) and never change. A later version takes effect after the one
 * before and not in the past, so a published version never re-judges cases retroactively.
 */
export function decide(command: PublishRuleSet, published: readonly RuleSet[], now: Date): RuleSetPublished[] {
  const latest = published[published.length - 1];
  const next = (latest?.version ?? 0) + 1;
  if (command.version !== next)
    throw new CoerciveMeasureError(
      'rule-set-version-conflict',
      `The next rule-set version is ${next}, not ${command.version}`,
      'version',
      said('coercive-measures.next-version', { next }),
    );
  const time = typeof command.effectiveFrom === 'string' ? new Date(command.effectiveFrom).getTime() : NaN;
  if (Number.isNaN(time))
    throw new CoerciveMeasureError('invalid-value', 'effectiveFrom must be an ISO 8601 date-time', 'effectiveFrom', said('validation.date-time'));
  const effectiveFrom = new Date(time).toISOString();
  if (latest && (effectiveFrom <= latest.effectiveFrom || time < now.getTime())) {
    throw new CoerciveMeasureError(
      'invalid-value',
      `effectiveFrom must lie in the future and after version ${latest.version}'s (${latest.effectiveFrom})`,
      'effectiveFrom',
      said('coercive-measures.effective-from', { version: latest.version, from: { at: latest.effectiveFrom } }),
    );
  }
  if (!Array.isArray(command.rules) || command.rules.length === 0)
    throw new CoerciveMeasureError('invalid-value', 'rules must hold at least one rule', 'rules', said('validation.list-too-short', { min: 1 }));
  const rules = command.rules.map(requireRule);
  rules.forEach((rule, i) => {
    if (rules.findIndex((r) => r.id === rule.id) !== i)
      throw new CoerciveMeasureError(
        'invalid-value',
        `rule id ${rule.id} appears twice`,
        `rules.${i}.id`,
        said('coercive-measures.rule-twice', { id: rule.id }),
      );
  });
  return [
    {
      type: 'coercive-measures.rule-set-published.v1',
      data: { version: next, effectiveFrom, title: requireText(command.title, 'title', 200), rules, reason: requireText(command.reason, 'reason', 2000) },
    },
  ];
}
