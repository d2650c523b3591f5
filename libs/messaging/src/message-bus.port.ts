/**
 * Our own small port over the message broker. kafkajs is what the user chose but it is no longer
 * actively maintained; everything else in Vigil sees only these types, so another client can replace it.
 */
export interface OutgoingMessage {
  /** Partition key: the source stream id, so one stream's messages keep their order. */
  readonly key: string;
  readonly value: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface IncomingMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  /** The partition's next offset when this message was fetched: how far behind the consumer is. */
  readonly highWatermark?: string;
}

export interface MessageProducer {
  /** Resolves only when every message is acknowledged by all in-sync replicas. */
  send(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * Handles one fetched batch. Call `processed(message)` after each message's effect is durable:
 * its offset may then be committed. Throwing stops the batch; unprocessed messages come again.
 * A handler that waits (for its database, say) calls `stillMine()` now and then: it keeps the
 * consumer in its group, and throws once the batch is no longer this consumer's (rebalanced, stopping).
 */
export type BatchHandler = (
  batch: readonly IncomingMessage[],
  processed: (message: IncomingMessage) => Promise<void>,
  stillMine: () => Promise<void>,
) => Promise<void>;

export interface MessageConsumer {
  run(handler: BatchHandler): Promise<void>;
  disconnect(): Promise<void>;
}

export interface TopicSpec {
  readonly topic: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly config?: Readonly<Record<string, string>>;
}

export interface MessageBus {
  producer(): Promise<MessageProducer>;
  consumer(groupId: string, topics: readonly string[]): Promise<MessageConsumer>;
  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  ensureTopics(specs: readonly TopicSpec[]): Promise<void>;
  close(): Promise<void>;
}
