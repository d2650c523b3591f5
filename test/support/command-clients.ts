import { deterministicUuid } from '@vigil/event-sourcing';
import { randomBytes } from 'node:crypto';
import { incidentReport } from './fixtures';

export const CLIENT_ACTOR = 'ST-OUTAGE1';

/** What the clients saw, kept so the test can compare acknowledged commands with the event store. */
export interface ClientLedger {
  /** Idempotency-Key → incident id, for every command answered 2xx. */
  readonly acknowledged: Map<string, string>;
  /** Every key sent at least once (an unanswered one may or may not be recorded). */
  readonly attempted: Set<string>;
  /** Answers by status; `network` counts requests that got no HTTP answer at all. */
  readonly statuses: Map<string, number>;
  /** 503 answers that were not problem+json or had no Retry-After. */
  readonly malformed503: string[];
  /** 5xx other than 503, and 4xx (a valid command should never get one), with their bodies. */
  readonly unexpected: string[];
  /** Per API: when each 2xx and each 503 completed, and when its request was sent. */
  readonly successes: { api: string; sentAt: number; at: number }[];
  readonly unavailable: { api: string; sentAt: number; at: number }[];
}

/**
 * Clients posting incident reports one after another, each with its own Idempotency-Key, to every given
 * API. A command that gets no 2xx is sent again with the same key until it does (as a careful client
 * would), so a command recorded just before its answer was lost must not be recorded twice.
 */
export class CommandClients {
  readonly ledger: ClientLedger = {
    acknowledged: new Map(),
    attempted: new Set(),
    statuses: new Map(),
    malformed503: [],
    unexpected: [],
    successes: [],
    unavailable: [],
  };
  private stopped = false;
  private abandoned = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly apis: readonly { name: string; url: string }[],
    private readonly perApi = 2,
    /** Each client starts a new command at most this often: a steady load, not a saturating one (so read-model lag measures recovery, not overload). */
    private readonly intervalMs = 0,
    /** How the clients sign in: the Authorization header of CLIENT_ACTOR from the issuer the processes trust. */
    private readonly signedIn: Record<string, string> = {},
  ) {}

  start(): void {
    this.loops = this.apis.flatMap((api) => Array.from({ length: this.perApi }, () => this.loop(api)));
  }

  /** Stops sending new commands; resolves once every command in flight got its final answer. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** Stops at once, leaving commands unsettled (a test that failed, cleaning up). */
  abandon(): void {
    this.stopped = this.abandoned = true;
  }

  private async loop(api: { name: string; url: string }): Promise<void> {
    while (!this.stopped) {
      const started = Date.now();
      const key = `outage-${randomBytes(9).toString('hex')}`;
      this.ledger.attempted.add(key);
      // Once sent, a key is retried until answered, even after stop(): the ledger must know how it ended.
      for (let attempt = 0; !this.abandoned && !(await this.send(api, key)); attempt++) {
        await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 200)));
      }
      const wait = started + this.intervalMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** True once the command is settled: acknowledged, or refused with a 4xx (reported; sending it again would not help). */
  private async send(api: { name: string; url: string }, key: string): Promise<boolean> {
    const sentAt = Date.now();
    let response: Response;
    let body: string;
    try {
      response = await fetch(`${api.url}/incidents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.signedIn, 'idempotency-key': key },
        body: JSON.stringify(incidentReport()),
        signal: AbortSignal.timeout(30_000),
      });
      body = await response.text();
    } catch {
      this.tally('network');
      return false;
    }
    const at = Date.now();
    this.tally(String(response.status));
    if (response.ok) {
      const incidentId = (JSON.parse(body) as { incidentId: string }).incidentId;
      if (incidentId !== expectedIncidentId(key)) this.ledger.unexpected.push(`${key} answered with incident ${incidentId}`);
      this.ledger.acknowledged.set(key, incidentId);
      this.ledger.successes.push({ api: api.name, sentAt, at });
      return true;
    }
    if (response.status === 503) {
      this.ledger.unavailable.push({ api: api.name, sentAt, at });
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('application/problem+json') || !/^\d+$/.test(response.headers.get('retry-after') ?? '')) {
        this.ledger.malformed503.push(`${type} Retry-After=${response.headers.get('retry-after')}: ${body.slice(0, 200)}`);
      }
      return false;
    }
    this.ledger.unexpected.push(`${api.name} ${response.status}: ${body.slice(0, 300)}`);
    return response.status < 500;
  }

  private tally(status: string): void {
    this.ledger.statuses.set(status, (this.ledger.statuses.get(status) ?? 0) + 1);
  }
}

/** The incident a keyed report lands on (the API derives it from the actor and the key, so a retry finds it). */
export function expectedIncidentId(key: string): string {
  return deterministicUuid('vigil-incident', CLIENT_ACTOR, key);
}
