import { reprojectDefinition } from '@vigil/statistics';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BenchContext } from './bench-context';
import { createBenchDatabase } from './bench-database';
import { fmtCount, fmtMs, fmtReps, renderTable } from './report-table';
import { percentile } from './stats';
import { FillState, fillVersions, FIRST_YEAR, INSTITUTIONS, insertDefinition, migrateStatistics, VERSIONS_PER_INCIDENT, YEARS } from './statistics-fill';
import { AS_KNOWN_ON, createFlatTables, FIGURES_YEAR, figuresAloneSamples, FiguresSamples, figuresSamples } from './statistics-figures';
import { PHASE_NAMES, plainCopy, plainRead, ReprojectRep, timedReprojection } from './statistics-reproject';

export function statisticsSteps(ctx: Pick<BenchContext, 'config'>): number {
  return 3 + ctx.config.statsReprojectEvents.length * (1 + 2 * ctx.config.reps);
}

interface FiguresResult {
  readonly incidents: number;
  readonly versions: number;
  readonly contributions: number;
  readonly reprojectSeconds: number;
  readonly flat: { readonly versions: number; readonly incidents: number };
  readonly samples: FiguresSamples;
  /** figures() right after the re-projection, before the partition's first vacuum. */
  readonly unvacuumed: { readonly ms: number[]; readonly plan: string };
}

interface ReprojectResult {
  readonly versions: number;
  readonly incidents: number;
  readonly reps: ReprojectRep[];
}

/**
 * The statistics context at scale (8a, 8b): one year's figures as known on a day with every breakdown
 * over BENCH_STATS_INCIDENTS incidents, and re-projecting all history under a new definition version
 * at each of BENCH_STATS_REPROJECT_EVENTS fact versions, each beside a plain SQL baseline.
 */
export async function statisticsGroup(ctx: BenchContext): Promise<string[]> {
  const { config, progress } = ctx;
  const load = [loadavg()[0]];
  const database = await createBenchDatabase(ctx.server, 'bench_statistics', 'empty');
  const setup = new Client({ connectionString: database.url, options: '-c synchronous_commit=off' });
  let dataSource: DataSource | null = null;
  try {
    await setup.connect();
    setup.on('error', () => undefined);
    await migrateStatistics(setup);
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [] }).initialize();
    const ds = dataSource;

    // 8a: a year's figures as known on a day.
    const label = `statistics: ${fmtCount(config.statsIncidents)} incidents`;
    progress.step(`${label}, filling fact versions`);
    let state: FillState = await fillVersions(
      setup,
      { versions: 0, nextIncident: 1, spread: config.statsIncidents },
      { incidents: config.statsIncidents },
      (line) => progress.step(`${label}: ${line}`),
    );
    progress.tick();
    progress.step(`${label}: publishing a definition, re-projecting, building the flat tables`);
    const definition = await insertDefinition(setup, 1, 1);
    await setup.query('CHECKPOINT');
    const started = performance.now();
    await ds.transaction((manager) => reprojectDefinition(manager, definition.id));
    const reprojectSeconds = (performance.now() - started) / 1000;
    const flat = await createFlatTables(setup, definition.id);
    const { rows: partition } = await setup.query<{ n: number }>(`SELECT count(*)::int AS n FROM statistics_contributions_d${definition.id}`);
    const unvacuumedRuns = Math.max(10, Math.round(config.statsFigureRuns / 5));
    progress.step(`${label}: figures before the partition's first vacuum, ${unvacuumedRuns} runs`);
    const unvacuumed = await figuresAloneSamples(ds, definition, unvacuumedRuns);
    // What autovacuum does soon after a re-projection (every row is an insert; this server may run without it).
    await setup.query(`VACUUM statistics_contributions_d${definition.id}`);
    progress.tick();
    progress.step(`${label}: figures, ${config.statsFigureRuns} runs`);
    const samples = await figuresSamples(ds, definition, config.statsFigureRuns, (round) => {
      if (round % 10 === 0) progress.step(`${label}: figures, run ${round + 1}/${config.statsFigureRuns}`);
    });
    progress.tick();
    load.push(loadavg()[0]);
    const figuresResult = {
      incidents: config.statsIncidents,
      versions: state.versions,
      contributions: partition[0].n,
      reprojectSeconds,
      flat,
      samples,
      unvacuumed,
    };
    // Printed now: 8b takes long, and its failure should not lose 8a.
    progress.print(figuresTable(figuresResult, await serverLine(setup, load)));

    // 8b: re-projecting all history under a new definition version, from an empty versions table.
    await setup.query('DROP TABLE bench_flat_versions, bench_flat_incidents');
    await setup.query(`DROP TABLE statistics_contributions_d${definition.id}`);
    await setup.query('DELETE FROM statistics_definitions');
    await setup.query('TRUNCATE statistics_incident_versions RESTART IDENTITY');
    const largest = config.statsReprojectEvents[config.statsReprojectEvents.length - 1];
    state = { versions: 0, nextIncident: 1, spread: Math.ceil(largest / VERSIONS_PER_INCIDENT) };
    const reprojections: ReprojectResult[] = [];
    let nextDefinition = 2;
    for (const size of config.statsReprojectEvents) {
      const at = `statistics: ${fmtCount(size)} versions`;
      progress.step(`${at}, filling`);
      if (size < state.versions) throw new Error(`BENCH_STATS_REPROJECT_EVENTS must grow: ${size} after ${state.versions}`);
      state = await fillVersions(setup, state, { versions: size }, (line) => progress.step(`${at}: ${line}`));
      progress.tick();
      const reps: ReprojectRep[] = [];
      for (let rep = 1; rep <= config.reps; rep++) {
        progress.step(`${at}: plain read and plain copy, rep ${rep}/${config.reps}`);
        const readSeconds = await plainRead(ds, state.versions);
        const copySeconds = await plainCopy(ds, setup);
        progress.tick();
        progress.step(`${at}: reprojectDefinition, rep ${rep}/${config.reps}`);
        reps.push({ ...(await timedReprojection(ds, setup, nextDefinition++)), readSeconds, copySeconds });
        progress.tick();
      }
      const { rows } = await setup.query<{ n: number }>('SELECT count(DISTINCT incident_id)::int AS n FROM statistics_incident_versions');
      reprojections.push({ versions: state.versions, incidents: rows[0].n, reps });
    }
    load.push(loadavg()[0]);
    return [reprojectTable(reprojections, config.reps, await serverLine(setup, load))];
  } finally {
    await dataSource?.destroy().catch(() => undefined);
    await setup.end().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
}

