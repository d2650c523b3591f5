import { freePort } from '../support/free-port';
import { ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** A data directory of the test's own; mkdtemp's mode 700 would keep out the postgres user that root's PostgreSQL runs as. */
function temporaryDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  chmodSync(dir, 0o711);
  return dir;
}

/** The environment of a person who set only what the README tells them to (no DATABASE_URL, no Kafka). */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'VIGIL_EMBEDDED_PG_PORT', 'PORT']) if (!(name in extra)) delete env[name];
  return env;
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), ...args], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * `npm start` on an embedded PostgreSQL at a port of its own, then `npm run cli -- projections` with only VIGIL_DATA_DIR
 * set, as the README says: the CLI finds the running server from the data directory and answers with a table.
 */
describe('the CLI next to a running npm start', () => {
  let dataDir: string;
  let pgPort: number;
  let httpPort: number;
  let vigil: ChildProcess;
  let output = '';

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'tools/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    dataDir = temporaryDataDir();
    [pgPort, httpPort] = [await freePort(), await freePort()];
    vigil = spawn(process.execPath, [join(ROOT, 'dist/apps/vigil/src/main.js')], {
      cwd: ROOT,
      env: environment({ VIGIL_DATA_DIR: dataDir, VIGIL_EMBEDDED_PG_PORT: String(pgPort), PORT: String(httpPort), VIGIL_DEMO_DATA: 'false' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    vigil.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    vigil.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    const deadline = Date.now() + 90_000;
    while (
      !(await fetch(`http://127.0.0.1:${httpPort}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (vigil.exitCode !== null) throw new Error(`npm start's process exited:\n${output}`);
      if (Date.now() > deadline) throw new Error(`npm start's process did not answer:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 120_000);

  afterAll(async () => {
    if (vigil && vigil.exitCode === null) {
      const exited = new Promise((resolve) => vigil.once('exit', resolve));
      vigil.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds the embedded database from VIGIL_DATA_DIR alone and prints a readable table', async () => {
    const result = await cli(['projections'], environment({ VIGIL_DATA_DIR: dataDir }));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^projection\s+position\s+behind\s+updated$/);
    expect(lines.find((line) => line.startsWith('incidents.current '))).toMatch(/^incidents\.current\s+(\d+\/\d+|not started)\s+\d+\s/);
    expect(lines.at(-1)).toMatch(/^\d+ projections, (all caught up|\d+ behind)/);
    expect(result.stdout).not.toMatch(/undefined/);
  });

  it('leaves the server it found running', async () => {
    await cli(['verify'], environment({ VIGIL_DATA_DIR: dataDir }));
    expect((await fetch(`http://127.0.0.1:${httpPort}/health`)).status).toBe(200);
  });

  it('says why when it cannot start a database, instead of printing undefined', async () => {
    const otherDir = temporaryDataDir();
    try {
      // Another cluster on the port the running one holds: PostgreSQL cannot bind it and exits.
      const result = await cli(['projections'], environment({ VIGIL_DATA_DIR: otherDir, VIGIL_EMBEDDED_PG_PORT: String(pgPort) }));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/did not start on port \d+/);
      expect(result.stderr).not.toMatch(/^undefined$/m);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  }, 90_000);
});
