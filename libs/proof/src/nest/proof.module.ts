import { isConnectionError, OutageLog } from '@vigil/postgres';
import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, Provider, Type } from '@nestjs/common';
import { AccessLog } from '@vigil/actors';
import { KafkajsMessageBus, topicSpecs } from '@vigil/messaging';
import { DataSource } from 'typeorm';
import { loadSigner, ProofSettings } from '../checkpoint-key';
import { CheckpointSink, FileCheckpointSink, KafkaCheckpointSink } from '../checkpoint-sinks';
import { Checkpointer, CheckpointRefused } from '../checkpointer';
import { catchUp, sqlOf, treeSize } from '../proof-log';
import { StoreCheck } from '../store-check';
import { ProofController } from './proof.controller';
import { OWN_STREAM_ONLY, RECORD_STREAMS, RecordStreams } from './record-streams';

export const PROOF_SETTINGS = Symbol('PROOF_SETTINGS');

/** The sinks beside the file sink: the checkpoint topic when Kafka is configured (`<prefix>vigil.checkpoints`), else none. */
export function checkpointSinks(settings: ProofSettings): CheckpointSink[] {
  if (!settings.kafkaBrokers) return [];
  const logger = new Logger('CheckpointTopic');
  const bus = new KafkajsMessageBus({
    brokers: settings.kafkaBrokers.split(','),
    clientId: 'vigil-checkpoints',
    logger: {
      info: (_f: object, m: string) => logger.log(m),
      warn: (f: object, m: string) => logger.warn(`${m} ${JSON.stringify(f)}`),
      error: (f: object, m: string) => logger.error(`${m} ${JSON.stringify(f)}`),
    },
  });
  const topic = `${settings.kafkaTopicPrefix}vigil.checkpoints`;
  return [new KafkaCheckpointSink(bus, topic, () => bus.ensureTopics(topicSpecs([topic], settings.kafkaReplication, 1)))];
}

const checkpointerProvider: Provider = {
  provide: Checkpointer,
  inject: [DataSource, PROOF_SETTINGS],
  useFactory: (dataSource: DataSource, settings: ProofSettings) => {
    const signer = loadSigner(settings.keyFile, settings.origin, settings.generateKey, (path) =>
      new Logger('Checkpoints').warn(`Generated a checkpoint signing key at ${path}: move it out of reach of database administrators (see the README)`),
    );
    return new Checkpointer(dataSource, signer, settings.origin, new FileCheckpointSink(settings.checkpointDir), checkpointSinks(settings));
  },
};

/** The API's proof routes (and on-demand checkpoints for bundles). */
@Module({})
export class ProofModule {
  static forRoot(settings: ProofSettings, recordStreams?: Type<RecordStreams>): DynamicModule {
    return {
      module: ProofModule,
      controllers: [ProofController],
      providers: [
        { provide: PROOF_SETTINGS, useValue: settings },
        checkpointerProvider,
        {
          provide: StoreCheck,
          inject: [DataSource, Checkpointer],
          useFactory: (dataSource: DataSource, checkpointer: Checkpointer) => new StoreCheck(dataSource, checkpointer),
        },
        AccessLog,
        recordStreams ? { provide: RECORD_STREAMS, useClass: recordStreams } : { provide: RECORD_STREAMS, useValue: OWN_STREAM_ONLY },
      ],
    };
  }
}

/** Keeps the tree up to date with the log and signs a checkpoint every N events or T seconds (while there are new events). */
@Injectable()
export class CheckpointWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CheckpointWorker');
  // A database restart is two lines (down, back), not one per second of retries.
  private readonly outage = new OutageLog('Checkpoints: the database', this.logger);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastSignedAt = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpointer: Checkpointer,
    @Inject(PROOF_SETTINGS) private readonly settings: ProofSettings,
  ) {}

  onApplicationBootstrap(): void {
    const every = Math.min(1000, this.settings.everySeconds * 1000);
    this.timer = setInterval(() => (this.running ??= this.tick().finally(() => (this.running = null))), every);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async tick(): Promise<void> {
    try {
      await catchUp(this.dataSource);
      const size = await treeSize(sqlOf(this.dataSource));
      const latest = await this.checkpointer.latestPublished();
      const pending = size - (latest?.checkpoint.size ?? 0);
      const due = pending >= this.settings.everyEvents || (pending > 0 && Date.now() - this.lastSignedAt >= this.settings.everySeconds * 1000);
      this.outage.recovered();
      if (!due && pending >= 0) return;
      const result = await this.checkpointer.checkpoint();
      this.lastSignedAt = Date.now();
      if (result?.created) this.logger.log(`Signed checkpoint ${result.note.checkpoint.size}`);
      this.outage.recovered();
    } catch (error) {
      if (error instanceof CheckpointRefused) this.logger.error(`CHECKPOINT REFUSED: ${error.message}`);
      else if (isConnectionError(error)) this.outage.failed(error);
      else this.logger.warn(`Checkpointing failed, will retry: ${(error as Error).message}`);
    }
  }
}

@Module({})
export class ProofWorkerModule {
  static forRoot(settings: ProofSettings): DynamicModule {
    return {
      module: ProofWorkerModule,
      providers: [{ provide: PROOF_SETTINGS, useValue: settings }, checkpointerProvider, CheckpointWorker],
    };
  }
}
