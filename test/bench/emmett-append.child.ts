/**
 * Emmett's appendToStream, measured in its own process: importing Emmett (dumbo) replaces pg's type
 * parsers process-wide, which would slow the Vigil and raw cases if they shared a process with it.
 * Emmett is loaded from test/bench/emmett/node_modules, installed apart from the root tree.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ACTOR, BENCH_EVENT_TYPE, benchData, EVENTS_PER_STREAM, HISTORY_APPENDS, historyStream, streamFor } from './bench-events';
import { forEachConcurrently, runClosedLoop } from './closed-loop';
import { FromEmmettChild, ToEmmettChild } from './emmett-protocol';

/** The part of Emmett's PostgresEventStore this benchmark uses (typed here so the build needs no Emmett). */
interface EmmettEventStore {
  appendToStream(streamName: string, events: { type: string; data: unknown; metadata?: Record<string, unknown> }[]): Promise<unknown>;
  close(): Promise<void>;
  schema: { migrate(): Promise<unknown>; dangerous: { truncate(options?: { resetSequences?: boolean }): Promise<void> } };
}

interface EmmettPostgresModule {
  getPostgreSQLEventStore(connectionString: string): EmmettEventStore;
}

/** Emmett's own copy of pg (test/bench/emmett/node_modules/pg), for VACUUM and CHECKPOINT. */
interface PgClient {
  connect(): Promise<unknown>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

let store: EmmettEventStore | null = null;
let connectionString = '';
let newClient: (() => PgClient) | null = null;

const emmettEvent = () => ({ type: BENCH_EVENT_TYPE, data: benchData(), metadata: { actor: ACTOR, correlationId: randomUUID() } });

/** The same starting state as the Vigil and raw cases: emptied, 10,000 events of history, analysed, checkpointed. */
async function prepare(current: EmmettEventStore): Promise<void> {
  await current.schema.dangerous.truncate({ resetSequences: true });
  await forEachConcurrently(HISTORY_APPENDS, 4, (i) => current.appendToStream(historyStream(i), Array.from({ length: EVENTS_PER_STREAM }, emmettEvent)));
  const client = newClient!();
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE');
    await client.query('CHECKPOINT').catch(() => undefined);
  } finally {
    await client.end();
  }
}

function send(message: FromEmmettChild): void {
  process.send?.(message);
}

async function handle(message: ToEmmettChild): Promise<void> {
  switch (message.kind) {
    case 'init': {
      const requireFromEmmett = createRequire(join(message.emmettDir, 'package.json'));
      const emmett = requireFromEmmett('@event-driven-io/emmett-postgresql') as EmmettPostgresModule;
      const { version } = JSON.parse(readFileSync(join(message.emmettDir, 'node_modules/@event-driven-io/emmett-postgresql/package.json'), 'utf8')) as {
        version: string;
      };
      const pg = requireFromEmmett('pg') as { Client: new (config: { connectionString: string }) => PgClient };
      connectionString = message.connectionString;
      newClient = () => new pg.Client({ connectionString });
      store = emmett.getPostgreSQLEventStore(message.connectionString);
      await store.schema.migrate();
      send({ kind: 'ready', version });
      return;
    }
    case 'run': {
      if (!store) throw new Error('run before init');
      const current = store;
      await prepare(current);
      const result = await runClosedLoop({
        writers: message.writers,
        warmupMs: message.warmupMs,
        measureMs: message.measureMs,
        op: (writer, seq) => {
          const { streamId } = streamFor(`emmett${message.id}`, writer, seq);
          // No expected version: Emmett then appends whatever the stream's state (Vigil's 'any').
          return current.appendToStream(streamId, [emmettEvent()]);
        },
      });
      send({ kind: 'result', id: message.id, result });
      return;
    }
    case 'close':
      await store?.close();
      process.disconnect?.();
      return;
  }
}

// The bench went away (finished or died): do not linger holding connections.
process.on('disconnect', () => process.exit(0));

process.on('message', (message: ToEmmettChild) => {
  handle(message).catch((error: unknown) => {
    send({ kind: 'error', id: message.kind === 'run' ? message.id : null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
