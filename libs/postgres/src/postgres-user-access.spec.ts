import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPostgresUserCanReach, foldersBlocking, OsUser } from './postgres-user-access';

/** A clone in a home folder others cannot enter (mode 700), as root's is in a container. */
describe('whether the postgres OS user can reach the binaries and the cluster', () => {
  let home: string;
  let binary: string;
  // Someone else than whoever runs the test (root or not): "others" to the folders made here.
  const postgres: OsUser = { name: 'postgres', uid: (process.getuid?.() ?? 1000) + 54321, gid: (process.getgid?.() ?? 1000) + 54321 };

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'vigil-home-'));
    mkdirSync(join(home, 'vigil/node_modules/bin'), { recursive: true });
    binary = join(home, 'vigil/node_modules/bin/initdb');
    writeFileSync(binary, '', { mode: 0o755 });
  });
  afterEach(() => {
    chmodSync(home, 0o700);
    rmSync(home, { recursive: true, force: true });
  });

  it('names the folder it cannot pass through, and says what to do', () => {
    chmodSync(home, 0o700);
    expect(foldersBlocking([binary, join(home, 'vigil/.data/postgres/pgdata')], postgres).map((b) => b.folder)).toEqual([home]);
    const message = (() => {
      try {
        assertPostgresUserCanReach([binary], postgres);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    })();
    expect(message).toContain(`cannot pass through ${home} (rwx------`);
    expect(message).toContain(`chmod o+x ${home}\n`);
    expect(message).toMatch(/user other than root/);
    expect(message).toMatch(/DATABASE_URL/);
  });

  it('lets it start when others may pass through (o+x, not listing)', () => {
    chmodSync(home, 0o711);
    expect(foldersBlocking([binary], postgres)).toEqual([]);
    expect(() => assertPostgresUserCanReach([binary], postgres)).not.toThrow();
  });

  it('goes by the owner bits for the folder its owner, and never blocks root', () => {
    chmodSync(home, 0o700);
    expect(foldersBlocking([binary], { name: 'owner', uid: process.getuid?.() ?? 0, gid: -1 })).toEqual([]);
    expect(foldersBlocking([binary], { name: 'root', uid: 0, gid: 0 })).toEqual([]);
  });
});
