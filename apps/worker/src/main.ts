import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { validateConfig } from '@vigil/config';
import { Logger } from 'nestjs-pino';
import { boundHeapGrowth, WorkerModule } from '@vigil/platform';

/** The projection worker alone, against a given DATABASE_URL. */
async function main(): Promise<void> {
  const config = validateConfig(process.env);
  boundHeapGrowth(config.VIGIL_HEAP_GROWING_PERCENT);
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the worker app; `npm start` runs everything on an embedded PostgreSQL');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, config.DATABASE_URL), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
