import { INestApplicationContext } from '@nestjs/common';
import { CONTEXTS } from './contexts';

/**
 * Each context's reference data (always), then its demo data (when asked), in the list's order: a context's demo may
 * use its own reference data (the action-card demo runs start from the starter library), and a later context's
 * reference data still comes after an earlier context's demo (the start policy covers only incidents from now on).
 */
export async function loadContextData(app: INestApplicationContext, databaseUrl: string, demo: boolean, log: (line: string) => void): Promise<void> {
  for (const context of CONTEXTS) {
    await context.reference?.({ app, databaseUrl, log });
    if (demo) await context.demo?.({ app, databaseUrl, log });
  }
}
