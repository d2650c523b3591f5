import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { DefinitionRow } from '../../libs/statistics/src/figures/definitions.query';
import { endOfDay, FiguresRequest, figures } from '../../libs/statistics/src/figures/figures.query';
import { fmtCount } from './report-table';
import { FIRST_YEAR } from './statistics-fill';

/** The question: a year by month and every breakdown, as known now and as known on that year's cut-off day. */
export const FIGURES_YEAR = FIRST_YEAR + 3;
export const AS_KNOWN_ON = `${FIGURES_YEAR + 1}-04-01`;
const WARM_UP_RUNS = 5;

export interface QueryLog {
  readonly sql: string;
  readonly params: unknown[];
  readonly ms: number;
}

/** The figures query itself among what was logged (figures() first sets its work_mem). */
const selectOf = (log: QueryLog[]) => log.find((entry) => /^\s*(SELECT|WITH)/i.test(entry.sql))!;

/** The manager, with each query's text, parameters and time logged. */
export function loggedManager(manager: EntityManager, log: QueryLog[]): EntityManager {
  return new Proxy(manager, {
    get(target, property, receiver) {
      // figures() runs its query in a transaction (for its work_mem): the transaction's manager is logged too.
      if (property === 'transaction') return <T>(work: (tx: EntityManager) => Promise<T>) => target.transaction((tx) => work(loggedManager(tx, log)));
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return async (sql: string, params: unknown[] = []) => {
        const started = performance.now();
        try {
          return await target.query(sql, params);
        } finally {
          log.push({ sql, params, ms: performance.now() - started });
        }
      };
    },
  });
}

/**
 * Hash aggregation, as figures()' own plan has it: with accurate statistics the planner expects ~10× the
 * groups there are, fears the hash table outgrowing work_mem × hash_mem_multiplier, and sorts instead
 * (spilling to disk). A larger multiplier only lets it plan the hash table (which then takes ~3 MB).
 */
const HASH_AGGREGATION = 'SET LOCAL hash_mem_multiplier = 16';

