import { canonicalJson, said } from '@vigil/event-sourcing';
import { ReviewDomainError } from './review.errors';
import { fail, oneOf, reviewText } from './review.rules';
import { REVIEW_KINDS, ReviewKind, SLUG } from './review.vocabulary';

/** Physical injury by degree, as the register records it (the worst anyone suffered). */
export const INJURY_DEGREES = ['none', 'minor', 'treated', 'hospitalised', 'fatal'] as const;
export const SEVERITY_DEGREES = ['minor', 'moderate', 'serious', 'critical'] as const;

/** Which incidents a rule catches: every condition given must hold. */
export interface PolicyCondition {
  readonly kinds?: readonly string[];
  readonly targets?: readonly string[];
  /** At least this physical injury (hospitalised catches hospitalised and fatal). */
  readonly injuryAtLeast?: (typeof INJURY_DEGREES)[number];
  readonly severityAtLeast?: (typeof SEVERITY_DEGREES)[number];
}

export interface PolicyRule {
  readonly rule: string;
  readonly title: string;
  readonly when: PolicyCondition;
  readonly review: ReviewKind;
  /** Days from the incident's report to start the review, and to publish it. */
  readonly startWithinDays: number;
  readonly finishWithinDays: number;
}

export interface ReviewPolicyPublished {
  type: 'learning-reviews.review-policy-published.v1';
  data: { version: number; rules: PolicyRule[]; reason: string; publishedBy: string };
}

export interface PolicyState {
  readonly version: number;
  readonly rules: readonly PolicyRule[];
}

export const initialPolicy: PolicyState = { version: 0, rules: [] };

/** The facts of an incident a rule is checked against (from the register's contract). */
export interface IncidentFacts {
  readonly kind: string;
  readonly target: string;
  readonly severity: string;
  readonly physicalInjury?: string;
}

const rank = (list: readonly string[], value: string | undefined) => (value === undefined ? -1 : list.indexOf(value));

/** The first rule an incident falls under, or none. */
export function ruleFor(policy: PolicyState, incident: IncidentFacts): PolicyRule | null {
  return (
    policy.rules.find(({ when }) => {
      if (when.kinds && !when.kinds.includes(incident.kind)) return false;
      if (when.targets && !when.targets.includes(incident.target)) return false;
      if (when.injuryAtLeast && rank(INJURY_DEGREES, incident.physicalInjury) < rank(INJURY_DEGREES, when.injuryAtLeast)) return false;
      if (when.severityAtLeast && rank(SEVERITY_DEGREES, incident.severity) < rank(SEVERITY_DEGREES, when.severityAtLeast)) return false;
      return true;
    }) ?? null
  );
}

export function decidePublishPolicy(command: { rules: PolicyRule[]; reason: string; actor: string }, state: PolicyState): ReviewPolicyPublished[] {
  if (!Array.isArray(command.rules)) fail('rules', 'rules must list the policy rules (may be empty)', said('validation.list'));
  const rules = command.rules.map((r, n) => {
    const at = `rules[${n}]`;
    if (!SLUG.test(r?.rule ?? ''))
      fail(
        `${at}.rule`,
        `${at}.rule must be a short code such as hospitalised-full-review`,
        said('statistics.short-code', { example: 'hospitalised-full-review' }),
      );
    const when = r.when ?? {};
    if (when.injuryAtLeast !== undefined) oneOf(INJURY_DEGREES, when.injuryAtLeast, `${at}.when.injuryAtLeast`);
    if (when.severityAtLeast !== undefined) oneOf(SEVERITY_DEGREES, when.severityAtLeast, `${at}.when.severityAtLeast`);
    const days = (value: unknown, field: string) => {
      if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 365)
        fail(`${at}.${field}`, `${at}.${field} must be 0 to 365 days`, said('learning-reviews.days'));
      return value as number;
    };
    const startWithinDays = days(r.startWithinDays, 'startWithinDays');
    const finishWithinDays = days(r.finishWithinDays, 'finishWithinDays');
    if (finishWithinDays < startWithinDays)
      fail(`${at}.finishWithinDays`, `${at}.finishWithinDays must not be before startWithinDays`, said('learning-reviews.finish-before-start'));
    return {
      rule: r.rule,
      title: reviewText(r.title, `${at}.title`, 3, 200),
      when,
      review: oneOf(REVIEW_KINDS, r.review, `${at}.review`),
      startWithinDays,
      finishWithinDays,
    };
  });
  if (canonicalJson(rules) === canonicalJson(state.rules))
    throw new ReviewDomainError('no-change', 'The policy in force already has exactly these rules', undefined, said('learning-reviews.policy-unchanged'));
  return [
    {
      type: 'learning-reviews.review-policy-published.v1',
      data: { version: state.version + 1, rules, reason: reviewText(command.reason, 'reason'), publishedBy: command.actor },
    },
  ];
}

export const POLICY_STREAM_ID = 'learningpolicy-reviews';
