import { lockStatistics, reprojectDefinition } from '@vigil/statistics';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dropDefinition, expectedCounted, insertDefinition } from './statistics-fill';
import { loggedManager, QueryLog } from './statistics-figures';

/** The steps of reprojectDefinition, named by the statement that ran. */
const PHASES: [string, RegExp][] = [
  ['INSERT … SELECT', /^\s*INSERT INTO/],
  ['index on occurred_on', /^\s*CREATE INDEX \S+_period/],
  ['partial index on open', /^\s*CREATE INDEX \S+_open/],
  ['ATTACH', /ATTACH PARTITION/],
  ['ANALYZE', /^\s*ANALYZE/],
  ['count of incidents', /count\(/],
];
export const PHASE_NAMES = [...PHASES.map(([name]) => name), 'rest (create, lock, commit)'];

export interface ReprojectRep {
  readonly seconds: number;
  /** Seconds per PHASE_NAMES entry. */
  readonly phases: number[];
  readonly readSeconds: number;
  readonly copySeconds: number;
}

/** The plain sequential read of the same fact versions: every row, one column summed. */
export const PLAIN_READ_SQL = 'SELECT count(*)::bigint AS n, sum(exposed_staff)::bigint AS staff FROM statistics_incident_versions';
/** The write floor: the same rows copied into a table shaped like a partition, no join, no time zone, no index. */
const COPY_SQL = `INSERT INTO bench_copy SELECT 0, id, incident_id, valid_from, valid_to, occurred_at::date, area, institution_id, kind, target, 1,
  occurred_at::date, series_id FROM statistics_incident_versions`;

/** A plain read of every version; checks the count. */
export async function plainRead(dataSource: DataSource, versions: number): Promise<number> {
  const started = performance.now();
  const [row]: { n: string }[] = await dataSource.query(PLAIN_READ_SQL);
  const seconds = (performance.now() - started) / 1000;
  if (Number(row.n) !== versions) throw new Error(`plain read saw ${row.n} versions, expected ${versions}`);
  return seconds;
}

/** Copies every version into a fresh table shaped like a contributions partition (then drops it). */
export async function plainCopy(dataSource: DataSource, setup: Client): Promise<number> {
  await setup.query('DROP TABLE IF EXISTS bench_copy');
  await setup.query('CREATE TABLE bench_copy (LIKE statistics_contributions)');
  await setup.query('CHECKPOINT');
  const started = performance.now();
  await dataSource.transaction((manager) => manager.query(COPY_SQL));
  const seconds = (performance.now() - started) / 1000;
  await setup.query('DROP TABLE bench_copy');
  return seconds;
}

/**
 * One re-projection as publishing a definition runs it: a fresh definition row, then in one
 * transaction the statistics lock and reprojectDefinition, timed to the commit; the count it
 * returns is checked against the versions table. The definition and its partition are dropped after.
 */
export async function timedReprojection(dataSource: DataSource, setup: Client, id: number): Promise<Omit<ReprojectRep, 'readSeconds' | 'copySeconds'>> {
  const expected = await expectedCounted(setup);
  await insertDefinition(setup, id, id);
  await setup.query('CHECKPOINT');
  const log: QueryLog[] = [];
  const started = performance.now();
  const counted = await dataSource.transaction(async (manager) => {
    await lockStatistics(manager);
    return reprojectDefinition(loggedManager(manager, log), id);
  });
  const seconds = (performance.now() - started) / 1000;
  await setup.query('UPDATE statistics_definitions SET incidents_counted = $2, reprojected_ms = $3 WHERE id = $1', [id, counted, Math.round(seconds * 1000)]);
  if (counted !== expected) throw new Error(`reprojectDefinition counted ${counted} incidents, expected ${expected}`);
  const phases = PHASES.map(([, pattern]) => log.filter((q) => pattern.test(q.sql)).reduce((total, q) => total + q.ms / 1000, 0));
  phases.push(seconds - phases.reduce((a, b) => a + b, 0));
  await dropDefinition(setup, id);
  return { seconds, phases };
}
