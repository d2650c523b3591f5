import { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { EventStoreSchema1763860000000, PostgresEventStore } from '@vigil/event-store';
import { ProjectionCheckpoints1763860000001 } from '@vigil/projections';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { projectAll } from '../../../../test/support/project-all';
import { createTestDatabase } from '../../../../test/support/test-database';
import { RecordedEvent } from '@vigil/event-store';
import { IncidentReportedV1, INCIDENTS_TOPIC } from '@vigil/integration-contracts';
import { Publication, reactionFeed } from '@vigil/messaging';
import { ACTION_CARD_PROJECTIONS } from '../action-card-projections';
import { INCIDENT_START_REACTION } from '../incident-start-policy/incident-start.reaction';
import { ActionCardCrisisActivationRuns1763860000021 } from '../crisis-activation-start/crisis-activation-runs.migration';
import { runStreamId, TEMPLATE_STREAM, templateStreamId } from '../action-card-streams';
import { actionCardCommandsOn } from '../action-cards.test-app';
import { IncidentRunStarter } from '../incident-start-policy/incident-run-starter';
import { ActionCardReadModels1763860000020 } from '../read-models/action-card-read-models.migration';
import { decide as start } from '../start-run/start-run.decide';
import { seedActionCardDemoRuns } from '../starter-library/demo-runs';
import { loadInto } from '../starter-library/load-starter-library';
import { STARTER_CARDS } from '../starter-library/starter-cards.data';
import { DeadlinePoller } from './deadline-poller';

const GRACE = 60;
const NOW = new Date('2026-11-20T12:00:00.000Z');
const HOUR = 3_600_000;

describe('action-card workflow against PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let app: INestApplicationContext;
  let runner: CommandRunner;
  const extra: DataSource[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('vigil_cards');
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
    store = new PostgresEventStore({ connectionString: database.url, clock: { now: () => NOW } });
    app = await actionCardCommandsOn(store, dataSource, { now: () => NOW });
    runner = app.get(CommandRunner);
    await loadInto(runner);
    await project();
  });

  afterEach(async () => {
    for (const ds of extra.splice(0)) await ds.destroy();
    await app.close();
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  /** Brings every action-card projection up to the end of the log, as the worker would. */
  // The incident register as this context sees it: streams that publish its reported-incident contract, in log order.
  const REGISTER: Publication = {
    name: 'test:incident-register',
    topic: INCIDENTS_TOPIC,
    category: 'incident',
    toMessages: (event: RecordedEvent) => [
      {
        contract: 'incidents.incident-reported',
        version: 1,
        messageId: event.id,
        streamId: event.streamId,
        streamRevision: event.revision,
        recordedAt: event.metadata.recordedAt,
        correlationId: 'c',
        payload: event.data,
      },
    ],
  };

  const project = () => projectAll(store, dataSource, [...ACTION_CARD_PROJECTIONS, reactionFeed(INCIDENT_START_REACTION, [REGISTER])]);

  async function startRun(startedAt: Date, templateId = 'violence-against-employee'): Promise<string> {
    const runId = randomUUID();
    const { state: template } = await runner.load(templateStreamId(templateId), TEMPLATE_STREAM.model);
    const [event] = start(
      {
        runId,
        templateId,
        template,
        area: 'syddanmark',
        institution: 'nyborg',
        startedAt: startedAt.toISOString(),
        trigger: { type: 'manual' },
        actor: 'ST-7K3Q9P',
      },
      { status: 'none' },
      NOW,
    );
    await store.appendToStream(
      runStreamId(runId),
      [{ id: randomUUID(), type: event.type, data: event.data, metadata: { actor: 'ST-7K3Q9P', correlationId: runId } }],
      { expectedRevision: 'no-stream' },
    );
    return runId;
  }

  async function countByStep(type: string): Promise<Map<string, number>> {
    const rows = await dataSource.query(`SELECT stream_id, data->>'stepId' AS step, count(*)::int AS n FROM event_store.events WHERE type = $1 GROUP BY 1, 2`, [
      type,
    ]);
    return new Map(rows.map((r: { stream_id: string; step: string; n: number }) => [`${r.stream_id}/${r.step}`, r.n]));
  }

  async function newDataSource(): Promise<DataSource> {
    const ds = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } }).initialize();
    extra.push(ds);
    return ds;
  }

  const pollerOn = async (now: Date, batchSize = 3) =>
    new DeadlinePoller(app.get(CommandBus), runner, await newDataSource(), { now: () => now }, { graceMinutes: GRACE, batchSize });
  const drain = async (poller: DeadlinePoller) => {
    while ((await poller.pollOnce()).rows > 0);
  };

  it('three concurrent pollers record each overdue and each escalation exactly once, with the deadline as dueAt', async () => {
    // Started 3 h ago: person-safety (15 min) and contact-manager (1 h) are past due and past the hour of grace;
    // psychological-first-aid (4 h) is not yet due.
    const runs = await Promise.all(Array.from({ length: 12 }, () => startRun(new Date(NOW.getTime() - 3 * HOUR))));
    await project();
    const pollers = await Promise.all([0, 1, 2].map(() => pollerOn(NOW)));
    const ticks = await Promise.all(pollers.map(async (p) => (await drain(p), p)));
    expect(ticks).toHaveLength(3);

    const expected = runs.flatMap((r) => ['person-safety', 'contact-manager'].map((s) => `${runStreamId(r)}/${s}`)).sort();
    const overdue = await countByStep('action-cards.step-became-overdue.v1');
    const escalated = await countByStep('action-cards.step-escalated.v1');
    expect([...overdue.keys()].sort()).toEqual(expected);
    expect([...escalated.keys()].sort()).toEqual(expected);
    expect([...overdue.values(), ...escalated.values()].every((n) => n === 1)).toBe(true);

    const [sample] = await dataSource.query(
      `SELECT data, recorded_at FROM event_store.events WHERE type = 'action-cards.step-became-overdue.v1' AND stream_id = $1 AND data->>'stepId' = 'person-safety'`,
      [runStreamId(runs[0])],
    );
    expect(sample.data.dueAt).toBe(new Date(NOW.getTime() - 3 * HOUR + 15 * 60_000).toISOString());
    expect(new Date(sample.recorded_at).toISOString()).toBe(NOW.toISOString());
    const [escalation] = await dataSource.query(
      `SELECT data FROM event_store.events WHERE type = 'action-cards.step-escalated.v1' AND stream_id = $1 AND data->>'stepId' = 'contact-manager'`,
      [runStreamId(runs[0])],
    );
    expect(escalation.data).toMatchObject({ responsibleRole: 'crisis-coordinator', escalatedTo: 'institution-manager' });
  });

  it('records nothing twice when the deadline table forgets what it did (a rebuild, a lost hint, a restarted worker)', async () => {
    await startRun(new Date(NOW.getTime() - 30 * 60_000)); // person-safety overdue by 15 min, within grace
    await project();
    await drain(await pollerOn(NOW));
    const before = await dataSource.query('SELECT count(*)::int AS n FROM event_store.events');
    await dataSource.query('UPDATE action_card_step_deadline SET overdue = false, escalated = false');
    await drain(await pollerOn(NOW));
    const after = await dataSource.query('SELECT count(*)::int AS n FROM event_store.events');
    expect(after[0].n).toBe(before[0].n);
    expect([...(await countByStep('action-cards.step-became-overdue.v1')).values()]).toEqual([1]);
    expect(await countByStep('action-cards.step-escalated.v1')).toEqual(new Map());
  });

  it('escalates after the grace period on a later tick, and never for a step done in time', async () => {
    const runId = await startRun(new Date(NOW.getTime() - 20 * 60_000));
    await project();
    await drain(await pollerOn(NOW));
    await project();
    // Two hours on, person-safety has stayed open past its hour of grace.
    const later = new Date(NOW.getTime() + 2 * HOUR);
    await drain(await pollerOn(later));
    const escalated = await countByStep('action-cards.step-escalated.v1');
    expect(escalated.get(`${runStreamId(runId)}/person-safety`)).toBe(1);
    const overdue = await countByStep('action-cards.step-became-overdue.v1');
    expect(overdue.get(`${runStreamId(runId)}/person-safety`)).toBe(1);
    expect(overdue.get(`${runStreamId(runId)}/contact-manager`)).toBe(1);
    expect(overdue.has(`${runStreamId(runId)}/register-incident`)).toBe(false);
  });

  it('starts one run per covered incident, only for incidents recorded after the policy was put in force', async () => {
    const incident = (kind: string, target: string) => {
      const reported: IncidentReportedV1 = {
        incidentId: randomUUID(),
        kind,
        target,
        perpetrator: 'inmate',
        severity: 'minor',
        occurredAt: NOW.toISOString(),
        area: 'syddanmark',
        institutionId: 'nyborg',
      };
      return { id: randomUUID(), type: 'test-register.incident-reported.v1', data: reported, metadata: { actor: 'ST-7K3Q9P', correlationId: 'c' } };
    };
    const covered = incident('violence', 'staff-on-duty');
    const notCovered = incident('near-miss', 'staff-on-duty');
    await store.appendToStream(`incident-${covered.data.incidentId}`, [covered], { expectedRevision: 'no-stream' });
    await store.appendToStream(`incident-${notCovered.data.incidentId}`, [notCovered], { expectedRevision: 'no-stream' });
    await project();
    const starters = await Promise.all([0, 1, 2].map(async () => new IncidentRunStarter(app.get(CommandBus), await newDataSource(), { now: () => NOW })));
    await Promise.all(starters.map((s) => s.pollOnce()));
    await Promise.all(starters.map((s) => s.pollOnce()));
    const runs = await dataSource.query(`SELECT stream_id, data FROM event_store.events WHERE type = 'action-cards.run-started.v1'`);
    expect(runs).toHaveLength(1);
    expect(runs[0].data).toMatchObject({
      templateId: 'violence-against-employee',
      templateVersion: 1,
      area: 'syddanmark',
      institution: 'nyborg',
      trigger: { type: 'incident', incidentId: covered.data.incidentId, incidentEventId: covered.id, policyVersion: 1 },
    });
    const [request] = await dataSource.query('SELECT outcome FROM action_card_run_start_request');
    expect(request.outcome).toBe('started');
  });

  it('loads the starter library once: a restart adds nothing; a changed card becomes the next version', async () => {
    const events = async () => (await dataSource.query('SELECT count(*)::int AS n FROM event_store.events'))[0].n;
    const before = await events();
    expect(await loadInto(runner)).toEqual({ published: 0, policyVersion: null });
    expect(await events()).toBe(before);
    const changed = STARTER_CARDS.map((c) =>
      c.templateId === 'security-cell-placement' ? { ...c, card: { ...c.card, title: 'Anbringelse i sikringscelle (rev.)' } } : c,
    );
    expect(await loadInto(runner, undefined, changed)).toEqual({ published: 1, policyVersion: null });
    await project();
    const versions = await dataSource.query(
      `SELECT version, status, card->>'title' AS title FROM action_card_template_version WHERE template_id = 'security-cell-placement' ORDER BY version`,
    );
    expect(versions).toEqual([
      { version: 1, status: 'superseded', title: 'Anbringelse i sikringscelle' },
      { version: 2, status: 'published', title: 'Anbringelse i sikringscelle (rev.)' },
    ]);
  });

  it('seeds the demo runs once, in the states the board and figures should show', async () => {
    expect(await seedActionCardDemoRuns(database.url, NOW)).toBe(5);
    expect(await seedActionCardDemoRuns(database.url, NOW)).toBe(0);
    await project();
    const runs = await dataSource.query('SELECT template_id, status FROM action_card_run ORDER BY template_id');
    expect(runs.filter((r: { status: string }) => r.status === 'completed').map((r: { template_id: string }) => r.template_id)).toEqual([
      'threat-against-employee',
    ]);
    expect(runs.filter((r: { status: string }) => r.status === 'open')).toHaveLength(4);
  });
});
