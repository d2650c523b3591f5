/**
 * What a security-cell rule asks, by its kind, as a person reads it in a case: `{limit}` and `{within}` are durations in
 * days and hours, `{fact}` the fact's own words, `{restrained}` yes when the rule only holds for a restrained inmate.
 * English defines the keys.
 */
export const enRules = {
  'rule.max-gap-between-notes': 'At most {limit} between notes while the placement lasts',
  'rule.deadline.start': '{fact} within {within} of the start{restrained, select, yes {, when the inmate is restrained} other {}}',
  'rule.deadline.end': '{fact} within {within} after the end{restrained, select, yes {, when the inmate is restrained} other {}}',
} as const;
