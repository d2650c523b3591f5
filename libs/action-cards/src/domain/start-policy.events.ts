import { findArea } from '@vigil/organisation';
/** One line of the start policy: an incident of this kind against one of these targets starts this card. */
export interface StartRule {
  incidentKind: string;
  targets: string[];
  templateId: string;
  /** Why the rule exists, shown with the policy so coordinators can see it. */
  why: string;
  /** Only incidents in this country's areas (`dk`, `no`); a rule without one covers every country (policies before it had none). */
  country?: string;
}

/**
 * A version of the start policy was put into force. It applies to incidents recorded after it in
 * the log, so replaying the log starts exactly the same runs.
 */
export interface StartPolicyPublished {
  type: 'action-cards.start-policy-published.v1';
  data: { version: number; rules: StartRule[] };
}

/** The first rule that matches an incident's kind, target and (when the rule names one) the country of its area, if any. */
export function matchRule(rules: readonly StartRule[], kind: string, target: string, area?: string): StartRule | null {
  const country = area === undefined ? undefined : findArea(area)?.country;
  return rules.find((r) => r.incidentKind === kind && r.targets.includes(target) && (r.country === undefined || r.country === country)) ?? null;
}
