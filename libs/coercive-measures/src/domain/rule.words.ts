import { said, Words } from '@vigil/event-sourcing';
import { Rule } from './rule-set';

/**
 * What a rule asks, as a person reads it in their language: by its kind, with its minutes as a duration. The
 * stored `description` stays as published, for programs and logs.
 */
export function ruleWords(rule: Rule): Words {
  if (rule.kind === 'max-gap-between-notes') return said('rule.max-gap-between-notes', { limit: { minutes: rule.maxGapMinutes } });
  const values = { fact: { term: `fact.${rule.fact}` }, within: { minutes: rule.withinMinutes }, restrained: rule.appliesTo === 'restrained' ? 'yes' : 'no' };
  return rule.anchor === 'start' ? said('rule.deadline.start', values) : said('rule.deadline.end', values);
}
