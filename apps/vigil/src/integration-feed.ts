import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { VigilConfig } from '@vigil/config';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { INCIDENT_PUBLICATION } from '@vigil/incidents';
import { EventRelay, InboxConsumer, inProcessFeed, KafkajsMessageBus, prefixHandler, prefixPublication, topicSpecs } from '@vigil/messaging';
import { VigilMetrics } from '@vigil/platform';
import { Projection } from '@vigil/projections';
import { INCIDENT_FACTS_HANDLER } from '@vigil/statistics';
import { DataSource } from 'typeorm';

/** Without Kafka, the statistics service's handler is fed straight from the store as a projection. */
export function inProcessFeeds(config: VigilConfig): Projection[] {
  return config.KAFKA_BROKERS ? [] : [inProcessFeed(INCIDENT_PUBLICATION, INCIDENT_FACTS_HANDLER)];
}

const CONFIG = Symbol('VIGIL_CONFIG');

/** With KAFKA_BROKERS, the relay and the statistics consumer run inside the all-in-one process. */
@Injectable()
class KafkaFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('KafkaFeed');
  private bus: KafkajsMessageBus | null = null;
  private relay: EventRelay | null = null;
  private consumer: InboxConsumer | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: VigilConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Optional() private readonly metrics?: VigilMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const busLogger = {
      info: (f: object, m: string) => this.logger.log(m),
      warn: (f: object, m: string) => this.logger.warn(`${m} ${JSON.stringify(f)}`),
      error: (f: object, m: string) => this.logger.error(`${m} ${JSON.stringify(f)}`),
    };
    const prefix = this.config.KAFKA_TOPIC_PREFIX;
    const publication = prefixPublication(INCIDENT_PUBLICATION, prefix);
    const handler = prefixHandler(INCIDENT_FACTS_HANDLER, prefix);
    this.bus = new KafkajsMessageBus({
      brokers: this.config.KAFKA_BROKERS!.split(','),
      clientId: 'vigil',
      logger: busLogger,
      sessionTimeoutMs: this.config.KAFKA_SESSION_TIMEOUT_MS,
    });
    await this.bus.ensureTopics(topicSpecs([publication.topic], this.config.KAFKA_REPLICATION));
    this.relay = new EventRelay(this.store, this.dataSource, this.bus, publication, { logger: busLogger });
    this.relay.start();
    this.consumer = new InboxConsumer(this.bus, this.dataSource, handler, busLogger);
    await this.consumer.start();
    const consumer = this.consumer;
    this.metrics?.watchConsumer(handler.name, () => consumer.lag());
    this.logger.log(`Relaying to ${publication.topic}; statistics consumer group ${handler.name}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.consumer?.stop();
    await this.bus?.close();
  }
}

@Module({})
export class KafkaFeedModule {
  static forRoot(config: VigilConfig): DynamicModule {
    return { module: KafkaFeedModule, providers: config.KAFKA_BROKERS ? [{ provide: CONFIG, useValue: config }, KafkaFeed] : [] };
  }
}
