import { Command } from 'commander';
import { validateConfig } from '@vigil/config';
import { kekFileOf, loadKeyEncryptionKey, SubjectKeyVault, vaultPool } from '@vigil/data-protection';
import { existsSync } from 'node:fs';
import { openContext } from './cli-context';

/**
 * `rotate-kek --new <file>`: re-wraps every record's data key under a new key-encryption key. Run it with the apps
 * stopped, then point VIGIL_KEK_FILE at the new file, start them, and destroy the old file (and its copies): the keys
 * erased before the rotation, still readable in old row versions, WAL and backups, are then unopenable for good.
 */
export function registerDataProtectionCommands(program: Command): void {
  program
    .command('rotate-kek')
    .description("re-wrap every record's data key under a new key-encryption key (makes earlier erasures final once the old key file is destroyed)")
    .requiredOption('--new <file>', 'the new key file (32 random bytes, base64); made here when it does not exist')
    .action(async (options: { new: string }) => {
      const config = validateConfig(process.env);
      const currentFile = kekFileOf(config);
      if (!existsSync(currentFile)) throw new Error(`The current key-encryption key ${currentFile} does not exist (VIGIL_KEK_FILE)`);
      const current = loadKeyEncryptionKey(currentFile, false);
      const next = loadKeyEncryptionKey(options.new, true, (path) => console.log(`Made a new key-encryption key at ${path}`));
      if (next.id === current.id) throw new Error('The new key file holds the current key: give a new one');
      const context = await openContext();
      const pool = vaultPool((context.dataSource.options as { url: string }).url);
      try {
        const result = await new SubjectKeyVault(pool, current).rotateKeyEncryptionKey(next);
        console.log(`Re-wrapped ${result.rewrapped} data key(s) under key ${next.id}; ${result.erased} erased record(s) stay without one.`);
        console.log(`Now set VIGIL_KEK_FILE=${options.new}, start the apps, and destroy ${currentFile} and every copy of it.`);
      } finally {
        await pool.end();
        await context.close();
      }
    });
}
