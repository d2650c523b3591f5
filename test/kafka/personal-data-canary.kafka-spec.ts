import { INCIDENTS_TOPIC } from '@vigil/integration-contracts';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { stopTestIssuer, testIssuer, TestIssuer } from '../shared/test-issuer';
import { incidentReport } from '../support/fixtures';
import { freePort } from '../support/free-port';
import { createTestDatabase } from '../support/test-database';
import { VigilProcess } from '../support/vigil-process';
import { proofScratch } from '../support/vigil-test-app';
import { waitFor } from './support/delivery-check';

const TIMEOUT_MS = 300_000;

/**
 * Personal texts never leave through the broker or the logs: the all-in-one app with Kafka configured and debug logging,
 * incidents reported, corrected and closed with canaries in every text field, then every message on the incident topic
 * and every log line searched for the canaries and for the sealed form.
 */
describe('personal texts and the broker', () => {
  let issuer: TestIssuer;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: VigilProcess;
  let scratch: ReturnType<typeof proofScratch>;
  beforeAll(async () => {
    issuer = await testIssuer();
    database = await createTestDatabase('vigil_canary');
    scratch = proofScratch();
  }, TIMEOUT_MS);
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
    await stopTestIssuer();
    rmSync(scratch.dir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  it(
    'sends contracts without them and logs no word of them',
    async () => {
      const prefix = `t${randomBytes(4).toString('hex')}.`;
      const port = await freePort();
      app = new VigilProcess('vigil', 'apps/vigil/src/main.ts', {
        ...scratch.config,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        VIGIL_OIDC_ISSUER: issuer.url,
        VIGIL_DEMO_DATA: 'false',
        KAFKA_BROKERS: process.env.VIGIL_TEST_KAFKA_BROKERS!,
        KAFKA_TOPIC_PREFIX: prefix,
        KAFKA_SESSION_TIMEOUT_MS: '6000',
        LOG_LEVEL: 'debug',
      });
      await app.start(async () => app.count(/Relaying to/) > 0);
      const http = () => request(`http://127.0.0.1:${port}`);
      const as = issuer.signedIn('ST-CAN001', ['coordinator', 'staff']);
      const canary = (field: string) => `CANARY ${randomBytes(4).toString('hex')} ${field}`;
      const canaries: string[] = [];
      const say = (field: string) => (canaries.push(canary(field)), canaries[canaries.length - 1]);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { body } = await http()
          .post('/incidents')
          .set(as)
          .send(incidentReport({ description: say('description') }))
          .expect(201);
        ids.push(body.incidentId);
        await http()
          .post(`/incidents/${body.incidentId}/corrections`)
          .set(as)
          .send({ corrections: { description: say('corrected'), severity: 'serious' }, reason: say('reason') })
          .expect(200);
        await http()
          .post(`/incidents/${body.incidentId}/police-reports`)
          .set(as)
          .send({ reportedAt: '2026-03-15T09:00:00+01:00', policeDistrict: 'Fyns Politi', note: say('note') })
          .expect(200);
        await http()
          .post(`/incidents/${body.incidentId}/closure`)
          .set(as)
          .send({ outcome: say('outcome'), reason: say('close reason') })
          .expect(200);
      }
      const shown = (await http().get(`/incidents/${ids[0]}`).set(as).expect(200)).body.state;
      expect(shown.description).toBe(canaries[1]); // the corrected text, opened for the reader

      const kafka = new Kafka({ brokers: process.env.VIGIL_TEST_KAFKA_BROKERS!.split(','), clientId: 'canary-reader', logLevel: logLevel.NOTHING });
      const consumer = kafka.consumer({ groupId: `canary-${prefix}` });
      const values: string[] = [];
      await consumer.connect();
      try {
        await consumer.subscribe({ topic: `${prefix}${INCIDENTS_TOPIC}`, fromBeginning: true });
        await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value?.toString() ?? '') });
        // Each incident's closing is its last contract (reported, facts corrected (the severity), closed; a police report sends none).
        const closed = () => values.filter((v) => v.includes('"incidents.incident-closed"')).length;
        await waitFor(
          'every incident closed on the topic',
          async () => closed() >= 3,
          120_000,
          async () => `${values.length} so far\n${app.tail(4000)}`,
        );
        expect(values.filter((v) => v.includes('"incidents.incident-facts-corrected"'))).toHaveLength(3);
      } finally {
        await consumer.disconnect();
      }
      const logs = app.allLines();
      const leaks = (where: string, text: string) => canaries.filter((c) => text.includes(c)).map((c) => `${where}: ${c}`);
      console.log(`Searched ${values.length} contracts and ${logs.length} characters of debug log for ${canaries.length} canaries`);
      expect([...leaks('topic', values.join('\n')), ...leaks('log', logs)]).toEqual([]);
      expect(values.join('\n')).not.toContain('{{sealed');
      expect(app.unhandledErrors).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
