import { EventStore, Position, readAhead, RecordedEvent } from '@vigil/event-store';
import { assertValidMessage, IntegrationMessage } from '@vigil/integration-contracts';
import { Backoff, isConnectionError, OutageLog, OutageLogger, Sleeper } from '@vigil/postgres';
import { ensureCheckpoint, readCheckpoint, saveCheckpoint } from '@vigil/projections';
import { DataSource } from 'typeorm';
import { BusLogger } from '../kafkajs/kafkajs-log';
import { MessageBus, MessageProducer, OutgoingMessage } from '../message-bus.port';
import { Publication } from './publication';
import { RelayLease } from './relay-lease';

export interface EventRelayOptions {
  readonly batchSize?: number;
  /** The first pause after a failure (database or broker away), doubling up to `maxRetryDelayMs`; also a standby's poll for the lease. */
  readonly retryDelayMs?: number;
  /** Longest pause between attempts (default 5 s). */
  readonly maxRetryDelayMs?: number;
  readonly logger: BusLogger;
}

/** The lease's connection died, and its lock with it: another relay may be active now. */
class LeaseLost extends Error {
  constructor() {
    super('the advisory-lock connection was lost');
  }
}

export interface RelayCounts {
  batches: number;
  eventsRead: number;
  messagesSent: number;
  sendFailures: number;
  /** The longest wait for one page's acknowledgement: how long the broker held the relay up. */
  longestSendMs: number;
}

/**
 * Moves a context's events to its Kafka topic: read from the gap-safe subscription after the
 * checkpoint, send keyed by stream id, and advance the checkpoint only once the broker acknowledged.
 * A crash between ack and checkpoint sends a page again; consumers deduplicate by message id.
 */
export class EventRelay {
  readonly counts: RelayCounts = { batches: 0, eventsRead: 0, messagesSent: 0, sendFailures: 0, longestSendMs: 0 };
  private stopped = false;
  private running: Promise<void> | null = null;
  private subscription: { close(): Promise<void> } | null = null;
  private readonly lease: RelayLease;
  private readonly sleeper = new Sleeper();
  /** Each outage, of the database or of the broker, is logged once when it begins and once when it ends. */
  private readonly databaseOutage: OutageLog;
  private readonly brokerOutage: OutageLog;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly bus: MessageBus,
    readonly publication: Publication,
    private readonly options: EventRelayOptions,
  ) {
    this.lease = new RelayLease(dataSource, publication.name);
    const log: OutageLogger = {
      warn: (m) => options.logger.warn({ relay: publication.name }, m),
      log: (m) => options.logger.info({ relay: publication.name }, m),
    };
    this.databaseOutage = new OutageLog('Relay: the database', log);
    this.brokerOutage = new OutageLog('Relay: the message broker', log);
  }

  start(): void {
    this.stopped = false;
    this.sleeper.reset();
    this.running ??= this.runUntilStopped().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sleeper.interrupt();
    await this.subscription?.close();
    await this.running;
  }

  /** A failure (the database away, say) restarts the relay from its checkpoint after a pause that grows while it lasts. */
  private async runUntilStopped(): Promise<void> {
    const backoff = this.backoff();
    while (!this.stopped) {
      try {
        await this.run(backoff);
      } catch (error) {
        if (this.stopped) break;
        if (isConnectionError(error)) this.databaseOutage.failed(error);
        else if (error instanceof LeaseLost) this.options.logger.warn({ relay: this.publication.name }, 'relay lost its lease connection; acquiring it again');
        else this.options.logger.error({ relay: this.publication.name, error: (error as Error).message }, 'relay failed; restarting from its checkpoint');
        await this.sleeper.sleep(backoff.next());
      }
    }
  }

  private async run(backoff: Backoff): Promise<void> {
    while (!this.stopped && !(await this.lease.tryAcquire())) await this.sleeper.sleep(this.options.retryDelayMs ?? 1000); // standby until the active relay goes
    if (this.stopped) return this.lease.release();
    let producer: MessageProducer | null = null;
    try {
      // Connected now, not on the first event: that event would wait for the connection and the producer id.
      producer = await this.sendUntilAcknowledged(null, []);
      if (producer === null) return;
      await ensureCheckpoint(this.dataSource.manager, this.publication.name);
      const after = await readCheckpoint(this.dataSource.manager, this.publication.name);
      this.databaseOutage.recovered();
      backoff.reset();
      const batchSize = this.options.batchSize ?? 500;
      const subscription = this.store.subscribeToAll({ after, category: this.publication.category, batchSize });
      this.subscription = subscription;
      for await (const batch of readAhead(subscription.batches(), (page) => page.length === batchSize)) {
        if (!this.lease.held) throw new LeaseLost();
        producer = await this.sendUntilAcknowledged(producer, batch);
        if (producer === null) break; // stopped while the broker was away: the page goes again next time
        if (!this.lease.held) throw new LeaseLost(); // sent, not checkpointed: the next active relay sends it again
        await this.advance(batch[batch.length - 1].position);
        this.counts.batches++;
        this.counts.eventsRead += batch.length;
        if (this.stopped) break;
      }
    } finally {
      await this.subscription?.close();
      await producer?.disconnect().catch(() => undefined);
      await this.lease.release();
    }
  }

  /** Sends one page, reconnecting and retrying while the broker is away; null when stopped first. */
  private async sendUntilAcknowledged(producer: MessageProducer | null, batch: RecordedEvent[]): Promise<MessageProducer | null> {
    const messages = batch.flatMap((event) => this.publication.toMessages(event)).map(toOutgoing);
    const started = Date.now();
    const backoff = this.backoff();
    for (;;) {
      try {
        producer ??= await this.bus.producer();
        if (messages.length) await producer.send(this.publication.topic, messages);
        this.brokerOutage.recovered();
        this.counts.messagesSent += messages.length;
        this.counts.longestSendMs = Math.max(this.counts.longestSendMs, Date.now() - started);
        return producer;
      } catch (error) {
        this.counts.sendFailures++;
        this.brokerOutage.failed(error); // logged once per outage; the same page is retried
        await producer?.disconnect().catch(() => undefined);
        producer = null;
        if (this.stopped) return null;
        await this.sleeper.sleep(backoff.next());
      }
    }
  }

  private async advance(position: Position): Promise<void> {
    await saveCheckpoint(this.dataSource.manager, this.publication.name, position);
  }

  private backoff(): Backoff {
    return new Backoff({ initialMs: this.options.retryDelayMs ?? 250, maxMs: this.options.maxRetryDelayMs ?? 5_000 });
  }
}

/** Checks the contract as built (compiled schemas, no serialise-and-read-back), then serialises it once: the bytes consumers read. */
function toOutgoing(message: IntegrationMessage): OutgoingMessage {
  assertValidMessage(message);
  return {
    key: message.streamId,
    value: JSON.stringify(message),
    headers: { contract: message.contract, version: String(message.version), 'message-id': message.messageId },
  };
}
