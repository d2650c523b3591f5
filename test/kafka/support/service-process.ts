import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** A Vigil service (relay or statistics consumer) run as its own OS process, as in production. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private output = '';
  starts = 0;
  kills = 0;

  constructor(
    private readonly entry: 'apps/relay/src/main.ts' | 'apps/statistics/src/main.ts',
    private readonly env: Record<string, string>,
  ) {}

  /** Starts the service and resolves once it logs that it runs. */
  async start(): Promise<void> {
    this.starts++;
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, this.entry)], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', VIGIL_RUN_MIGRATIONS: 'false', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.entry} did not start in 60 s:\n${this.output.slice(-2000)}`)), 60_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (/"msg":"(relay|statistics consumer) running"/.test(this.output.slice(-4000))) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.entry} exited during start (${signal ?? code}):\n${this.output.slice(-2000)}`));
      });
    });
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.kills++;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** SIGTERM, and SIGKILL if it has not ended 20 s later (the service itself gives up after 15 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }

  get log(): string {
    return this.output;
  }
}
