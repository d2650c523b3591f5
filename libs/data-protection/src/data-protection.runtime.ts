import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { PersonalDataMap } from '@vigil/event-sourcing';
import { Pool } from 'pg';
import { KeyEncryptionKey } from './keys/key-encryption-key';
import { SubjectKeyVault } from './keys/subject-key-vault';
import { Revealer } from './sealing/revealer';
import { POOL_GUARD } from '@vigil/postgres';

/** What the apps share of data protection: the key vault, the revealer, and every context's personal-data declarations. */
export interface DataProtectionRuntime {
  readonly vault: SubjectKeyVault;
  readonly revealer: Revealer;
  readonly declarations: PersonalDataMap;
}

export const DATA_PROTECTION = Symbol('DATA_PROTECTION');

/**
 * The vault on a small pool of its own (keys are read once per answer and cached). Its commits do not wait for the disk:
 * a new key reaches it with the first event sealed under it (WAL is flushed in order), a key lost in a crash before
 * that sealed nothing, and an erasure or restriction lost so is applied again by the subjects projection.
 */
export function vaultPool(databaseUrl: string): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: 4, options: '-c synchronous_commit=off', ...POOL_GUARD });
  pool.on('error', () => undefined); // an idle client lost with the database surfaces on its next query, not as a crash
  return pool;
}

export function dataProtectionRuntime(databaseUrl: string, kek: KeyEncryptionKey, declarations: PersonalDataMap): DataProtectionRuntime {
  const vault = new SubjectKeyVault(vaultPool(databaseUrl), kek);
  return { vault, revealer: new Revealer(vault), declarations };
}

/** Provides the runtime app-wide, and closes its pool when the app stops. */
@Global()
@Module({})
export class DataProtectionKernelModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_PROTECTION) private readonly runtime: DataProtectionRuntime) {}

  static forRoot(runtime: DataProtectionRuntime): DynamicModule {
    return { module: DataProtectionKernelModule, providers: [{ provide: DATA_PROTECTION, useValue: runtime }], exports: [DATA_PROTECTION] };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.vault.close();
  }
}
