import { ChildProcess, fork, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClosedLoopResult } from './closed-loop';
import { FromEmmettChild, ToEmmettChild } from './emmett-protocol';

/** Emmett lives in its own npm folder: its peer `commander@^12` conflicts with the root's commander 14. */
export function emmettDirectory(repoRoot: string): string {
  return join(repoRoot, 'test/bench/emmett');
}

/** Installs test/bench/emmett from its lockfile when it is missing; returns why Emmett cannot run, or null. */
export function ensureEmmettInstalled(directory: string, log: (line: string) => void): string | null {
  if (process.env.BENCH_EMMETT === '0') return 'skipped (BENCH_EMMETT=0)';
  if (existsSync(join(directory, 'node_modules/@event-driven-io/emmett-postgresql/package.json'))) return null;
  log(`Installing the Emmett peer into ${directory} (npm ci, once) ...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefix', directory], { stdio: ['ignore', 2, 2], timeout: 180_000 });
  if (result.status !== 0) return `not installed: \`npm ci --prefix ${directory}\` failed (${result.error?.message ?? `exit ${result.status}`})`;
  return null;
}

/** One forked process holding one Emmett event store for the whole append group. */
export class EmmettChild {
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: ClosedLoopResult) => void; reject: (e: Error) => void }>();
  private exitError: Error | null = null;

  private constructor(
    private readonly child: ChildProcess,
    readonly version: string,
  ) {
    child.on('message', (message: FromEmmettChild) => {
      if (message.kind === 'result') this.settle(message.id, (p) => p.resolve(message.result));
      if (message.kind === 'error' && message.id !== null) this.settle(message.id, (p) => p.reject(new Error(`Emmett child: ${message.message}`)));
    });
    child.on('exit', (code, signal) => {
      this.exitError = new Error(`Emmett child exited (${signal ?? code})`);
      for (const p of this.pending.values()) p.reject(this.exitError);
      this.pending.clear();
    });
  }

  static async start(childScript: string, emmettDir: string, connectionString: string): Promise<EmmettChild> {
    const child = fork(childScript, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const version = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Emmett child did not start within 60 s')), 60_000);
      child.once('exit', (code) => reject(new Error(`Emmett child exited during start (${code})`)));
      child.on('message', (message: FromEmmettChild) => {
        if (message.kind === 'ready') {
          clearTimeout(timer);
          resolve(message.version);
        } else if (message.kind === 'error') {
          clearTimeout(timer);
          reject(new Error(`Emmett child: ${message.message}`));
        }
      });
      child.send({ kind: 'init', emmettDir, connectionString } satisfies ToEmmettChild);
    }).catch((error: unknown) => {
      child.kill();
      throw error;
    });
    return new EmmettChild(child, version);
  }

  run(writers: number, warmupMs: number, measureMs: number): Promise<ClosedLoopResult> {
    if (this.exitError) return Promise.reject(this.exitError);
    const id = this.nextId++;
    return new Promise<ClosedLoopResult>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(id, (p) => p.reject(new Error('Emmett run timed out'))), warmupMs + measureMs + 60_000);
      this.pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.child.send({ kind: 'run', id, writers, warmupMs, measureMs } satisfies ToEmmettChild);
    });
  }

  /** Asks the child to close its pool and exit; kills it if it has not within 10 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    if (this.child.connected) this.child.send({ kind: 'close' } satisfies ToEmmettChild);
    const timer = setTimeout(() => this.child.kill(), 10_000);
    await exited;
    clearTimeout(timer);
  }

  private settle(id: number, action: (p: { resolve: (r: ClosedLoopResult) => void; reject: (e: Error) => void }) => void): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    action(pending);
  }
}
