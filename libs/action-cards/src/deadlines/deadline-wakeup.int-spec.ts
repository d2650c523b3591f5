import { INestApplicationContext, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { listenConnectionOf, NextDeadlineScheduler, ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { projectAll } from '../../../../test/support/project-all';
import { createTestDatabase } from '../../../../test/support/test-database';
import { ACTION_CARD_PROJECTIONS } from '../action-card-projections';
import { runStreamId, TEMPLATE_STREAM, templateStreamId } from '../action-card-streams';
import { actionCardCommandsOn } from '../action-cards.test-app';
import { ActionCardCrisisActivationRuns1763860000021 } from '../crisis-activation-start/crisis-activation-runs.migration';
import { ActionCardReadModels1763860000020 } from '../read-models/action-card-read-models.migration';
import { decide as start } from '../start-run/start-run.decide';
import { loadInto } from '../starter-library/load-starter-library';
import { DeadlinePoller } from './deadline-poller';
import { ACTION_CARD_DEADLINES_CHANNEL } from './deadlines.projection';

const PERSON_SAFETY_MS = 15 * 60_000; // the first step of the starter card is due 15 minutes after the start
const clock = { now: () => new Date() };

/** The workflow's scheduler over real time: woken by the projection's NOTIFY when the deadline table gains a row, it records the step at its deadline. */
describe('action-card deadlines at the deadline, not the next poll', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let app: INestApplicationContext;
  let runner: CommandRunner;
  let scheduler: NextDeadlineScheduler;
  let passes = 0;

  beforeEach(async () => {
    database = await createTestDatabase('vigil_card_wakeup');
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [
        EventStoreSchema1763860000000,
        ProjectionCheckpoints1763860000001,
        ActionCardReadModels1763860000020,
        ActionCardCrisisActivationRuns1763860000021,
      ],
    }).initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url, clock });
    app = await actionCardCommandsOn(store, dataSource, clock);
    runner = app.get(CommandRunner);
    await loadInto(runner);
    await project();
    const poller = new DeadlinePoller(app.get(CommandBus), runner, dataSource, clock, { graceMinutes: 60 });
    passes = 0;
    const work = { poll: async () => (passes++, (await poller.pollOnce()).rows > 0), nextDue: (asOf: Date) => poller.nextDue(asOf) };
    // A safety net far longer than the test: only the NOTIFY and the deadline itself can explain a timely pass.
    scheduler = new NextDeadlineScheduler(work, {
      name: 'Test workflow',
      clock,
      maxSleepMs: 60_000,
      listen: { channel: ACTION_CARD_DEADLINES_CHANNEL, connection: listenConnectionOf(dataSource) },
      logger: new Logger('test', { timestamp: false }),
    });
  });

  afterEach(async () => {
    await scheduler.stop();
    await app.close();
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const project = () => projectAll(store, dataSource, ACTION_CARD_PROJECTIONS);

  async function startRun(startedAt: Date): Promise<string> {
    const runId = randomUUID();
    const { state: template } = await runner.load(templateStreamId('violence-against-employee'), TEMPLATE_STREAM.model);
    const [event] = start(
      {
        runId,
        templateId: 'violence-against-employee',
        template,
        area: 'syddanmark',
        institution: 'nyborg',
        startedAt: startedAt.toISOString(),
        trigger: { type: 'manual' },
        actor: 'ST-7K3Q9P',
      },
      { status: 'none' },
      clock.now(),
    );
    await store.appendToStream(
      runStreamId(runId),
      [{ id: randomUUID(), type: event.type, data: event.data, metadata: { actor: 'ST-7K3Q9P', correlationId: runId } }],
      { expectedRevision: 'no-stream' },
    );
    return runId;
  }

  const until = async <T>(probe: () => Promise<T | undefined> | T | undefined, ms: number): Promise<T | undefined> => {
    for (const t0 = Date.now(); Date.now() - t0 < ms; await new Promise((r) => setTimeout(r, 2))) {
      const value = await probe();
      if (value !== undefined) return value;
    }
    return undefined;
  };

  it('learns of a new deadline from the projection NOTIFY and records the step overdue at its deadline', async () => {
    scheduler.start();
    await until(() => (passes > 0 && scheduler.next === null ? true : undefined), 5_000); // first pass done: nothing is due
    const dueAt = Date.now() + 1_500;
    const runId = await startRun(new Date(dueAt - PERSON_SAFETY_MS));
    await project(); // commits the deadline rows and the projection's NOTIFY
    const next = await until(() => (scheduler.next?.getTime() === dueAt ? scheduler.next : undefined), 1_000);
    expect(next?.toISOString()).toBe(new Date(dueAt).toISOString());
    const passesBefore = passes;
    const recorded = await until(async () => {
      const rows: { at: number }[] = await dataSource.query(
        `SELECT (extract(epoch FROM recorded_at) * 1000)::float8 AS at FROM event_store.events
          WHERE stream_id = $1 AND type = 'action-cards.step-became-overdue.v1' AND data->>'stepId' = 'person-safety'`,
        [runStreamId(runId)],
      );
      return rows[0]?.at;
    }, 5_000);
    expect(recorded).toBeDefined();
    expect(recorded!).toBeGreaterThanOrEqual(dueAt);
    expect(recorded! - dueAt).toBeLessThan(250); // a poll every 500 ms would be 250 ms late on average
    expect(passes - passesBefore).toBeLessThanOrEqual(3); // the deadline's pass and the one that finds the step settled, no polling
  });
});
