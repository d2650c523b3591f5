import { DataSource, EntityManager } from 'typeorm';
import { BatchHandler, IncomingMessage, MessageBus } from '../message-bus.port';
import { ContractHandler } from './contract-handler';
import { InboxConsumer } from './inbox-consumer';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const terminated = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
const quiet = { info: () => undefined, warn: jest.fn(), error: jest.fn() };

const reported = {
  contract: 'incidents.incident-reported',
  version: 1,
  messageId: '0b9c2f0e-8d7b-4c1e-9a55-1f3f6a1d2b3c',
  streamId: 'incident-42',
  streamRevision: 0,
  recordedAt: '2026-11-01T10:00:00.000Z',
  correlationId: 'c-1',
  payload: {
    incidentId: '42',
    kind: 'violence',
    target: 'staff-on-duty',
    perpetrator: 'inmate',
    severity: 'serious',
    occurredAt: '2026-11-01T09:30:00.000Z',
    area: 'hovedstaden',
    institutionId: 'vestre-faengsel',
  },
};
const incoming: IncomingMessage = {
  topic: 'vigil.incidents.v1',
  partition: 0,
  offset: '7',
  key: 'incident-42',
  value: Buffer.from(JSON.stringify(reported)),
  headers: {},
};

/** A bus whose consumer hands the test its batch handler, and a database whose transactions fail as `failures` say. */
function world(failures: (() => Error)[]) {
  let handler: BatchHandler | null = null;
  const bus = {
    producer: async () => ({ send: jest.fn(), disconnect: async () => undefined }),
    consumer: async () => ({ run: async (h: BatchHandler) => void (handler = h), disconnect: async () => undefined }),
  } as unknown as MessageBus;
  const applied: string[] = [];
  const inbox = new Set<string>();
  let transactions = 0;
  const dataSource = {
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => {
      const failure = failures.shift();
      if (failure) throw failure();
      transactions++;
      // The inbox: a message id it holds already enters no second time.
      const manager = { query: async (_: string, params: string[]) => (inbox.has(params[1]) ? [] : (inbox.add(params[1]), [1])) };
      return work(manager as unknown as EntityManager);
    },
  } as unknown as DataSource;
  const contractHandler: ContractHandler = {
    name: 'statistics-feed',
    topics: ['vigil.incidents.v1'],
    tables: [],
    handle: async (m) => void applied.push(m.messageId),
  };
  return { bus, dataSource, contractHandler, applied, handler: () => handler!, transactions: () => transactions };
}

describe('InboxConsumer when the database goes away', () => {
  it('holds the message, stays in its group and applies it once the database answers', async () => {
    const w = world([terminated, refused, refused]);
    const consumer = new InboxConsumer(w.bus, w.dataSource, w.contractHandler, quiet, { retryDelayMs: 5, maxRetryDelayMs: 20 });
    await consumer.start();
    const processed = jest.fn(async () => undefined);
    const stillMine = jest.fn(async () => undefined);
    await w.handler()([incoming], processed, stillMine);
    expect(w.applied).toEqual([reported.messageId]);
    expect(processed).toHaveBeenCalledTimes(1);
    expect(stillMine).toHaveBeenCalledTimes(3); // a heartbeat after each wait
    expect(consumer.counts).toMatchObject({ received: 1, applied: 1, databaseRetries: 3, deadLettered: 0 });
    expect(quiet.warn).toHaveBeenCalledTimes(1); // once per outage, not per attempt
  });

  it('gives the batch back when it is no longer its own while it waits', async () => {
    const w = world([refused, refused]);
    const consumer = new InboxConsumer(w.bus, w.dataSource, w.contractHandler, quiet, { retryDelayMs: 5 });
    await consumer.start();
    const processed = jest.fn(async () => undefined);
    await expect(
      w.handler()([incoming], processed, async () => {
        throw new Error('consumer rebalanced or stopping: batch abandoned');
      }),
    ).rejects.toThrow('rebalanced');
    expect([w.applied, processed.mock.calls.length]).toEqual([[], 0]);
  });

  it('still gives other failures back to the bus (the batch comes again)', async () => {
    const w = world([() => new Error('deadlock detected')]);
    const consumer = new InboxConsumer(w.bus, w.dataSource, w.contractHandler, quiet, { retryDelayMs: 5 });
    await consumer.start();
    await expect(w.handler()([incoming], jest.fn(), jest.fn())).rejects.toThrow('deadlock');
  });
});

describe('InboxConsumer with a fetched batch', () => {
  const message = (n: number): IncomingMessage => ({
    ...incoming,
    offset: String(n),
    value: Buffer.from(JSON.stringify({ ...reported, messageId: `m-${n}`, streamRevision: n })),
  });

  it('applies the batch in one transaction, in order, dead-letters a poison message and skips a redelivery', async () => {
    const w = world([]);
    const consumer = new InboxConsumer(w.bus, w.dataSource, w.contractHandler, quiet);
    await consumer.start();
    const poison: IncomingMessage = { ...incoming, offset: '3', value: Buffer.from('not json') };
    const processed = jest.fn(async () => undefined);
    await w.handler()([message(1), message(2), poison, message(4), message(2)], processed, jest.fn());
    expect(w.applied).toEqual(['m-1', 'm-2', 'm-4']);
    expect(w.transactions()).toBe(1);
    expect(processed).toHaveBeenCalledTimes(5); // every offset, the poison one too, once the transaction committed
    expect(consumer.counts).toMatchObject({ received: 5, applied: 3, redelivered: 1, deadLettered: 1 });
  });

  it("commits a large fetch in transactions of 100, each chunk's offsets only after its commit", async () => {
    const w = world([]);
    const consumer = new InboxConsumer(w.bus, w.dataSource, w.contractHandler, quiet);
    await consumer.start();
    const committedAt: number[] = [];
    const processed = jest.fn(async () => void committedAt.push(w.transactions()));
    await w.handler()(
      Array.from({ length: 250 }, (_, i) => message(i)),
      processed,
      jest.fn(),
    );
    expect(w.transactions()).toBe(3);
    expect([committedAt[0], committedAt[99], committedAt[100], committedAt[249]]).toEqual([1, 1, 2, 3]);
    expect(consumer.counts).toMatchObject({ received: 250, applied: 250 });
  });
});
