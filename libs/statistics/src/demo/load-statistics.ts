import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { canonicalJson, deterministicUuid } from '@vigil/event-sourcing';
import { Clock, PostgresEventStore, systemClock } from '@vigil/event-store';
import { createHash } from 'node:crypto';
import { decidePublishIndicator } from '../domain/indicator';
import { INDICATOR_STREAM } from '../statistics-streams';
import { IndicatorRules } from '../domain/indicator-rules';

/** Who Vigil itself is when it publishes the standard definitions. */
export const STATISTICS_ACTOR = 'SYS-STATISTICS';

const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Runs `work` on a command runner over its own connection to the store. */
export async function withRunner<T>(databaseUrl: string, work: (runner: CommandRunner) => Promise<T>, clock: Clock = systemClock): Promise<T> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, clock });
  try {
    return await work(new CommandRunner(store, clock));
  } finally {
    await store.close();
  }
}

/**
 * Publishes a definition as the indicator's first version, or as its next when `onTopOf` is its latest: never over a
 * version someone published by hand. Event ids derive from the content, so restarts add nothing.
 */
export async function publishDefinition(
  runner: CommandRunner,
  definition: { indicator: string; rules: IndicatorRules; reason: string },
  onTopOf: number = 0,
): Promise<boolean> {
  const key = digest(definition);
  const { model, namespace, streamOf } = INDICATOR_STREAM;
  const meta: CommandMeta = {
    actor: STATISTICS_ACTOR,
    correlationId: `statistics-definition-${key.slice(0, 16)}`,
    eventIds: (i) => deterministicUuid('vigil-statistics-definition', definition.indicator, key, String(i)),
  };
  const outcome = await runner.run(
    {
      streamId: streamOf(definition),
      model,
      namespace,
      decide: (state) =>
        state.versions.length === onTopOf && !state.versions.some((v) => digest(v.rules) === digest(definition.rules))
          ? decidePublishIndicator({ ...definition, actor: STATISTICS_ACTOR }, state)
          : [],
    },
    meta,
  );
  return !outcome.alreadyRecorded;
}
