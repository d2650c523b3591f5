import { PolicyRule } from '../domain/review-policy';

/**
 * The starter review policy: which incidents require which depth of review, started and published within how many days.
 * The first rule an incident falls under decides, so the heaviest come first. Depths as PSIRF sets them (a huddle,
 * an after-action review, a full review); the partnership publishes new versions as it learns.
 */
export const STARTER_POLICY_RULES: PolicyRule[] = [
  {
    rule: 'hospitalised-full-review',
    title: 'Anyone hospitalised or worse: a full review',
    when: { injuryAtLeast: 'hospitalised' },
    review: 'full',
    startWithinDays: 7,
    finishWithinDays: 30,
  },
  {
    rule: 'critical-after-action',
    title: 'A critical incident: an after-action review',
    when: { severityAtLeast: 'critical' },
    review: 'after-action',
    startWithinDays: 3,
    finishWithinDays: 14,
  },
  {
    rule: 'violence-staff-after-action',
    title: 'Serious violence against staff on duty: an after-action review',
    when: { kinds: ['violence'], targets: ['staff-on-duty'], severityAtLeast: 'serious' },
    review: 'after-action',
    startWithinDays: 7,
    finishWithinDays: 21,
  },
  {
    rule: 'off-duty-threat-huddle',
    title: 'Threats or harassment against staff off duty or their family: a huddle',
    when: { kinds: ['threat', 'harassment', 'violence'], targets: ['staff-off-duty', 'staff-family'] },
    review: 'huddle',
    startWithinDays: 3,
    finishWithinDays: 7,
  },
];
