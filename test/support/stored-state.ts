import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { embeddedPostgresBinary } from '../../libs/postgres/src/postgres-user-access';
import { Canaries } from './canaries';

/** What a search of the stored state found, and how much it searched. */
export interface StoredStateHits {
  readonly pgDump: string[];
  readonly tableFiles: string[];
  readonly figures: Record<string, number>;
}

/** The main-fork files (every segment) of every relation of the database: tables, TOAST tables, indexes, sequences. */
export async function relationFiles(pool: Pool): Promise<{ relation: string; file: string }[]> {
  const dataDirectory = (await pool.query('SHOW data_directory')).rows[0].data_directory as string;
  const { rows } = await pool.query(
    'SELECT c.oid::regclass::text AS relation, pg_relation_filepath(c.oid) AS path FROM pg_class c WHERE NOT c.relisshared AND pg_relation_filepath(c.oid) IS NOT NULL',
  );
  const out: { relation: string; file: string }[] = [];
  for (const { relation, path } of rows) {
    const main = join(dataDirectory, path);
    for (let segment = 0; ; segment++) {
      const file = segment === 0 ? main : `${main}.${segment}`;
      if (!existsSync(file)) break;
      out.push({ relation, file });
    }
  }
  return out;
}

/**
 * The canaries in the stored state: the raw bytes of the database's table files after a CHECKPOINT, then a pg_dump of it.
 * A control row written in plaintext must be found by both, or the search proves nothing.
 */
export async function storedStateHits(
  pool: Pool,
  databaseUrl: string,
  canaries: Canaries,
  /** Filled as the search goes, so the files' figures are there even when no pg_dump can run. */
  figures: Record<string, number> = {},
): Promise<StoredStateHits> {
  const control = `CONTROL-${canaries.run}-${randomBytes(6).toString('hex')}`;
  const table = `canary_control_${randomBytes(4).toString('hex')}`;
  await pool.query(`CREATE TABLE public.${table} (text text)`);
  try {
    await pool.query(`INSERT INTO public.${table} VALUES ($1)`, [control]);
    await pool.query('CHECKPOINT');
    const files = await relationFiles(pool);
    let bytes = 0;
    let controlFound = false;
    const tableFiles: string[] = [];
    for (const { relation, file } of files) {
      const content = readFileSync(file);
      bytes += content.length;
      if (content.includes(control, 0, 'latin1')) controlFound = true;
      tableFiles.push(...canaries.hitsInBytes(content).map((label) => `${relation} (${file}): ${label}`));
    }
    Object.assign(figures, { relationFiles: files.length, tableFileBytes: bytes, tableFileHits: tableFiles.length });
    if (!controlFound) throw new Error(`The control row ${control} was not found in the table files: the file search proves nothing`);
    const dump = await pgDump(databaseUrl, pool);
    if (!dump.includes(control)) throw new Error(`The control row ${control} is not in the pg_dump: the dump search proves nothing`);
    const pgDumpHits = canaries.hitsIn(dump).flatMap((label) => placesIn(dump, canaries.token(label)).map((place) => `${label}: ${place}`));
    Object.assign(figures, { pgDumpBytes: dump.length, pgDumpHits: pgDumpHits.length });
    return { pgDump: pgDumpHits, tableFiles, figures };
  } finally {
    await pool.query(`DROP TABLE public.${table}`);
  }
}

/** Where a needle sits in a dump, every time: the COPY block's table and the text just before it. */
function placesIn(dump: string, needle: string): string[] {
  const places: string[] = [];
  for (let at = dump.indexOf(needle); at >= 0; at = dump.indexOf(needle, at + 1)) {
    const copy = dump.lastIndexOf('COPY ', at);
    const table = copy >= 0 ? dump.slice(copy + 5, dump.indexOf(' ', copy + 5)) : '?';
    places.push(`${table}: …${dump.slice(Math.max(dump.lastIndexOf('\n', at) + 1, at - 120), at + needle.length)}`);
  }
  return places;
}

/**
 * A plain-SQL dump of the database by the first pg_dump that can (pg_dump refuses servers newer than itself). Where
 * none can (CI's embedded PostgreSQL 18 beside Debian's pg_dump 15), the same data section pg_dump writes: every row of
 * every table, in its text form, schema by schema. Says which it was, so a reader knows what was searched.
 */
export async function pgDump(databaseUrl: string, pool: Pool): Promise<string> {
  const tried: string[] = [];
  for (const binary of pgDumpCandidates()) {
    const run = spawnSync(binary, ['--no-owner', '--no-privileges', `--dbname=${databaseUrl}`], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    if (run.status === 0) return run.stdout;
    tried.push(`${binary}: ${(run.stderr || String(run.error)).trim().split('\n')[0]}`);
  }
  console.log(`No pg_dump can dump this server (${tried.join('; ') || 'none found'}): searching a logical dump of every table's rows instead`);
  const tables: { schema: string; name: string }[] = (
    await pool.query(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    )
  ).rows;
  const parts: string[] = [];
  for (const { schema, name } of tables) {
    const qualified = `${escapeIdentifier(schema)}.${escapeIdentifier(name)}`;
    const rows = (await pool.query(`SELECT t::text AS row FROM ${qualified} t`)).rows as { row: string }[];
    parts.push(`COPY ${schema}.${name} (logical)\n${rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n');
}

const escapeIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

function pgDumpCandidates(): string[] {
  const found = new Set<string>();
  const which = spawnSync('which', ['-a', 'pg_dump'], { encoding: 'utf8' });
  if (which.status === 0)
    which.stdout
      .split('\n')
      .filter(Boolean)
      .forEach((p) => found.add(p.trim()));
  if (existsSync('/usr/lib/postgresql'))
    readdirSync('/usr/lib/postgresql')
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`)
      .filter((p) => existsSync(p))
      .forEach((p) => found.add(p));
  const embedded = embeddedPostgresBinary('pg_dump');
  if (embedded && existsSync(embedded)) found.add(embedded);
  return [...found];
}

/** Read-model tables (public schema) and how many of their rows hold a sealed envelope. */
export async function envelopeRowsInReadModels(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const out: Record<string, number> = {};
  for (const { table_name } of rows) {
    const [row] = (await pool.query(`SELECT count(*)::int AS n FROM public."${table_name}" t WHERE t::text LIKE '%{{sealed.v1.%'`)).rows;
    if (row.n) out[table_name] = row.n;
  }
  return out;
}
