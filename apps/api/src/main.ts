import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { validateConfig } from '@vigil/config';
import { Logger } from 'nestjs-pino';
import { ApiModule, boundHeapGrowth, configureHttp } from '@vigil/platform';

/** The HTTP API alone, against a given DATABASE_URL (projections run in the worker). */
async function main(): Promise<void> {
  const config = validateConfig(process.env);
  boundHeapGrowth(config.VIGIL_HEAP_GROWING_PERCENT);
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the API app; `npm start` runs everything on an embedded PostgreSQL');
  const app = await NestFactory.create(ApiModule.forRoot(config, config.DATABASE_URL), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app, config.VIGIL_BODY_LIMIT);
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