/** The settings that shape these plans, and how busy the machine was (start, after 8a, end). */
async function serverLine(setup: Client, load: number[]): Promise<string> {
  const { rows } = await setup.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('autovacuum', 'work_mem', 'maintenance_work_mem', 'max_parallel_workers_per_gather',
       'max_parallel_maintenance_workers', 'jit', 'wal_level') ORDER BY name`,
  );
  const settings = rows.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ');
  const loads = load.map((l) => l.toFixed(1)).join(' → ');
  return `${settings}; 1-minute load average ${loads} (start, after 8a${load.length > 2 ? ', end' : ''}) on ${cpus().length} cores: the bench keeps about one busy, the rest is other work on the machine`;
}

const FIGURES_TARGET_MS = 300;
const REPROJECT_TARGET_S = 60;
const REPROJECT_TARGET_AT = 10_000_000;

function figuresTable(r: FiguresResult, settings: string): string {
  const s = r.samples;
  const p50 = percentile(s.figures, 50);
  const row = (name: string, values: number[]) => [
    name,
    fmtMs(percentile(values, 50)),
    fmtMs(percentile(values, 95)),
    fmtMs(percentile(values, 99)),
    fmtMs(Math.max(...values)),
    `${(p50 / percentile(values, 50)).toFixed(2)}×`,
  ];
  const p99 = percentile(s.figures, 99);
  return renderTable(
    `8a. Statistics: a year's figures by month and every breakdown, as known now and as known on a day, ${fmtCount(r.incidents)} incidents`,
    ['case', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'figures() p50 ÷ this p50'],
    [
      row('figures() (libs/statistics), its definition partition of statistics_contributions', s.figures),
      row("figures() right after the re-projection, before the partition's first vacuum", r.unvacuumed.ms),
      row("figures()' one SQL query alone (timed around the manager)", s.figuresSql),
      row('plain GROUP BY, flat table of the same rows (versions with valid_from/valid_to), as planned', s.flatVersions),
      row("the same, hash aggregation as in figures()' plan (SET LOCAL hash_mem_multiplier = 16)", s.flatVersionsHashed),
      row('plain GROUP BY, flat table of one row per incident (current state + registered_at), hash aggregation', s.flatIncidentsHashed),
    ],
    [
      `Target: p99 under ${FIGURES_TARGET_MS} ms: ${p99 < FIGURES_TARGET_MS ? 'met' : 'NOT met'} (figures() p99 ${fmtMs(p99)} ms over ${s.figures.length} runs after 5 warm-up runs; the cases interleaved, one at a time, on one connection each).`,
      `figures() groups by month and series number (statistics_series: area, institution, kind, target) and names the groups after; it reads the partition's covering index on occurred_on, from the index alone once the partition is vacuumed. Measured first ${r.unvacuumed.ms.length} times right after the re-projection (every row fetched from the heap too), then after VACUUM of the partition, as autovacuum does after a re-projection (every row an insert); the other cases after it.`,
      `Data: ${fmtCount(r.incidents)} incidents over ${YEARS} years (${FIRST_YEAR}–${FIRST_YEAR + YEARS - 1}) in the order they occurred, 4 areas, ${INSTITUTIONS} institutions (10 % off duty), 7 kinds, 7 target groups, 5 perpetrators; ${fmtCount(r.versions)} fact versions (${(r.versions / r.incidents).toFixed(2)} per incident: 22 % reclassified, 9 % marked duplicate, 4 % registered 100–500 days late, 1 % exercises, 1 % not reportable), written by set-based INSERT … SELECT over generate_series, each batch of 250,000 incidents in recording order.`,
      `Definition: every code, exposed persons (staff and inmates), duplicates and not-reportable excluded; its row as publishDefinition writes it, then reprojectDefinition: ${fmtCount(r.contributions)} contribution rows in ${r.reprojectSeconds.toFixed(1)} s.`,
      `Question: figures(year ${FIGURES_YEAR}, period month, by area, institution, kind, target, asKnownOn end of ${AS_KNOWN_ON} = that year's cut-off): ${fmtCount(s.sqlRows)} groups from SQL, ${fmtCount(s.figureRows)} rows after figures() fills empty months; known now ${fmtCount(s.totals.knownNow)}, as known on ${AS_KNOWN_ON} ${fmtCount(s.totals.knownOn)} (both checked equal to the flat versions query).`,
      `Flat versions: the partition's ${fmtCount(r.flat.versions)} rows copied to an unpartitioned table with an index on occurred_on, VACUUM ANALYZE; same SQL, same answer. Flat incidents: ${fmtCount(r.flat.incidents)} rows, each counted incident's current state and its first registration; "as known on" there is only "registered by then" (${fmtCount(s.totals.naiveOn)}, revisions after the day ignored): the cost of a design without versions, not the same answer.`,
      `figures()' SQL: ${s.plans.figures}. Before the vacuum: ${r.unvacuumed.plan}.`,
      `Flat versions as planned: ${s.plans.flatVersions}.`,
      `Flat versions, hashed: ${s.plans.flatVersionsHashed}. Flat incidents, hashed: ${s.plans.flatIncidentsHashed}.`,
      `Server: ${settings}.`,
    ],
  );
}

