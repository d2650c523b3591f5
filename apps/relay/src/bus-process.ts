import { validateConfig, VigilConfig } from '@vigil/config';
import { KafkajsMessageBus } from '@vigil/messaging';
import pino, { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { boundHeapGrowth, MIGRATIONS } from '@vigil/platform';
import { POOL_GUARD } from '@vigil/postgres';

export interface BusProcess {
  readonly config: VigilConfig & { DATABASE_URL: string; KAFKA_BROKERS: string };
  readonly logger: Logger;
  readonly dataSource: DataSource;
  readonly bus: KafkajsMessageBus;
}

/**
 * What the relay and the consumer services share at start: validated settings (both are required:
 * these processes exist only where Kafka does), a logger, the database and the bus.
 */
export async function openBusProcess(name: string): Promise<BusProcess> {
  const config = validateConfig(process.env);
  boundHeapGrowth(config.VIGIL_HEAP_GROWING_PERCENT);
  const missing = (['DATABASE_URL', 'KAFKA_BROKERS'] as const).filter((key) => !config[key]);
  if (missing.length) throw new Error(`${name} needs ${missing.join(' and ')} (e.g. KAFKA_BROKERS=127.0.0.1:19092 from infra/kafka/kafka.sh start)`);
  const logger = pino({ name, level: config.LOG_LEVEL });
  const dataSource = await new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    extra: POOL_GUARD,
  }).initialize();
  if (config.VIGIL_RUN_MIGRATIONS) await dataSource.runMigrations();
  const bus = new KafkajsMessageBus({ brokers: config.KAFKA_BROKERS!.split(','), clientId: name, logger, sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS });
  return { config: config as BusProcess['config'], logger, dataSource, bus };
}

/** Stops cleanly on SIGTERM/SIGINT; a SIGKILL is what the fault tests are for. */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping');
    // A broker or database that does not answer must not keep the process from ending.
    setTimeout(() => {
      logger.error({ signal }, 'stop took over 15 s; exiting anyway');
      process.exit(1);
    }, 15_000).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: (error as Error).message }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
