import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { sharedProofScratch } from './proof-scratch';

const ROOT = join(__dirname, '../..');
const HOOK = join(__dirname, 'ts-require-hook.cjs');

export type VigilEntry =
  'apps/vigil/src/main.ts' | 'apps/api/src/main.ts' | 'apps/worker/src/main.ts' | 'apps/relay/src/main.ts' | 'apps/statistics/src/main.ts';

/** Lines that mean a process met an error nobody handled (Node prints these before it exits). */
const UNHANDLED = /Unhandled|uncaughtException|triggerUncaughtException|ERR_UNHANDLED_REJECTION/;

/**
 * A Vigil app (all-in-one, API, worker, relay or statistics) run from its real entry point as an OS process of its own, as in
 * production, so a crash is an exit the test can count rather than an error inside jest's process.
 */
export class VigilProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private stopping = false;
  /** Every exit that the test did not ask for, with its code or signal. */
  readonly unexpectedExits: string[] = [];
  /** Lines reporting an unhandled error. */
  readonly unhandledErrors: string[] = [];
  private readonly lines: string[] = [];

  constructor(
    readonly name: string,
    private readonly entry: VigilEntry,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts the process and resolves once `ready()` says so (bounded by `timeoutMs`). */
  async start(ready: () => Promise<boolean>, timeoutMs = 180_000): Promise<void> {
    const env: Record<string, string | undefined> = { ...process.env, ...sharedProofScratch(), ...this.env };
    if (!this.env.KAFKA_BROKERS) delete env.KAFKA_BROKERS; // no Kafka unless the test gives it, whatever the suite runs with
    const child = spawn(process.execPath, ['-r', HOOK, join(ROOT, this.entry)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let partial = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output = (this.output + text).slice(-20_000);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        this.lines.push(line);
        if (UNHANDLED.test(line)) this.unhandledErrors.push(line);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      if (!this.stopping) this.unexpectedExits.push(`${this.name} exited with ${signal ?? code}`);
    });
    const deadline = Date.now() + timeoutMs;
    while (!(await ready().catch(() => false))) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited during start:\n${this.output.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`${this.name} was not ready within ${timeoutMs / 1000} s:\n${this.output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** How many output lines match. */
  count(pattern: RegExp): number {
    return this.lines.filter((line) => pattern.test(line)).length;
  }

  /** The lines that match, in order. */
  linesMatching(pattern: RegExp): string[] {
    return this.lines.filter((line) => pattern.test(line));
  }

  /** Every line it printed so far (the tail keeps only the last 20,000 characters). */
  allLines(): string {
    return this.lines.join('\n');
  }

  tail(chars = 3000): string {
    return this.output.slice(-chars);
  }

  /** SIGTERM, then SIGKILL if it has not ended within 20 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A port nobody listens on now (the OS picks it), so copies of the suite running side by side do not collide. */
export { freePort } from './free-port';
