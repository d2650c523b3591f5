import { canonicalJson } from '@vigil/event-sourcing';
import { StartPolicyPublished, StartRule } from '../domain/start-policy.events';

/** Puts the rules in force as the next version, unless they are the rules in force already. */
export function decide(rules: StartRule[], inForce: StartPolicyPublished['data'] | null): StartPolicyPublished[] {
  if (inForce && canonicalJson(inForce.rules) === canonicalJson(rules)) return [];
  return [{ type: 'action-cards.start-policy-published.v1', data: { version: (inForce?.version ?? 0) + 1, rules } }];
}
