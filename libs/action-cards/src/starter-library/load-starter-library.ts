import { Country, servedJurisdictions } from '@vigil/organisation';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { canonicalJson, deterministicUuid } from '@vigil/event-sourcing';
import { Clock, PostgresEventStore, systemClock } from '@vigil/event-store';
import { createHash } from 'node:crypto';
import { POLICY_STREAM, START_POLICY_STREAM, TEMPLATE_STREAM, templateStreamId, WORKFLOW_ACTOR } from '../action-card-streams';
import { normaliseCard } from '../domain/card';
import { StartRule } from '../domain/start-policy.events';
import { TemplateEvent } from '../domain/template.events';
import { currentVersion, TemplateState } from '../domain/template.state';
import { decide as draft } from '../draft-template/draft-template.decide';
import { decide as publishPolicy } from '../incident-start-policy/publish-start-policy.decide';
import { startPolicyRulesFor } from '../incident-start-policy/start-policy.data';
import { decide as publish } from '../publish-template/publish-template.decide';
import { StarterCard, STARTER_CARDS } from './starter-cards.data';
import { STARTER_CARDS_NB } from './starter-cards.nb.data';

/** The starter cards of the countries an installation serves: Danish for Kriminalforsorgen, Bokmål for Kriminalomsorgen. */
export function starterCardsFor(countries: readonly Country[]): StarterCard[] {
  return [...(countries.includes('dk') ? STARTER_CARDS : []), ...(countries.includes('no') ? STARTER_CARDS_NB : [])];
}

const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

export interface StarterLibraryResult {
  /** Cards published (first versions or new versions) by this call; 0 on a restart. */
  published: number;
  /** The start-policy version this call put into force, or null when it was already in force. */
  policyVersion: number | null;
}

/**
 * Publishes the starter library and the start policy through the kernel's command runner and the
 * same decide functions the API uses. Event ids derive from the content, so a restart (or two
 * instances at once) adds nothing. Cards retired or being redrafted by hand are left alone.
 */
export async function loadStarterLibrary(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  clock: Clock = systemClock,
): Promise<StarterLibraryResult> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock });
  try {
    return await loadInto(new CommandRunner(store, clock), log);
  } finally {
    await store.close();
  }
}

export async function loadInto(
  runner: CommandRunner,
  log: (line: string) => void = () => undefined,
  cards: StarterCard[] = starterCardsFor(servedJurisdictions()),
  rules: StartRule[] = startPolicyRulesFor(servedJurisdictions()),
): Promise<StarterLibraryResult> {
  let published = 0;
  for (const starter of cards) if (await publishCard(runner, starter)) published++;
  if (published) log(`Published ${published} action card(s) from the starter library.`);
  const policyVersion = await putPolicyInForce(runner, rules);
  if (policyVersion !== null) log(`Start policy version ${policyVersion} is in force for incidents recorded from now on.`);
  return { published, policyVersion };
}

async function publishCard(runner: CommandRunner, { templateId, card }: StarterCard): Promise<boolean> {
  const key = digest(normaliseCard(card));
  const actor = WORKFLOW_ACTOR;
  const decide = (state: TemplateState): TemplateEvent[] => {
    if (state.status === 'retired' || (state.status !== 'none' && state.draft)) return [];
    if (digest(currentVersion(state)?.card) === key) return [];
    const drafted = draft({ templateId, card, isNew: state.status === 'none', actor }, state);
    return [...drafted, ...publish({ templateId, actor }, drafted.reduce(TEMPLATE_STREAM.model.evolve, state))];
  };
  const { model, namespace } = TEMPLATE_STREAM;
  const meta: CommandMeta = {
    actor,
    correlationId: `starter-library-${key.slice(0, 16)}`,
    eventIds: (i) => deterministicUuid('vigil-starter-library', templateId, key, String(i)),
  };
  return !(await runner.run({ streamId: templateStreamId(templateId), model, namespace, decide }, meta)).alreadyRecorded;
}

async function putPolicyInForce(runner: CommandRunner, rules: StartRule[]): Promise<number | null> {
  const { model, namespace } = START_POLICY_STREAM;
  const { state, revision } = await runner.load(POLICY_STREAM, model);
  const [next] = publishPolicy(rules, state);
  if (!next) return null;
  const { version } = next.data;
  // The id names this version, so the command is pinned to the revision it was decided on.
  const eventId = deterministicUuid('vigil-start-policy', String(version), digest(rules));
  const meta: CommandMeta = {
    actor: WORKFLOW_ACTOR,
    correlationId: `start-policy-${version}`,
    eventIds: () => eventId,
    ...(revision === null ? {} : { expectedRevision: revision }),
  };
  const outcome = await runner.run({ streamId: POLICY_STREAM, model, namespace, decide: (inForce) => publishPolicy(rules, inForce) }, meta);
  return outcome.alreadyRecorded ? null : version;
}
