import { DATA_PROTECTION_PERSONAL_DATA } from './domain/data-protection.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { RETENTION_RULES_STREAM_ID } from './data-protection-streams';
import { dataProtectionProblems } from './data-protection-problems';
import { DataProtectionCommandsModule } from './data-protection-commands.module';
import { DataProtectionHttpModule } from './data-protection-http.module';
import { STARTER_RETENTION_RULES } from './domain/starter-retention-rules';
import { DataProtection1763860000170 } from './keys/data-protection.migration';
import { SubjectsProjection } from './read-models/subjects.projection';
import { RetentionWorkerModule } from './retention/retention.worker';

/** Personal data that can be erased: retention rules, legal holds, restriction, erasure and access requests. */
export const DATA_PROTECTION_CONTEXT: VigilContext = {
  name: 'data-protection',
  http: DataProtectionHttpModule,
  commands: DataProtectionCommandsModule,
  workers: [RetentionWorkerModule.forRoot()],
  projections: [new SubjectsProjection()],
  migrations: [DataProtection1763860000170],
  problems: [dataProtectionProblems],
  personalData: DATA_PROTECTION_PERSONAL_DATA,
  reference: async ({ log, openStore }) => {
    const store = openStore();
    try {
      if ((await store.streamRevision(RETENTION_RULES_STREAM_ID)) !== null) return;
      await store.appendToStream(
        RETENTION_RULES_STREAM_ID,
        [
          {
            id: deterministicUuid('retention-rules', 'starter'),
            type: 'data-protection.retention-rules-published.v1',
            data: { version: 1, rules: STARTER_RETENTION_RULES, reason: 'The starter rules: one period per type of record', publishedBy: 'SYS-REFERENCE' },
            metadata: { actor: 'SYS-REFERENCE', correlationId: deterministicUuid('retention-rules', 'starter') },
          },
        ],
        { expectedRevision: 'no-stream' },
      );
      log('Published the starter retention rules.');
    } finally {
      await store.close();
    }
  },
};
