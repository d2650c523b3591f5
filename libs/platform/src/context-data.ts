import { INestApplicationContext } from '@nestjs/common';
import { CONTEXTS } from './contexts';

/** Each context's reference data (always) and demo data (when asked), in the list's order. */
export async function loadContextData(app: INestApplicationContext, databaseUrl: string, demo: boolean, log: (line: string) => void): Promise<void> {
  for (const context of CONTEXTS) {
    if (demo) await context.demo?.({ app, databaseUrl, log });
    await context.reference?.({ app, databaseUrl, log });
  }
}
