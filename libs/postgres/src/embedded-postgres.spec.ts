import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runningClusterPort } from './embedded-postgres';

/** `npm run cli` with only VIGIL_DATA_DIR finds the server `npm start` runs, on whatever port it was given. */
describe('the running cluster of a data directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-pgdata-'));
    mkdirSync(dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // PostgreSQL's postmaster.pid: pid, data directory, start time, port, socket directory, listen address, shared memory key, status.
  const pidFile = (pid: number, port: number) =>
    writeFileSync(join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1796474000\n${port}\n/tmp\n127.0.0.1\n  1234567  12\nready   \n`);

  it('is found on the port in its postmaster.pid while that process lives', () => {
    pidFile(process.pid, 55123);
    expect(runningClusterPort(dir)).toBe(55123);
  });

  it('is none when the process that wrote it is gone (a crash leaves the file behind)', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    pidFile(gone, 55123);
    expect(runningClusterPort(dir)).toBeNull();
  });

  it('is none without a postmaster.pid, or with one it cannot read', () => {
    expect(runningClusterPort(dir)).toBeNull();
    writeFileSync(join(dir, 'postmaster.pid'), 'garbage');
    expect(runningClusterPort(dir)).toBeNull();
  });
});
