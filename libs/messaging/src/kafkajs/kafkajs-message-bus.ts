import { IHeaders, Kafka, Partitioners } from 'kafkajs';
import { BatchHandler, IncomingMessage, MessageBus, MessageConsumer, MessageProducer, OutgoingMessage, TopicSpec } from '../message-bus.port';
import { BusLogger, consoleBusLogger, kafkajsLogCreator } from './kafkajs-log';

export interface KafkajsBusOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger?: BusLogger;
  /** How long a silent consumer keeps its partitions before the group moves them (kafkajs default 30 s). */
  readonly sessionTimeoutMs?: number;
}

/** The message-bus port over kafkajs: the only file in Vigil that knows kafkajs's API. */
export class KafkajsMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly open = new Set<{ disconnect(): Promise<void> }>();

  constructor(private readonly options: KafkajsBusOptions) {
    this.kafka = new Kafka({
      brokers: [...options.brokers],
      clientId: options.clientId,
      logCreator: kafkajsLogCreator(options.logger ?? consoleBusLogger),
      retry: { initialRetryTime: 300, maxRetryTime: 5_000, retries: 8 },
    });
  }

  async producer(): Promise<MessageProducer> {
    // Idempotent (one in flight): broker retries neither duplicate nor reorder a partition.
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const handle: MessageProducer = {
      send: async (topic: string, messages: readonly OutgoingMessage[]) => {
        // kafkajs only reads the messages (partitions, encodes), so they go as they are, headers uncopied.
        await producer.send({ topic, acks: -1, messages: messages as OutgoingMessage[] });
      },
      disconnect: async () => {
        this.open.delete(handle);
        await producer.disconnect();
      },
    };
    this.open.add(handle);
    return handle;
  }

  async consumer(groupId: string, topics: readonly string[]): Promise<MessageConsumer> {
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout,
      heartbeatInterval: Math.floor(sessionTimeout / 10),
      retry: { retries: 8, restartOnFailure: async () => true },
      allowAutoTopicCreation: false,
    });
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
    const handle: MessageConsumer = {
      run: (handler: BatchHandler) =>
        consumer.run({
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
            const messages: IncomingMessage[] = batch.messages.map((m) => ({
              topic: batch.topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key ? m.key.toString() : null,
              value: m.value,
              headers: headersOf(m.headers),
              highWatermark: batch.highWatermark,
            }));
            const stillMine = async () => {
              if (!isRunning() || isStale()) throw new Error('consumer rebalanced or stopping: batch abandoned');
              await heartbeat();
            };
            await handler(
              messages,
              async (message) => {
                if (!isRunning() || isStale()) throw new Error('consumer rebalanced or stopping: batch abandoned');
                resolveOffset(message.offset);
                await heartbeat();
              },
              stillMine,
            );
            await commitOffsetsIfNecessary();
          },
        }),
      disconnect: async () => {
        this.open.delete(handle);
        await consumer.disconnect();
      },
    };
    this.open.add(handle);
    return handle;
  }

  /**
   * Creates the missing topics. A busy broker may not have elected their leaders within kafkajs's
   * own retries, and two processes starting together may race to create the same topic; both are
   * passing states, so the whole check is tried again (bounded) rather than failing the start.
   */
  async ensureTopics(specs: readonly TopicSpec[], timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.createMissingTopics(specs);
      } catch (error) {
        if (Date.now() > deadline) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        (this.options.logger ?? consoleBusLogger).warn({ attempt, reason }, 'topics not ready yet; trying again');
        await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 5_000)));
      }
    }
  }

  private async createMissingTopics(specs: readonly TopicSpec[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = specs.filter((s) => !existing.has(s.topic));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: s.topic,
          numPartitions: s.partitions,
          replicationFactor: s.replicationFactor,
          configEntries: Object.entries(s.config ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.open].map((h) => h.disconnect()));
  }
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    out[name] = (Array.isArray(value) ? value[0] : value).toString();
  }
  return out;
}
