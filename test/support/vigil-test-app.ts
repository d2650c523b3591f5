import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { validateConfig } from '@vigil/config';
import request from 'supertest';
import { configureHttp } from '@vigil/platform';
import { VigilModule } from '../../apps/vigil/src/vigil.module';
import { createTestDatabase } from './test-database';
import { stopTestIssuer, TestIssuer, testIssuer } from '../shared/test-issuer';
import { Role } from '@vigil/identity';
import { rmSync } from 'node:fs';

import { proofScratch } from './proof-scratch';

export { proofScratch };

export const ACTOR = 'ST-E2E001';

let issuer: TestIssuer | null = null;

/** The Authorization header of a signed-in person (every role, national, unless narrowed), from the issuer the app trusts. */
export function signedIn(staffRef: string, roles?: readonly Role[], unit?: string): { Authorization: string } {
  if (!issuer) throw new Error('start the app (startVigil) before signing in');
  return issuer.signedIn(staffRef, roles, unit);
}

/** The whole system as `npm start` composes it, on a fresh database, with a clock the test sets. */
export async function startVigil(options: { oidcIssuer?: string; config?: Record<string, string> } = {}): Promise<{
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  databaseUrl: string;
  clock: { set(d: Date | null): void };
  close(): Promise<void>;
}> {
  issuer = await testIssuer();
  const database = await createTestDatabase('vigil_e2e');
  let now: Date | null = null;
  const scratch = proofScratch();
  const config = validateConfig({
    ...scratch.config,
    LOG_LEVEL: 'silent',
    VIGIL_BODY_LIMIT: '16kb',
    VIGIL_OIDC_ISSUER: options.oidcIssuer ?? issuer.url,
    // Suites send hundreds of commands as one person; the per-person limit has its own test.
    VIGIL_COMMANDS_PER_MINUTE: '100000',
    ...options.config,
  });
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
      await stopTestIssuer();
      rmSync(scratch.dir, { recursive: true, force: true });
    },
  };
}

/** Polls until the read model shows what the command wrote (projections are asynchronous); generous, for a busy CI machine. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('read model did not catch up in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
