import { StreamKind } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import type { Country } from '@vigil/organisation';
import { randomUUID } from 'node:crypto';
import { PlacementEvent } from './domain/placement.events';
import { evolve, initial, PlacementState } from './domain/placement.state';
import { publishedRuleSets, RuleSet, RuleSetPublished } from './domain/rule-set';

/** Each placement is one stream, `coercivemeasure-<uuid>`; the category feeds its projections. */
export const PLACEMENT_CATEGORY = 'coercivemeasure';

export function placementStreamId(placementId: string): string {
  return `${PLACEMENT_CATEGORY}-${placementId}`;
}

export function placementIdOf(streamId: string): string {
  return streamId.slice(PLACEMENT_CATEGORY.length + 1);
}

/** Every published version of the Danish security-cell rule set, in one stream of its own category (its name from before Norway). */
export const RULE_SET_STREAM = 'coercionrules-security-cell';

/** Each country's rule set is a stream of its own, with the same event types: Denmark keeps the stream it always had. */
export function ruleSetStreamOf(country: Country): string {
  return country === 'dk' ? RULE_SET_STREAM : `${RULE_SET_STREAM}-${country}`;
}

/** Keys keep the namespace they always had, so a retried request still maps to the same event ids. */
const NAMESPACE = 'vigil-command';

/** Every placement command works on one placement's stream. */
export const PLACEMENT_STREAM: StreamKind<{ placementId: string }, PlacementState, PlacementEvent> = {
  model: { initial, evolve },
  namespace: NAMESPACE,
  streamOf: (command) => placementStreamId(command.placementId),
};

/** A country's rule-set stream folds to every version it published, in publication order (Denmark when none is named). */
export const RULE_SET_VERSIONS: StreamKind<{ country?: Country }, RuleSet[], RuleSetPublished> = {
  model: { initial: [], evolve: (published, event) => [...published, ...publishedRuleSets([event])] },
  namespace: NAMESPACE,
  streamOf: (command) => ruleSetStreamOf(command.country ?? 'dk'),
};

/** A new placement id: stable across retries of one keyed request, under the namespace it always had. */
export function newPlacementId(actor: string, idempotencyKey?: string): string {
  return idempotencyKey ? deterministicUuid('vigil-placement', actor, idempotencyKey) : randomUUID();
}
