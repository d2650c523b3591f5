export interface BackoffOptions {
  /** The first delay (default 100 ms). */
  readonly initialMs?: number;
  /** The longest delay (default 5 s). */
  readonly maxMs?: number;
}

/** Bounded exponential back-off: initialMs, doubling up to maxMs, each with up to a fifth of jitter so retries spread. */
export class Backoff {
  private readonly initialMs: number;
  private readonly maxMs: number;
  private attempt = 0;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = Math.max(1, options.initialMs ?? 100);
    this.maxMs = Math.max(this.initialMs, options.maxMs ?? 5_000);
  }

  next(): number {
    const base = Math.min(this.maxMs, this.initialMs * 2 ** Math.min(this.attempt++, 30));
    return Math.round(base * (0.8 + Math.random() * 0.2));
  }

  reset(): void {
    this.attempt = 0;
  }
}

/** Where an outage is reported: a Nest Logger (`log`), pino (`info`) and the console all fit. */
export interface OutageLogger {
  warn(message: string): void;
  log?(message: string): void;
  info?(message: string): void;
}

/** Something that retries a dependency reports each failed attempt and each success here. */
export interface OutageReporter {
  failed(error: unknown): void;
  recovered(): void;
}

/** How long after a recovery a failure still counts as the same outage's tail (a straggler that started before it, or a server still starting). */
export const RELAPSE_GRACE_MS = 10_000;

/**
 * Logs a dependency's outage once when it begins and once when it ends, however many attempts fail in
 * between (and however many loops share it): a database restart is two lines, not one per retry. A failure
 * within RELAPSE_GRACE_MS of the recovery is that outage's tail and logged only if it outlasts the grace.
 */
export class OutageLog implements OutageReporter {
  private since: number | null = null;
  private failures = 0;
  private recoveredAt: number | null = null;
  /** Set while a relapse is kept quiet: when it began. */
  private relapseSince: number | null = null;

  constructor(
    private readonly what: string,
    private readonly logger: OutageLogger,
    private readonly now: () => number = Date.now,
  ) {}

  get down(): boolean {
    return this.since !== null || this.relapseSince !== null;
  }

  failed(error: unknown): void {
    this.failures++;
    const now = this.now();
    if (this.relapseSince !== null) {
      if (now - this.relapseSince < RELAPSE_GRACE_MS) return;
      this.since = this.relapseSince; // it lasted: a real outage after all, reported from when it began
      this.relapseSince = null;
      this.logger.warn(`${this.what} unreachable (${describe(error)}); retrying with back-off until it answers`);
      return;
    }
    if (this.since !== null) return;
    if (this.recoveredAt !== null && now - this.recoveredAt < RELAPSE_GRACE_MS) {
      this.relapseSince = now;
      return;
    }
    this.since = now;
    this.logger.warn(`${this.what} unreachable (${describe(error)}); retrying with back-off until it answers`);
  }

  recovered(): void {
    if (this.relapseSince !== null) {
      this.relapseSince = null; // the tail of the last outage ended: already reported as over
      this.failures = 0;
      return;
    }
    if (this.since === null) return;
    const seconds = ((this.now() - this.since) / 1000).toFixed(1);
    const message = `${this.what} reachable again after ${seconds} s (${this.failures} failed attempt(s))`;
    if (this.logger.log) this.logger.log(message);
    else this.logger.info?.(message);
    this.since = null;
    this.failures = 0;
    this.recoveredAt = this.now();
  }
}

/** Reports nothing: for callers that keep no log. */
export const SILENT_OUTAGES: OutageReporter = { failed: () => undefined, recovered: () => undefined };

export const consoleOutageLogger: OutageLogger = { warn: (m) => console.warn(m), info: (m) => console.info(m) };

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? `${code}: ${error.message}` : error.message || error.name;
}

/** Sleeps that `interrupt()` ends at once (a stop must not wait out a back-off); later sleeps then end at once too, until `reset()`. */
export class Sleeper {
  private readonly wakers = new Set<() => void>();
  private interrupted = false;

  sleep(ms: number): Promise<void> {
    if (this.interrupted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  interrupt(): void {
    this.interrupted = true;
    for (const wake of [...this.wakers]) wake();
  }

  reset(): void {
    this.interrupted = false;
  }
}