function reprojectTable(results: ReprojectResult[], reps: number, settings: string): string {
  const med = (values: number[]) => percentile(values, 50);
  const rows: string[][] = [];
  for (const r of results) {
    const seconds = med(r.reps.map((x) => x.seconds));
    const row = (name: string, values: number[]) => [
      `${fmtCount(r.versions)} versions: ${name}`,
      med(values).toFixed(2),
      fmtReps(values, (v) => v.toFixed(1)),
      fmtCount(r.versions / med(values)),
      `${(seconds / med(values)).toFixed(1)}×`,
    ];
    rows.push(
      row(
        'reprojectDefinition, to the commit',
        r.reps.map((x) => x.seconds),
      ),
    );
    rows.push(
      row(
        'plain copy of the same rows into a partition-shaped table (no join, no index)',
        r.reps.map((x) => x.copySeconds),
      ),
    );
    rows.push(
      row(
        'plain sequential read (count, sum of statistics_incident_versions)',
        r.reps.map((x) => x.readSeconds),
      ),
    );
  }
  const last = results[results.length - 1];
  const phases = results.map(
    (r) =>
      `${fmtCount(r.versions)} versions (${fmtCount(r.incidents)} incidents), reprojectDefinition by step (median s): ${PHASE_NAMES.map((name, i) => `${name} ${med(r.reps.map((x) => x.phases[i])).toFixed(2)}`).join(', ')}.`,
  );
  const target = results.find((r) => r.versions === REPROJECT_TARGET_AT) ?? (last && last.versions >= REPROJECT_TARGET_AT ? last : undefined);
  const targetSeconds = target ? med(target.reps.map((x) => x.seconds)) : Number.NaN;
  return renderTable(
    '8b. Statistics: re-projecting all history under a new definition version',
    ['case', 'seconds (median)', 'reps', 'versions/s', 'reprojectDefinition ÷ this'],
    rows,
    [
      target
        ? `Target: ${fmtCount(REPROJECT_TARGET_AT)} versions under ${REPROJECT_TARGET_S} s: ${targetSeconds < REPROJECT_TARGET_S ? 'met' : 'NOT met'} (${targetSeconds.toFixed(1)} s).`
        : `Target (${fmtCount(REPROJECT_TARGET_AT)} versions under ${REPROJECT_TARGET_S} s) not measured at these sizes.`,
      `Events here are fact versions in statistics_incident_versions (what reprojectDefinition reads), filled as in 8a and cut at the exact count; the baselines read the same table, not the event store (the re-projection never reads it).`,
      `Each rep: a new definition row (every code, exposed persons), CHECKPOINT, then one transaction with the statistics lock and reprojectDefinition (partition filled, two indexes built, ATTACH, ANALYZE, count), timed to the commit; its count is checked against the versions table; the partition is dropped after. ${reps} reps, interleaved with the baselines.`,
      ...phases,
      `Server: ${settings}.`,
    ],
  );
}
