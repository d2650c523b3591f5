import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { validateConfig } from '@vigil/config';
import { boundHeapGrowth, configureHttp, loadContextData } from '@vigil/platform';
import { resolveDatabase } from '@vigil/postgres';
import { mountDemoProvider, prepareDemoProvider, publicBaseUrl } from '@vigil/web-sign-in';
import { Logger } from 'nestjs-pino';
import { startBanner } from './start-banner';
import { VigilModule } from './vigil.module';

/**
 * `npm start`: everything in one process. Without DATABASE_URL an embedded PostgreSQL starts
 * under VIGIL_DATA_DIR and keeps its data across restarts; demo data loads into an empty store.
 */
async function main(): Promise<void> {
  const config = validateConfig({ VIGIL_DEMO_DATA: 'true', ...process.env });
  boundHeapGrowth(config.VIGIL_HEAP_GROWING_PERCENT);
  // Without VIGIL_OIDC_ISSUER, people sign in at a demo OpenID provider under /oidc of this process; its keys (and the
  // pages' client secret) are kept in VIGIL_DATA_DIR, so a restart keeps everyone signed in.
  const demo = config.VIGIL_OIDC_ISSUER ? null : prepareDemoProvider(config);
  if (demo) config.VIGIL_OIDC_CLIENT_SECRET = demo.secrets.webClientSecret;
  const database = await resolveDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.VIGIL_DATA_DIR, embeddedPort: config.VIGIL_EMBEDDED_PG_PORT });
  const app = await NestFactory.create(VigilModule.forRoot(config, database.url), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  if (demo) await mountDemoProvider(app, demo); // before configureHttp: its token endpoint takes form posts
  configureHttp(app, config.VIGIL_BODY_LIMIT);
  // Start-up data goes in before init starts the projections and workflows: they then catch up on the demo year in
  // pages instead of competing with its 2,300 appends one event at a time (the first start answered in 18 s, now 10).
  // The loaders write through the event store (they need the migrations, which ran in create), not the CommandBus.
  await loadContextData(app, database.url, config.VIGIL_DEMO_DATA, (line) => console.log(line));
  await app.init();
  await app.listen(config.PORT, config.HOST);
  console.log(startBanner(publicBaseUrl(config), { embedded: database.embedded, dataDir: config.VIGIL_DATA_DIR, demoSignIn: demo !== null }));
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
