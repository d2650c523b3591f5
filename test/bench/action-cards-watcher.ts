import { benchAuth } from './bench-identity';
import { performance } from 'node:perf_hooks';

/**
 * One page watching a live stream over real HTTP (Node's fetch, reading the text/event-stream body):
 * it notes when each `run-changed` message (id `<runId>:<revision>`) arrived.
 */
export class LiveWatcher {
  /** Arrival time (performance.now()) by message id. */
  readonly arrivals = new Map<string, number>();
  private readonly abort = new AbortController();
  private ready = false;
  private failure: Error | null = null;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    /** A run id, or null for a board watcher (it sees every run of its area). */
    readonly runId: string | null,
  ) {}

  async open(base: string, actor: string): Promise<void> {
    const response = await fetch(`${base}${this.path}`, { headers: { ...benchAuth(actor), accept: 'text/event-stream' }, signal: this.abort.signal });
    if (response.status !== 200 || !response.body) throw new Error(`GET ${this.path} answered ${response.status}: ${await response.text()}`);
    this.reading = this.read(response.body).catch((error: Error) => {
      if (!this.abort.signal.aborted) this.failure = error;
    });
  }

  isReady(): boolean {
    if (this.failure) throw this.failure;
    return this.ready;
  }

  sees(runId: string): boolean {
    return this.runId === null || this.runId === runId;
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.reading;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      const at = performance.now();
      buffer += decoder.decode(chunk, { stream: true });
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop()!;
      for (const block of blocks) {
        const event = /^event: ?(.*)$/m.exec(block)?.[1];
        if (event === 'ready') this.ready = true;
        const id = /^id: ?(.*)$/m.exec(block)?.[1];
        if (event === 'run-changed' && id && !this.arrivals.has(id)) this.arrivals.set(id, at);
      }
    }
    if (!this.abort.signal.aborted) this.failure = new Error(`live stream ${this.path} ended`);
  }
}
