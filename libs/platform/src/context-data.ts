import { INestApplicationContext } from '@nestjs/common';
import { ContextStart } from '@vigil/command-handling';
import { DATA_PROTECTION, DataProtectionRuntime } from '@vigil/data-protection';
import { PostgresEventStore } from '@vigil/event-store';
import { CONTEXTS } from './contexts';
import { protectedStore } from './data-protection/data-protection.wiring';

/**
 * Each context's reference data (always), then its demo data (when asked), in the list's order: a context's demo may
 * use its own reference data (the action-card demo runs start from the starter library), and a later context's
 * reference data still comes after an earlier context's demo (the start policy covers only incidents from now on).
 */
export async function loadContextData(app: INestApplicationContext, databaseUrl: string, demo: boolean, log: (line: string) => void): Promise<void> {
  const protect = protectedStore(app.get<DataProtectionRuntime>(DATA_PROTECTION));
  const start: ContextStart = { app, databaseUrl, log, openStore: (options) => protect(new PostgresEventStore({ ...options, connectionString: databaseUrl })) };
  for (const context of CONTEXTS) {
    await context.reference?.(start);
    if (demo) await context.demo?.(start);
  }
}