const GROUPED = `SELECT to_char(occurred_on, 'YYYY-MM') AS period, area, coalesce(institution_id, 'off-duty') AS institution, kind, target,`;
const IN_YEARS = `WHERE occurred_on >= make_date($1, 1, 1) AND occurred_on < make_date($2 + 1, 1, 1) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;

/** The same question over flat tables without partitions: the rows the figures read, and one row per incident. */
export const FLAT_VERSIONS_SQL = `${GROUPED}
   coalesce(sum(weight) FILTER (WHERE valid_to IS NULL), 0)::int AS known_now,
   coalesce(sum(weight) FILTER (WHERE valid_from <= $3 AND (valid_to IS NULL OR valid_to > $3)), 0)::int AS known_on
  FROM bench_flat_versions ${IN_YEARS}`;
export const FLAT_INCIDENTS_SQL = `${GROUPED}
   sum(weight)::int AS known_now, coalesce(sum(weight) FILTER (WHERE registered_at <= $3), 0)::int AS known_on
  FROM bench_flat_incidents ${IN_YEARS}`;

/** Builds both flat tables from the definition's partition (setup only). */
export async function createFlatTables(client: Client, definitionId: number): Promise<{ versions: number; incidents: number }> {
  const partition = `statistics_contributions_d${definitionId}`;
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`CREATE TABLE bench_flat_versions AS
    SELECT version_id, incident_id, valid_from, valid_to, occurred_on, area, institution_id, kind, target, weight FROM ${partition}`);
  await client.query('CREATE INDEX bench_flat_versions_period ON bench_flat_versions (occurred_on)');
  await client.query(`CREATE TABLE bench_flat_incidents AS
    SELECT c.incident_id, c.occurred_on, c.area, c.institution_id, c.kind, c.target, c.weight, r.registered_at
      FROM ${partition} c
      JOIN (SELECT incident_id, min(valid_from) AS registered_at FROM statistics_incident_versions GROUP BY incident_id) r USING (incident_id)
     WHERE c.valid_to IS NULL`);
  await client.query('CREATE INDEX bench_flat_incidents_period ON bench_flat_incidents (occurred_on)');
  await client.query('RESET maintenance_work_mem');
  await client.query('VACUUM ANALYZE bench_flat_versions');
  await client.query('VACUUM ANALYZE bench_flat_incidents');
  const { rows } = await client.query<{ v: number; i: number }>(
    'SELECT (SELECT count(*) FROM bench_flat_versions)::int AS v, (SELECT count(*) FROM bench_flat_incidents)::int AS i',
  );
  return { versions: rows[0].v, incidents: rows[0].i };
}

/**
 * figures() alone, as the read endpoint calls it, `runs` times after two warm-up runs: right after a
 * re-projection, before the partition's first vacuum, its index-only scan still visits the heap for every row.
 */
export async function figuresAloneSamples(dataSource: DataSource, definition: DefinitionRow, runs: number): Promise<{ ms: number[]; plan: string }> {
  const request = figuresRequest();
  const ms: number[] = [];
  let log: QueryLog[] = [];
  for (let round = -2; round < runs; round++) {
    log = [];
    const started = performance.now();
    await figures(loggedManager(dataSource.manager, log), definition, request, new Date());
    if (round >= 0) ms.push(performance.now() - started);
  }
  return { ms, plan: await planSummary(dataSource, selectOf(log).sql, selectOf(log).params, true) };
}

const figuresRequest = (): FiguresRequest => ({
  from: FIGURES_YEAR,
  to: FIGURES_YEAR,
  period: 'month',
  by: ['area', 'institution', 'kind', 'target'],
  asKnownOn: endOfDay(AS_KNOWN_ON),
});

export interface FiguresSamples {
  /** figures() as the read endpoint calls it, rows shaped and empty periods filled (ms). */
  readonly figures: number[];
  /** Its one SQL query alone, as logged around the manager (ms). */
  readonly figuresSql: number[];
  /** The flat versions query as the planner plans it, and with hash aggregation like figures' own plan. */
  readonly flatVersions: number[];
  readonly flatVersionsHashed: number[];
  /** The flat incidents query with hash aggregation. */
  readonly flatIncidentsHashed: number[];
  readonly figureRows: number;
  readonly sqlRows: number;
  readonly totals: { readonly knownNow: number; readonly knownOn: number; readonly flatNow: number; readonly flatOn: number; readonly naiveOn: number };
  /** EXPLAIN ANALYZE of each query once, in a line. */
  readonly plans: { readonly figures: string; readonly flatVersions: string; readonly flatVersionsHashed: string; readonly flatIncidentsHashed: string };
}

type Rows = Record<string, number>[];

/** Warm-up, then `runs` rounds of figures() and the flat queries, interleaved. */
export async function figuresSamples(
  dataSource: DataSource,
  definition: DefinitionRow,
  runs: number,
  onRound: (round: number) => void,
): Promise<FiguresSamples> {
  const request = figuresRequest();
  const params = [FIGURES_YEAR, FIGURES_YEAR, request.asKnownOn];
  const hashed = (sql: string): Promise<Rows> =>
    dataSource.transaction(async (manager) => {
      await manager.query(HASH_AGGREGATION);
      return manager.query(sql, params);
    });
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, performance.now() - started];
  };
  const samples = {
    figures: [] as number[],
    figuresSql: [] as number[],
    flatVersions: [] as number[],
    flatVersionsHashed: [] as number[],
    flatIncidentsHashed: [] as number[],
  };
  let last: { rows: Awaited<ReturnType<typeof figures>>; log: QueryLog[]; flat: Rows; flatHashed: Rows; naive: Rows } | null = null;
  for (let round = -WARM_UP_RUNS; round < runs; round++) {
    if (round >= 0) onRound(round);
    const log: QueryLog[] = [];
    const [rows, figuresMs] = await timed(() => figures(loggedManager(dataSource.manager, log), definition, request, new Date()));
    const [flat, flatMs] = await timed((): Promise<Rows> => dataSource.query(FLAT_VERSIONS_SQL, params));
    const [flatHashed, flatHashedMs] = await timed(() => hashed(FLAT_VERSIONS_SQL));
    const [naive, naiveMs] = await timed(() => hashed(FLAT_INCIDENTS_SQL));
    if (round < 0) continue;
    samples.figures.push(figuresMs);
    samples.figuresSql.push(selectOf(log).ms);
    samples.flatVersions.push(flatMs);
    samples.flatVersionsHashed.push(flatHashedMs);
    samples.flatIncidentsHashed.push(naiveMs);
    last = { rows, log, flat, flatHashed, naive };
  }
  if (!last) throw new Error('no figures runs');
  const sum = (rows: readonly object[], key: string) => rows.reduce((total, row) => total + Number((row as Record<string, unknown>)[key] ?? 0), 0);
  const totals = {
    knownNow: sum(last.rows, 'knownNow'),
    knownOn: sum(last.rows, 'knownOn'),
    flatNow: sum(last.flat, 'known_now'),
    flatOn: sum(last.flat, 'known_on'),
    naiveOn: sum(last.naive, 'known_on'),
  };
  const agree = totals.knownNow === totals.flatNow && totals.knownOn === totals.flatOn && totals.knownNow === sum(last.naive, 'known_now');
  if (!agree || sum(last.flatHashed, 'known_on') !== totals.flatOn) throw new Error(`figures() and the flat tables disagree: ${JSON.stringify(totals)}`);
  const plans = {
    figures: await planSummary(dataSource, selectOf(last.log).sql, selectOf(last.log).params, true),
    flatVersions: await planSummary(dataSource, FLAT_VERSIONS_SQL, params, false),
    flatVersionsHashed: await planSummary(dataSource, FLAT_VERSIONS_SQL, params, true),
    flatIncidentsHashed: await planSummary(dataSource, FLAT_INCIDENTS_SQL, params, true),
  };
  return { ...samples, figureRows: last.rows.length, sqlRows: last.flat.length, totals, plans };
}

/** EXPLAIN ANALYZE of a query, in a line: its nodes (groups estimated and found, how it sorted, workers), times, and JIT's share. */
async function planSummary(dataSource: DataSource, sql: string, params: unknown[], hashed: boolean): Promise<string> {
  const [
    {
      'QUERY PLAN': [plan],
    },
  ] = await dataSource.transaction(async (manager) => {
    if (hashed) await manager.query(HASH_AGGREGATION);
    return manager.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  });
  const nodes: string[] = [];
  const walk = (node: Record<string, unknown>) => {
    const name = [node['Node Type'], node['Strategy'] && `(${String(node['Strategy'])})`, node['Relation Name'] && `on ${String(node['Relation Name'])}`]
      .filter(Boolean)
      .join(' ');
    const details = [
      node['Node Type'] === 'Aggregate' && `${fmtCount(Number(node['Plan Rows']))} groups estimated, ${fmtCount(Number(node['Actual Rows']))} found`,
      node['Sort Method'] && `${String(node['Sort Method'])}${node['Sort Space Type'] === 'Disk' ? ` ${String(node['Sort Space Used'])} kB on disk` : ''}`,
      node['Workers Launched'] !== undefined && `${String(node['Workers Launched'])} workers`,
      node['Heap Fetches'] !== undefined && `${fmtCount(Number(node['Heap Fetches']))} heap fetches`,
    ].filter(Boolean);
    nodes.push(details.length ? `${name} (${details.join(', ')})` : name);
    for (const child of (node['Plans'] as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(plan['Plan']);
  const jit = plan['JIT'] as { Timing?: { Total?: number } } | undefined;
  return [
    nodes.join(' → '),
    `execution ${Number(plan['Execution Time']).toFixed(0)} ms`,
    jit ? `JIT ${Number(jit.Timing?.Total ?? 0).toFixed(0)} ms of it` : 'no JIT',
  ].join('; ');
}
