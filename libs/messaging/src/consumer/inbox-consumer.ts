import { ContractViolation, IntegrationMessage, parseIntegrationMessage } from '@vigil/integration-contracts';
import { DataSource } from 'typeorm';
import { BusLogger } from '../kafkajs/kafkajs-log';
import { IncomingMessage, MessageBus, MessageConsumer, MessageProducer } from '../message-bus.port';
import { deadLetterTopic } from '../topics';
import { ContractHandler } from './contract-handler';
import { enterInbox } from './inbox';

export interface ConsumerCounts {
  received: number;
  applied: number;
  redelivered: number;
  deadLettered: number;
}

/**
 * Runs a ContractHandler in its consumer group: each message is parsed, deduplicated through the
 * inbox and applied in one transaction, and only then may its offset be committed. A poison
 * message goes to the topic's dead letters with the reason, and the partition moves on.
 */
export class InboxConsumer {
  readonly counts: ConsumerCounts = { received: 0, applied: 0, redelivered: 0, deadLettered: 0 };
  private consumer: MessageConsumer | null = null;
  private deadLetters: MessageProducer | null = null;

  constructor(
    private readonly bus: MessageBus,
    private readonly dataSource: DataSource,
    readonly handler: ContractHandler,
    private readonly logger: BusLogger,
  ) {}

  async start(): Promise<void> {
    this.deadLetters = await this.bus.producer();
    this.consumer = await this.bus.consumer(this.handler.name, this.handler.topics);
    await this.consumer.run(async (batch, processed) => {
      for (const message of batch) {
        await this.process(message);
        await processed(message);
      }
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.deadLetters?.disconnect();
  }

  private async process(source: IncomingMessage): Promise<void> {
    this.counts.received++;
    let message: IntegrationMessage;
    try {
      message = parseIntegrationMessage(source.value);
      const applied = await this.dataSource.transaction(async (manager) => {
        if (!(await enterInbox(manager, this.handler.name, message, source))) return false;
        await this.handler.handle(message, manager);
        return true;
      });
      if (applied) this.counts.applied++;
      else this.counts.redelivered++;
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error; // transient: the batch comes again
      await this.deadLetter(source, error.reason);
    }
  }

  private async deadLetter(source: IncomingMessage, reason: string): Promise<void> {
    this.counts.deadLettered++;
    this.logger.warn({ consumer: this.handler.name, topic: source.topic, partition: source.partition, offset: source.offset, reason }, 'poison message dead-lettered');
    await this.deadLetters!.send(deadLetterTopic(source.topic), [
      {
        key: source.key ?? 'unkeyed',
        value: source.value ?? '',
        headers: { reason, consumer: this.handler.name, 'source-topic': source.topic, 'source-partition': String(source.partition), 'source-offset': source.offset },
      },
    ]);
  }
}
