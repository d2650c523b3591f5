import { ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const CHILD = join(__dirname, 'own-postgres.child.ts');
const HOOK = join(__dirname, 'ts-require-hook.cjs');

/**
 * An embedded PostgreSQL of one test's own (own port, own data directory), which the test may stop (fast
 * shutdown) and start again; the suite's shared server is left alone. It runs in a small child process.
 */
export class OwnPostgres {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: { adminUrl?: string }): void; reject(error: Error): void }>();

  constructor(
    readonly directory: string,
    readonly port: number,
  ) {}

  /** Starts the server (initialising the cluster the first time); resolves with its admin URL once it accepts connections. */
  async start(timeoutMs = 120_000): Promise<string> {
    this.child ??= await this.spawn();
    const { adminUrl } = await this.request('start', timeoutMs);
    return adminUrl!;
  }

  /** Fast shutdown: every connection is terminated (57P01); resolves once the server process has exited. */
  async stop(timeoutMs = 60_000): Promise<void> {
    if (this.child) await this.request('stop', timeoutMs);
  }

  /** Stops the server, ends the child and deletes the data directory. */
  async destroy(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect(); // the child stops PostgreSQL and exits
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.directory, { recursive: true, force: true });
  }

  private async spawn(): Promise<ChildProcess> {
    const child = fork(CHILD, [], {
      execArgv: ['-r', HOOK],
      env: { ...process.env, OWN_PG_DIRECTORY: this.directory, OWN_PG_PORT: String(this.port) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: { id: number; adminUrl?: string; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message);
    });
    child.on('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`the PostgreSQL controller exited (${code})`));
      this.pending.clear();
    });
    await new Promise<void>((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    return child;
  }

  private request(command: string, timeoutMs: number): Promise<{ adminUrl?: string }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`PostgreSQL ${command} took over ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.child!.send({ id, command });
    });
  }
}
