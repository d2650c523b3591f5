import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { validateConfig } from '@vigil/config';
import { configureHttp, loadContextData } from '@vigil/platform';
import { resolveDatabase } from '@vigil/postgres';
import { Logger } from 'nestjs-pino';
import { VigilModule } from './vigil.module';

/**
 * `npm start`: everything in one process. Without DATABASE_URL an embedded PostgreSQL starts
 * under VIGIL_DATA_DIR and keeps its data across restarts; demo data loads into an empty store.
 */
async function main(): Promise<void> {
  const config = validateConfig({ VIGIL_DEMO_DATA: 'true', ...process.env });
  const database = await resolveDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.VIGIL_DATA_DIR, embeddedPort: config.VIGIL_EMBEDDED_PG_PORT });
  const app = await NestFactory.create(VigilModule.forRoot(config, database.url), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app, config.VIGIL_BODY_LIMIT);
  await app.init();
  await loadContextData(app, database.url, config.VIGIL_DEMO_DATA, (line) => console.log(line));
  await app.listen(config.PORT, config.HOST);
  const base = `http://${config.HOST}:${config.PORT}`;
  console.log(
    [
      '',
      `Vigil is running on ${database.embedded ? 'an embedded PostgreSQL (data in ' + config.VIGIL_DATA_DIR + '/postgres)' : 'DATABASE_URL'}.`,
      `  Coordinator:    ${base}/coordinator   (action-card board; give a staff reference such as ST-DEMO01)`,
      `  Crisis board:   ${base}/crisis`,
      `  Incident list:  ${base}/incidents?area=hovedstaden   (send header X-Vigil-Actor: ST-DEMO01)`,
      `  API docs:       ${base}/api/docs`,
      `  Health:         ${base}/health`,
      'Stop with Ctrl+C.',
    ].join('\n'),
  );
  const shutdown = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
