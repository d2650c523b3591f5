import { Clock, EventStore, PostgresEventStore, systemClock } from '@vigil/event-store';
import { createHash } from 'node:crypto';
import { POLICY_STREAM, templateStreamId, WORKFLOW_ACTOR } from '../action-card-streams';
import { deterministicUuid } from '../command-handling/command-ids';
import { foldRecorded } from '../command-handling/stream-executor';
import { TEMPLATE_MODEL } from '../command-handling/stream-models';
import { normaliseCard } from '../domain/card';
import { canonicalJson } from '../domain/canonical-json';
import { StartPolicyPublished, StartRule } from '../domain/start-policy.events';
import { TemplateEvent } from '../domain/template.events';
import { currentVersion } from '../domain/template.state';
import { decide as draft } from '../draft-template/draft-template.decide';
import { START_POLICY_RULES } from '../incident-start-policy/start-policy.data';
import { decide as publish } from '../publish-template/publish-template.decide';
import { StarterCard, STARTER_CARDS } from './starter-cards.data';

const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

export interface StarterLibraryResult {
  /** Cards published (first versions or new versions) by this call; 0 on a restart. */
  published: number;
  /** The start-policy version this call put into force, or null when it was already in force. */
  policyVersion: number | null;
}

/**
 * Publishes the starter library and the start policy through the same decide functions the API
 * uses. Event ids derive from the content, so a restart (or two instances at once) adds nothing.
 * Cards retired or being redrafted by hand are left alone.
 */
export async function loadStarterLibrary(databaseUrl: string, log: (line: string) => void = () => undefined, clock: Clock = systemClock): Promise<StarterLibraryResult> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock });
  try {
    return await loadInto(store, log);
  } finally {
    await store.close();
  }
}

export async function loadInto(store: EventStore, log: (line: string) => void = () => undefined, cards: StarterCard[] = STARTER_CARDS, rules: StartRule[] = START_POLICY_RULES): Promise<StarterLibraryResult> {
  let published = 0;
  for (const starter of cards) if (await publishCard(store, starter)) published++;
  if (published) log(`Published ${published} action card(s) from the starter library.`);
  const policyVersion = await publishPolicy(store, rules);
  if (policyVersion !== null) log(`Start policy version ${policyVersion} is in force for incidents recorded from now on.`);
  return { published, policyVersion };
}

async function publishCard(store: EventStore, { templateId, card }: StarterCard): Promise<boolean> {
  const streamId = templateStreamId(templateId);
  const stored = await store.readStream(streamId);
  const state = foldRecorded(TEMPLATE_MODEL, stored);
  const wanted = normaliseCard(card);
  if (state.status === 'retired' || (state.status !== 'none' && state.draft)) return false;
  if (digest(currentVersion(state)?.card) === digest(wanted)) return false;
  const actor = WORKFLOW_ACTOR;
  const drafted = draft({ templateId, card, isNew: state.status === 'none', actor }, state);
  const events: TemplateEvent[] = [...drafted, ...publish({ templateId, actor }, drafted.reduce(TEMPLATE_MODEL.evolve, state))];
  const key = digest(wanted);
  const result = await store.appendToStream(
    streamId,
    events.map((e, i) => ({ id: deterministicUuid('vigil-starter-library', templateId, key, String(i)), type: e.type, data: e.data, metadata: { actor, correlationId: `starter-library-${key.slice(0, 16)}` } })),
    { expectedRevision: stored.length ? stored[stored.length - 1].revision : 'no-stream' },
  );
  return !result.alreadyStored;
}

async function publishPolicy(store: EventStore, rules: StartRule[]): Promise<number | null> {
  const stored = await store.readStream(POLICY_STREAM);
  const last = stored[stored.length - 1] as unknown as { data: StartPolicyPublished['data'] } | undefined;
  if (last && digest(last.data.rules) === digest(rules)) return null;
  const version = (last?.data.version ?? 0) + 1;
  const event: StartPolicyPublished = { type: 'action-cards.start-policy-published.v1', data: { version, rules } };
  const result = await store.appendToStream(
    POLICY_STREAM,
    [{ id: deterministicUuid('vigil-start-policy', String(version), digest(rules)), type: event.type, data: event.data, metadata: { actor: WORKFLOW_ACTOR, correlationId: `start-policy-${version}` } }],
    { expectedRevision: stored.length ? stored[stored.length - 1].revision : 'no-stream' },
  );
  return result.alreadyStored ? null : version;
}
