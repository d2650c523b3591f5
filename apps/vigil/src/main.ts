import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { validateConfig } from '@vigil/config';
import { seedDemoData } from '@vigil/incidents';
import { loadStarterLibrary, seedActionCardDemoRuns } from '@vigil/action-cards';
import { seedCoerciveMeasureDemoData } from '@vigil/coercive-measures';
import { loadStarterPlans, seedCrisisReadinessDemoData } from '@vigil/crisis-readiness';
import { seedRiskDemoData } from '@vigil/risk-assessments';
import { resolveDatabase } from '@vigil/postgres';
import { Logger } from 'nestjs-pino';
import { configureHttp } from '../../api/src/configure-http';
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
  if (config.VIGIL_DEMO_DATA) {
    const seeded = await seedDemoData(database.url, (line) => console.log(line));
    if (seeded > 0) console.log(`Loaded ${seeded} demo incidents (a year across the four areas).`);
    const placements = await seedCoerciveMeasureDemoData(database.url, (line) => console.log(line));
    if (placements > 0) console.log(`Loaded ${placements} demo security-cell placements (see /coercive-measures/breaches).`);
    const riskCases = await seedRiskDemoData(database.url, (line) => console.log(line));
    if (riskCases > 0) console.log(`Loaded ${riskCases} demo risk cases (one with an overdue reassessment).`);
  }
  // After the demo year, so the start policy covers only incidents recorded from now on.
  await loadStarterLibrary(database.url, (line) => console.log(line));
  if (config.VIGIL_DEMO_DATA && (await seedActionCardDemoRuns(database.url)) > 0) console.log('Started demo action-card runs (see /action-card-board).');
  // After the action-card library, so the cards the plans name exist when activations start.
  await loadStarterPlans(database.url, (line) => console.log(line));
  if (config.VIGIL_DEMO_DATA) await seedCrisisReadinessDemoData(database.url, (line) => console.log(line));
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
