import { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { projectAll } from '../../../../test/support/project-all';
import { createTestDatabase } from '../../../../test/support/test-database';
import { ACTION_CARD_PROJECTIONS } from '../action-card-projections';
import { actionCardCommandsOn } from '../action-cards.test-app';
import { ActionCardReadModels1763860000020 } from '../read-models/action-card-read-models.migration';
import { loadInto } from '../starter-library/load-starter-library';
import { ActivationRunStarter } from './activation-run-starter';
import { ACTIVATION_START_REACTION } from './activation-start.reaction';
import { ActionCardActivationTitleOptional1763860000022 } from './activation-title-optional.migration';
import { ActionCardCrisisActivationRuns1763860000021 } from './crisis-activation-runs.migration';
import { ReplayActivation, ReplayActivationHandler } from './replay.queries';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const ACTIVATED_AT = '2026-11-20T11:50:00.000Z';

describe('runs started by crisis activations, against PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let app: INestApplicationContext;
  const extra: DataSource[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('vigil_cards_crisis');
    const migrations = [
      EventStoreSchema1763860000000,
      ProjectionCheckpoints1763860000001,
      ActionCardReadModels1763860000020,
      ActionCardCrisisActivationRuns1763860000021,
      ActionCardActivationTitleOptional1763860000022,
    ];
    dataSource = await new DataSource({ type: 'postgres', url: database.url, migrations }).initialize();
    await dataSource.runMigrations();
    store = new PostgresEventStore({ connectionString: database.url, clock: { now: () => NOW } });
    app = await actionCardCommandsOn(store, dataSource, { now: () => NOW });
    await loadInto(app.get(CommandRunner));
    await project();
  });

  afterEach(async () => {
    for (const ds of extra.splice(0)) await ds.destroy();
    await app.close();
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const project = () => projectAll(store, dataSource, ACTION_CARD_PROJECTIONS);

  // Crisis readiness's published contract, as its publication delivers it (this context never sees its domain events).
  const activationMessage = (activationId: string, templateIds: string[], scope: Record<string, string | null>, exercise: boolean) => ({
    contract: 'crisis-readiness.activation-started',
    version: 1,
    messageId: deliveries.get(activationId)!,
    streamId: `crisisactivation-${activationId}`,
    streamRevision: 0,
    recordedAt: ACTIVATED_AT,
    correlationId: activationId,
    payload: {
      activationId,
      planId: 'riot',
      planVersion: 3,
      actionCardTemplateIds: templateIds,
      scopeKind: scope.kind!,
      area: scope.area,
      institutionId: scope.institution,
      unitId: scope.unit,
      level: 'tactical',
      exercise,
      activatedAt: ACTIVATED_AT,
    },
  });
  const deliveries = new Map<string, string>();
  const delivered: ReturnType<typeof activationMessage>[] = [];

  async function activate(templateIds: string[], scope: Record<string, string | null>, exercise: boolean): Promise<string> {
    const activationId = randomUUID();
    deliveries.set(activationId, randomUUID());
    const message = activationMessage(activationId, templateIds, scope, exercise);
    delivered.push(message);
    await dataSource.transaction((manager) => ACTIVATION_START_REACTION.handle(message, manager));
    return activationId;
  }

  const runStarts = async () =>
    (await dataSource.query(`SELECT stream_id, data FROM event_store.events WHERE type = 'action-cards.run-started.v1' ORDER BY data->>'templateId'`)) as {
      stream_id: string;
      data: Record<string, unknown>;
    }[];
  const outcomes = async () => dataSource.query('SELECT template_id AS "templateId", outcome FROM action_card_activation_start_request ORDER BY template_id');
  const drainConcurrently = async () => {
    const starters = await Promise.all([0, 1, 2].map(async () => new ActivationRunStarter(app.get(CommandBus), await newDataSource(), { now: () => NOW })));
    await Promise.all(starters.map((s) => s.pollOnce(1)));
    while ((await Promise.all(starters.map((s) => s.pollOnce(1)))).some((n) => n > 0));
  };
  async function newDataSource(): Promise<DataSource> {
    const ds = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } }).initialize();
    extra.push(ds);
    return ds;
  }

  it('starts one run per known card exactly once with concurrent drainers, and closes an unknown card with the reason', async () => {
    const activationId = await activate(
      ['crisis-riot', 'no-such-card', 'threat-against-employee'],
      { kind: 'national', area: null, institution: null, unit: null },
      true,
    );
    await project();
    await drainConcurrently();

    const runs = await runStarts();
    expect(runs.map((r) => r.data.templateId)).toEqual(['crisis-riot', 'threat-against-employee']);
    expect(runs[0].data).toMatchObject({
      templateVersion: 1,
      area: 'national',
      institution: null,
      startedAt: ACTIVATED_AT,
      trigger: { type: 'crisis-activation', activationId, planId: 'riot', planVersion: 3, exercise: true },
    });
    expect(await outcomes()).toEqual([
      { templateId: 'crisis-riot', outcome: 'started' },
      { templateId: 'no-such-card', outcome: 'template-not-found' },
      { templateId: 'threat-against-employee', outcome: 'started' },
    ]);

    await project();
    const rows = await dataSource.query('SELECT template_id, area, exercise, activation_id FROM action_card_run ORDER BY template_id');
    expect(rows).toEqual([
      { template_id: 'crisis-riot', area: 'national', exercise: true, activation_id: activationId },
      { template_id: 'threat-against-employee', area: 'national', exercise: true, activation_id: activationId },
    ]);
    const steps = await dataSource.query('SELECT DISTINCT exercise FROM action_card_run_step');
    expect(steps).toEqual([{ exercise: true }]);
    const replay = await new ReplayActivationHandler(dataSource).execute(new ReplayActivation(activationId, NOW));
    expect(replay).toMatchObject({ exercise: true, notStarted: [{ templateId: 'no-such-card', reason: 'template-not-found' }], pending: [] });
    // Ten minutes after activation the first step's 10-minute deadline has just passed; the next one's has not.
    expect(replay!.runs[0].steps.slice(0, 2)).toMatchObject([
      { stepId: 'secure-staff', deadline: { minutesAfterActivation: 10, dueAt: '2026-11-20T12:00:00.000Z' }, verdict: 'open', pastDeadline: true },
      { stepId: 'activate-crisis-staff', deadline: { minutesAfterActivation: 30 }, verdict: 'open', pastDeadline: false },
    ]);
  });

  it('starts nothing new when the activation is delivered again, even after its start requests were forgotten', async () => {
    const activationId = await activate(['crisis-riot'], { kind: 'institution', area: 'syddanmark', institution: 'nyborg', unit: null }, false);
    await project();
    await drainConcurrently();
    expect(await runStarts()).toHaveLength(1);

    const message = delivered.find((m) => m.payload.activationId === activationId)!;
    await ACTIVATION_START_REACTION.handle(message, dataSource.manager); // a replayed delivery: the request already exists
    expect(await dataSource.query('SELECT count(*)::int AS n FROM action_card_activation_start_request')).toEqual([{ n: 1 }]);
    await dataSource.query('DELETE FROM action_card_activation_start_request'); // as after a rebuild
    await ACTIVATION_START_REACTION.handle(message, dataSource.manager);
    await drainConcurrently();

    const runs = await runStarts();
    expect(runs).toHaveLength(1);
    expect(runs[0].data).toMatchObject({ area: 'syddanmark', institution: 'nyborg', trigger: { exercise: false } });
    expect(await outcomes()).toEqual([{ templateId: 'crisis-riot', outcome: 'already-started' }]);
  });
});
