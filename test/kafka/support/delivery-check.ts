import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Traffic } from './incident-traffic';

/** Polls `check`; on timeout the error carries `detail()` (counts, service logs) so a failure explains itself. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 150_000, detail?: () => Promise<string> | string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${detail ? `\n${await detail()}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function inboxCount(dataSource: DataSource, consumer: string): Promise<number> {
  const rows: { n: string }[] = await dataSource.query('SELECT count(*) AS n FROM messaging_inbox WHERE consumer = $1', [consumer]);
  return Number(rows[0].n);
}

export interface DeliveryReport {
  eventsAppended: number;
  messagesOnTopic: number;
  duplicatesOnTopic: number;
  appliedOnce: number;
  missing: number;
  orderViolationsOnTopic: number;
  anomaliesInReadModel: number;
  readModelMismatches: number;
}

/** Every event arrived once in effect, in per-stream order: what the fault tests assert and report. */
export async function checkDelivery(dataSource: DataSource, brokers: string, topic: string, consumer: string, traffic: Traffic): Promise<DeliveryReport> {
  const onTopic = await readTopic(brokers, topic);
  const seen = new Set<string>();
  const lastRevision = new Map<string, number>();
  let duplicates = 0;
  let orderViolations = 0;
  for (const m of onTopic) {
    if (seen.has(m.messageId)) {
      duplicates++; // a page sent again after a relay crash: at-least-once, deduplicated downstream
      continue;
    }
    seen.add(m.messageId);
    if ((lastRevision.get(m.streamId) ?? -1) >= m.streamRevision) orderViolations++;
    lastRevision.set(m.streamId, m.streamRevision);
  }
  const inbox: { message_id: string }[] = await dataSource.query('SELECT message_id FROM messaging_inbox WHERE consumer = $1', [consumer]);
  const applied = new Set(inbox.map((r) => r.message_id));
  const anomalies: { n: string }[] = await dataSource.query('SELECT count(*) AS n FROM statistics_anomalies');
  return {
    eventsAppended: traffic.eventIds.length,
    messagesOnTopic: onTopic.length,
    duplicatesOnTopic: duplicates,
    appliedOnce: applied.size,
    missing: traffic.eventIds.filter((id) => !applied.has(id)).length,
    orderViolationsOnTopic: orderViolations,
    anomaliesInReadModel: Number(anomalies[0].n),
    readModelMismatches: await readModelMismatches(dataSource, traffic),
  };
}

/** The statistics row of each incident must equal a fold of its own events: kind and counted. */
async function readModelMismatches(dataSource: DataSource, traffic: Traffic): Promise<number> {
  const rows: { incident_id: string; last_revision: number; counted: boolean }[] = await dataSource.query(
    "SELECT incident_id, last_revision, status = 'counted' AS counted FROM statistics_incident_versions WHERE valid_to IS NULL",
  );
  const byId = new Map(rows.map((r) => [r.incident_id, r]));
  let mismatches = 0;
  for (const [incidentId, last] of traffic.streams) {
    const row = byId.get(incidentId);
    const counted = last === 0 || last % 3 !== 0; // the generator marks not-reportable at every third event
    if (!row || row.last_revision !== last || row.counted !== counted) mismatches++;
  }
  return mismatches;
}

async function readTopic(brokers: string, topic: string): Promise<{ messageId: string; streamId: string; streamRevision: number }[]> {
  const kafka = new Kafka({ brokers: brokers.split(','), clientId: 'delivery-check', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const total = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
  const consumer = kafka.consumer({ groupId: `check-${Date.now()}-${Math.random()}` });
  const messages: { messageId: string; streamId: string; streamRevision: number }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    if (total === 0) return resolve();
    consumer
      .run({
        eachMessage: async ({ message }) => {
          const body = JSON.parse(message.value!.toString());
          messages.push({ messageId: body.messageId, streamId: body.streamId, streamRevision: body.streamRevision });
          if (messages.length >= total) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return messages;
}
