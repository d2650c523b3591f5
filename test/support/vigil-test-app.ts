import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { validateConfig } from '@vigil/config';
import request from 'supertest';
import { configureHttp } from '@vigil/platform';
import { VigilModule } from '../../apps/vigil/src/vigil.module';
import { createTestDatabase } from './test-database';

export const ACTOR = 'ST-E2E001';

/** The whole system as `npm start` composes it, on a fresh database, with a clock the test sets. */
export async function startVigil(): Promise<{
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  databaseUrl: string;
  clock: { set(d: Date | null): void };
  close(): Promise<void>;
}> {
  const database = await createTestDatabase('vigil_e2e');
  let now: Date | null = null;
  const config = validateConfig({ LOG_LEVEL: 'silent', VIGIL_BODY_LIMIT: '16kb' });
  const moduleRef = await Test.createTestingModule({ imports: [VigilModule.forRoot(config, database.url, { now: () => now ?? new Date() })] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  configureHttp(app, config.VIGIL_BODY_LIMIT);
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    databaseUrl: database.url,
    clock: { set: (d) => (now = d) },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Polls until the read model shows what the command wrote (projections are asynchronous). */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('read model did not catch up in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
