import { ACTION_CARDS_CONTEXT } from '@vigil/action-cards';
import { COERCIVE_MEASURES_CONTEXT } from '@vigil/coercive-measures';
import { VigilContext } from '@vigil/command-handling';
import { CRISIS_READINESS_CONTEXT } from '@vigil/crisis-readiness';
import { DATA_PROTECTION_CONTEXT, SEALED_MARK } from '@vigil/data-protection';
import { composeUpcasters, PersonalDataMap, UpcastChain } from '@vigil/event-sourcing';
import { INCIDENTS_CONTEXT } from '@vigil/incidents';
import { LEARNING_REVIEWS_CONTEXT } from '@vigil/learning-reviews';
import { Publication, reactionFeed } from '@vigil/messaging';
import { Projection } from '@vigil/projections';
import { RISK_ASSESSMENTS_CONTEXT } from '@vigil/risk-assessments';
import { STATISTICS_CONTEXT } from '@vigil/statistics';

/**
 * Every bounded context, in the order their start-up data loads: the one list the apps iterate.
 * Adding a context is its own folder plus one line here.
 */
export const CONTEXTS: readonly VigilContext[] = [
  INCIDENTS_CONTEXT,
  COERCIVE_MEASURES_CONTEXT,
  RISK_ASSESSMENTS_CONTEXT,
  ACTION_CARDS_CONTEXT,
  CRISIS_READINESS_CONTEXT,
  STATISTICS_CONTEXT,
  LEARNING_REVIEWS_CONTEXT,
  DATA_PROTECTION_CONTEXT,
];

/** Every context's personal-data declarations, keyed by stored event type: what the store seals. */
export const PERSONAL_DATA: PersonalDataMap = Object.assign({}, ...CONTEXTS.map((context) => context.personalData ?? {}));

/**
 * Every context's upcasters as one chain: older stored event types read as their current version. The command runner
 * folds through it, and every projection and publication below is fed through it, so nothing downstream of the store
 * sees a superseded version (the stored bytes, and their hash chain, stay as written).
 */
export const UPCAST: UpcastChain = composeUpcasters(...CONTEXTS.map((context) => context.upcasters ?? {}));

/** A read model fed the upcast form of each event (same name, tables and category, so its checkpoint is unchanged). */
export function upcastingProjection(projection: Projection, upcast: UpcastChain = UPCAST): Projection {
  return {
    name: projection.name,
    tables: projection.tables,
    ...(projection.category !== undefined && { category: projection.category }),
    handle: (event, manager) => projection.handle(upcast(event), manager),
  };
}

/** A publication that maps the upcast form of each event to contracts, and never lets a sealed personal text out. */
export function upcastingPublication(publication: Publication, upcast: UpcastChain = UPCAST): Publication {
  return {
    name: publication.name,
    topic: publication.topic,
    category: publication.category,
    toMessages: (event) => {
      const messages = publication.toMessages(upcast(event));
      // Contracts carry codes and counts, never free text; ciphertext in one means a contract copies a personal field.
      const leaking = messages.find((message) => JSON.stringify(message).includes(SEALED_MARK));
      if (leaking)
        throw new Error(`Contract ${leaking.contract} v${leaking.version} would carry a sealed personal text from ${event.type}: contracts carry no free text`);
      return messages;
    },
  };
}

export const ALL_PUBLICATIONS = CONTEXTS.flatMap((context) => context.publications ?? []).map((publication) => upcastingPublication(publication));
/** Each context's read models, then its reactions to the others' contracts, fed from the publications that carry them. */
export const ALL_PROJECTIONS = CONTEXTS.flatMap((context) => [
  ...context.projections.map((projection) => upcastingProjection(projection)),
  ...(context.reactions ?? []).map((reaction) => reactionFeed(reaction, ALL_PUBLICATIONS)),
]);
export const CONTEXT_WORKERS = CONTEXTS.flatMap((context) => context.workers ?? []);
