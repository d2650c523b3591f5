import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { canonicalJson, deterministicUuid, DomainEvent, StreamModel } from '@vigil/event-sourcing';
import { Clock, PostgresEventStore, systemClock } from '@vigil/event-store';
import { createHash } from 'node:crypto';
import { CATALOGUE_STREAM_ID, decidePublishCatalogue, Intervention } from '../domain/catalogue';
import { decidePublishPolicy, POLICY_STREAM_ID, PolicyRule } from '../domain/review-policy';
import { CATALOGUE_STREAM, LEARNING_ACTOR, LEARNING_NAMESPACE, POLICY_STREAM } from '../review-streams';
import { STARTER_INTERVENTIONS } from './starter-catalogue.data';
import { STARTER_POLICY_RULES } from './starter-policy.data';

const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

export interface StarterDataResult {
  /** The catalogue version this call published (1), or null when a catalogue was already published. */
  catalogueVersion: number | null;
  policyVersion: number | null;
}

/**
 * Publishes the starter catalogue and the starter review policy as their first versions, through the kernel's command
 * runner and the same decide functions the API uses. Each goes in only while its stream is where the starter expects it
 * (never published): a catalogue or policy the partnership has published is theirs, and stays. Event ids derive from the
 * content, so a restart, or two instances at once, add nothing.
 */
export async function loadStarterData(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
  clock: Clock = systemClock,
): Promise<StarterDataResult> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock });
  try {
    return await loadStarterDataInto(new CommandRunner(store, clock), log);
  } finally {
    await store.close();
  }
}

export async function loadStarterDataInto(
  runner: CommandRunner,
  log: (line: string) => void = () => undefined,
  interventions: Intervention[] = STARTER_INTERVENTIONS,
  rules: PolicyRule[] = STARTER_POLICY_RULES,
): Promise<StarterDataResult> {
  const reason = 'The starter version, drawn from the source documents; the safety partnership publishes the next.';
  const catalogueVersion = await firstVersion(runner, CATALOGUE_STREAM_ID, CATALOGUE_STREAM.model, interventions, (state) =>
    decidePublishCatalogue({ interventions, reason, actor: LEARNING_ACTOR }, state),
  );
  if (catalogueVersion) log(`Published the starter catalogue of ${interventions.length} interventions (learning reviews).`);
  const policyVersion = await firstVersion(runner, POLICY_STREAM_ID, POLICY_STREAM.model, rules, (state) =>
    decidePublishPolicy({ rules, reason, actor: LEARNING_ACTOR }, state),
  );
  if (policyVersion) log(`Put the starter review policy in force (${rules.length} rules) for incidents reported from now on.`);
  return { catalogueVersion, policyVersion };
}

async function firstVersion<S extends { version: number }, E extends DomainEvent>(
  runner: CommandRunner,
  streamId: string,
  model: StreamModel<S, E>,
  content: unknown,
  publish: (state: S) => E[],
): Promise<number | null> {
  const key = digest(content);
  const meta: CommandMeta = {
    actor: LEARNING_ACTOR,
    correlationId: `learning-starter-${key.slice(0, 16)}`,
    eventIds: (i) => deterministicUuid('vigil-learning-starter', streamId, key, String(i)),
  };
  const decide = (state: S) => (state.version === 0 ? publish(state) : []);
  const outcome = await runner.run({ streamId, model, namespace: LEARNING_NAMESPACE, decide }, meta);
  return outcome.alreadyRecorded ? null : outcome.state.version;
}
