import { ContractViolation, IntegrationMessage, parseIntegrationMessage } from '@vigil/integration-contracts';
import { Backoff, isConnectionError, OutageLog, Sleeper } from '@vigil/postgres';
import { DataSource } from 'typeorm';
import { BusLogger } from '../kafkajs/kafkajs-log';
import { IncomingMessage, MessageBus, MessageConsumer, MessageProducer } from '../message-bus.port';
import { deadLetterTopic } from '../topics';
import { ContractHandler } from './contract-handler';
import { enterInbox } from './inbox';

/** Messages applied in one transaction at most. */
const CHUNK = 100;

export interface ConsumerCounts {
  received: number;
  applied: number;
  redelivered: number;
  deadLettered: number;
  /** Attempts that found the database unreachable (each retried, the message kept). */
  databaseRetries: number;
}

export interface InboxConsumerOptions {
  /** The first pause while the database is unreachable, doubling up to `maxRetryDelayMs` (default 100 ms and 5 s). */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
}

/**
 * Runs a ContractHandler in its consumer group: each fetched batch is parsed, each message deduplicated
 * through the inbox, and applied in transactions of up to 100 messages; only then may their offsets be committed. A poison
 * message goes to the topic's dead letters with the reason, and the partition moves on. While the
 * database is unreachable the consumer holds the message and retries it with back-off (staying in
 * its group), so an outage delays the feed and neither loses, skips nor crashes it.
 */
export class InboxConsumer {
  readonly counts: ConsumerCounts = { received: 0, applied: 0, redelivered: 0, deadLettered: 0, databaseRetries: 0 };
  private consumer: MessageConsumer | null = null;
  private deadLetters: MessageProducer | null = null;
  private readonly sleeper = new Sleeper();
  private readonly outage: OutageLog;
  private stopping = false;
  /** Messages left in each partition after the last one applied, as of its fetch. */
  private readonly behind = new Map<string, bigint>();

  constructor(
    private readonly bus: MessageBus,
    private readonly dataSource: DataSource,
    readonly handler: ContractHandler,
    private readonly logger: BusLogger,
    private readonly options: InboxConsumerOptions = {},
  ) {
    this.outage = new OutageLog(`Consumer ${handler.name}: the database`, {
      warn: (m) => logger.warn({ consumer: handler.name }, m),
      log: (m) => logger.info({ consumer: handler.name }, m),
    });
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.sleeper.reset();
    this.deadLetters = await this.bus.producer();
    this.consumer = await this.bus.consumer(this.handler.name, this.handler.topics);
    await this.consumer.run(async (batch, processed, stillMine) => {
      if (batch[0]?.highWatermark !== undefined)
        this.behind.set(`${batch[0].topic}/${batch[0].partition}`, BigInt(batch[0].highWatermark) - BigInt(batch[0].offset));
      // A fetched batch in transactions of up to CHUNK messages: a commit per chunk, not per message, and progress a
      // consumer killed mid-batch keeps (a whole fetch in one transaction could outlast every restart).
      for (let from = 0; from < batch.length; from += CHUNK) {
        const chunk = batch.slice(from, from + CHUNK);
        const contracts = await this.parseOrDeadLetter(chunk);
        const applied = contracts.length ? await this.applyOnce(contracts, stillMine) : 0;
        this.counts.applied += applied;
        this.counts.redelivered += contracts.length - applied;
        for (const message of chunk) {
          await processed(message);
          if (message.highWatermark !== undefined)
            this.behind.set(`${message.topic}/${message.partition}`, BigInt(message.highWatermark) - BigInt(message.offset) - 1n);
        }
      }
    });
  }

  /** Contracts on the broker this consumer has not applied yet (as of its last fetch), over all its partitions. */
  lag(): number {
    return Number([...this.behind.values()].reduce((sum, n) => sum + (n > 0n ? n : 0n), 0n));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.interrupt(); // a message waiting for the database is abandoned and comes again
    await this.consumer?.disconnect();
    await this.deadLetters?.disconnect();
  }

  /** The batch's contracts in order; a poison message goes to the dead letters, and the partition moves on past it. */
  private async parseOrDeadLetter(batch: readonly IncomingMessage[]): Promise<{ message: IntegrationMessage; source: IncomingMessage }[]> {
    const contracts: { message: IntegrationMessage; source: IncomingMessage }[] = [];
    for (const source of batch) {
      this.counts.received++;
      try {
        contracts.push({ message: parseIntegrationMessage(source.value), source });
      } catch (error) {
        if (!(error instanceof ContractViolation)) throw error; // transient: the batch comes again
        await this.deadLetter(source, error.reason);
      }
    }
    return contracts;
  }

  /**
   * Each contract's inbox row and the handler's effect, all in one transaction, retried while the database is
   * unreachable; how many were new (the rest were redeliveries the inbox already held).
   */
  private async applyOnce(contracts: { message: IntegrationMessage; source: IncomingMessage }[], stillMine: () => Promise<void>): Promise<number> {
    const backoff = new Backoff({ initialMs: this.options.retryDelayMs ?? 100, maxMs: this.options.maxRetryDelayMs ?? 5_000 });
    for (;;) {
      try {
        const applied = await this.dataSource.transaction(async (manager) => {
          let count = 0;
          for (const { message, source } of contracts) {
            if (!(await enterInbox(manager, this.handler.name, message, source))) continue;
            await this.handler.handle(message, manager);
            count++;
          }
          return count;
        });
        this.outage.recovered();
        return applied;
      } catch (error) {
        if (!isConnectionError(error) || this.stopping) throw error;
        this.counts.databaseRetries++;
        this.outage.failed(error);
        await this.sleeper.sleep(backoff.next());
        await stillMine(); // heartbeats; throws if the partition went to another member meanwhile
      }
    }
  }

  private async deadLetter(source: IncomingMessage, reason: string): Promise<void> {
    this.counts.deadLettered++;
    this.logger.warn(
      { consumer: this.handler.name, topic: source.topic, partition: source.partition, offset: source.offset, reason },
      'poison message dead-lettered',
    );
    await this.deadLetters!.send(deadLetterTopic(source.topic), [
      {
        key: source.key ?? 'unkeyed',
        value: source.value ?? '',
        headers: {
          reason,
          consumer: this.handler.name,
          'source-topic': source.topic,
          'source-partition': String(source.partition),
          'source-offset': source.offset,
        },
      },
    ]);
  }
}
