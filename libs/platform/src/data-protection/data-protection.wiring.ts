import { Logger } from '@nestjs/common';
import { DataProtectionRuntime, dataProtectionRuntime, kekFileOf, loadKeyEncryptionKey, ProtectedEventStore } from '@vigil/data-protection';
import { EventStore } from '@vigil/event-store';
import { PERSONAL_DATA } from '../contexts';

/** The key-encryption key from VIGIL_KEK_FILE, or one generated under VIGIL_DATA_DIR/keys (npm start's default). */
export function protectionFor(config: { VIGIL_KEK_FILE?: string; VIGIL_DATA_DIR: string }, databaseUrl: string): DataProtectionRuntime {
  const kek = loadKeyEncryptionKey(kekFileOf(config), !config.VIGIL_KEK_FILE, (path) =>
    new Logger('DataProtection').warn(`Generated a key-encryption key at ${path}: keep it (and a copy) away from the database's administrators`),
  );
  return dataProtectionRuntime(databaseUrl, kek, PERSONAL_DATA);
}

/** The store commands append through: personal texts sealed on the way in. */
export function protectedStore(runtime: DataProtectionRuntime): (store: EventStore) => EventStore {
  return (store) => new ProtectedEventStore(store, runtime.vault, runtime.declarations);
}
