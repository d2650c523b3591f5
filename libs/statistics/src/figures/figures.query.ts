import { EntityManager } from 'typeorm';
import { DefinitionRow } from './definitions.query';
import { isFinal, localMidnight, yearOf } from './calendar';

export const PERIODS = ['year', 'quarter', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** What a figure can be broken down by. */
export const DIMENSIONS = ['area', 'institution', 'kind', 'target'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const column = (dimension: Dimension, alias = '') => (dimension === 'institution' ? `coalesce(${alias}institution_id, 'off-duty')` : `${alias}${dimension}`);
/** A period's label from the first day of the month the incident occurred in (contributions' occurred_month). */
const PERIOD_SQL: Record<Period, string> = {
  year: `to_char(c.occurred_month, 'YYYY')`,
  quarter: `to_char(c.occurred_month, 'YYYY-"Q"Q')`,
  month: `to_char(c.occurred_month, 'YYYY-MM')`,
};

export interface FiguresFilter {
  readonly area?: string;
  readonly institution?: string;
  readonly kind?: string;
  readonly target?: string;
}

export interface FiguresRequest extends FiguresFilter {
  readonly from: number;
  readonly to: number;
  readonly period: Period;
  readonly by: readonly Dimension[];
  /** Besides as known now: as known at the end of this day (everything recorded up to and including it). */
  readonly asKnownOn?: Date;
}

export interface FigureRow {
  readonly period: string;
  readonly area?: string;
  readonly institution?: string;
  readonly kind?: string;
  readonly target?: string;
  readonly knownNow: number;
  /** Only with asKnownOn: the figure as it stood then. */
  readonly knownOn?: number;
  /** Eurostat's flags of knownNow: `p` provisional (before the year's cut-off). */
  readonly flags: string;
  /** The same for knownOn: the year may have been provisional then. */
  readonly flagsOn?: string;
}

/** The filter's SQL (on contributions, aliased or not) and its parameters, numbered after `offset` existing ones. */
export function filterSql(filter: FiguresFilter, offset: number, alias = ''): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const dimension of DIMENSIONS) {
    const value = filter[dimension];
    if (value === undefined) continue;
    params.push(value);
    parts.push(`${column(dimension, alias)} = $${offset + params.length}`);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * A definition's figures for whole years, by period and the asked dimensions, as known now and (when
 * asked) as known on a day: one pass over the definition's contributions answers both columns. It
 * groups by small integers (the month and the series, numbered combinations of area, institution, kind
 * and target) and names the groups after: a few thousand, where grouping each row by text took the time.
 */
export async function figures(manager: EntityManager, definition: DefinitionRow, request: FiguresRequest, now: Date): Promise<FigureRow[]> {
  const known = request.asKnownOn ?? now;
  const dims = request.by.map((d) => `${column(d, 's.')} AS "${d}"`);
  const filter = filterSql(request, 4);
  const series = filter.sql ? ` AND series_id IN (SELECT id FROM statistics_series WHERE true${filter.sql})` : '';
  // Enough memory to group a year in a hash table: with the default the planner may sort on disk.
  const rows: Record<string, unknown>[] = await manager.transaction(async (tx) => {
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    return tx.query(
      `WITH cells AS (
         SELECT occurred_month, series_id,
                sum(weight) FILTER (WHERE valid_to IS NULL) AS known_now,
                sum(weight) FILTER (WHERE valid_from <= $4 AND (valid_to IS NULL OR valid_to > $4)) AS known_on
           FROM statistics_contributions
          WHERE definition_id = $1 AND occurred_on >= make_date($2, 1, 1) AND occurred_on < make_date($3 + 1, 1, 1)${series}
          GROUP BY 1, 2)
       SELECT ${PERIOD_SQL[request.period]} AS period${dims.map((d) => `, ${d}`).join('')},
              coalesce(sum(c.known_now), 0)::int AS known_now, coalesce(sum(c.known_on), 0)::int AS known_on
         FROM cells c JOIN statistics_series s ON s.id = c.series_id
        GROUP BY 1${request.by.map((_, i) => `, ${i + 2}`).join('')}`,
      [definition.id, request.from, request.to, known, ...filter.params],
    );
  });
  const periods = periodsOf(request.from, request.to, request.period);
  const flags = new Map<string, { now: string; on: string }>();
  for (const period of periods) {
    const flag = (on: Date) => (isFinal(yearOf(period), definition.rules.cutOff, on) ? '' : 'p');
    flags.set(period, { now: flag(now), on: flag(known) });
  }
  const figureRows: FigureRow[] = [];
  for (const { period, dims: values, knownNow, knownOn } of withEmptyPeriods(rows, periods, request.by)) {
    const flag = flags.get(period)!;
    figureRows.push(
      request.asKnownOn ? { period, ...values, knownNow, knownOn, flags: flag.now, flagsOn: flag.on } : { period, ...values, knownNow, flags: flag.now },
    );
  }
  return figureRows;
}

/** Every period label from the first year to the last, so a year with nothing counted shows 0, not a gap. */
export function periodsOf(from: number, to: number, period: Period): string[] {
  const labels: string[] = [];
  for (let year = from; year <= to; year++) {
    if (period === 'year') labels.push(String(year));
    if (period === 'quarter') for (let q = 1; q <= 4; q++) labels.push(`${year}-Q${q}`);
    if (period === 'month') for (let m = 1; m <= 12; m++) labels.push(`${year}-${String(m).padStart(2, '0')}`);
  }
  return labels;
}

interface Cell {
  period: string;
  dims: Partial<Record<Dimension, string>>;
  knownNow: number;
  knownOn: number;
}

/** Every series (a combination of breakdowns seen) in every period, 0 where nothing counted; period first, then series. */
function withEmptyPeriods(rows: Record<string, unknown>[], periods: string[], by: readonly Dimension[]): Cell[] {
  const series = new Map<string, { dims: Partial<Record<Dimension, string>>; counts: Map<string, { knownNow: number; knownOn: number }> }>();
  for (const row of rows) {
    const key = by.map((d) => (row[d] as string | undefined) ?? '').join('\u0000');
    let entry = series.get(key);
    if (!entry) {
      const dims: Partial<Record<Dimension, string>> = {};
      for (const d of by) dims[d] = row[d] as string;
      entry = { dims, counts: new Map() };
      series.set(key, entry);
    }
    entry.counts.set(row.period as string, { knownNow: Number(row.known_now), knownOn: Number(row.known_on) });
  }
  if (series.size === 0 && by.length === 0) series.set('', { dims: {}, counts: new Map() });
  const keys = [...series.keys()].sort();
  const filled: Cell[] = [];
  for (const period of periods)
    for (const key of keys) {
      const { dims, counts } = series.get(key)!;
      const counted = counts.get(period);
      filled.push({ period, dims, knownNow: counted?.knownNow ?? 0, knownOn: counted?.knownOn ?? 0 });
    }
  return filled;
}

/** The end of day D in the services' calendar: "as known on D" counts everything recorded up to and including D. */
export function endOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return localMidnight(y, m, d + 1);
}
