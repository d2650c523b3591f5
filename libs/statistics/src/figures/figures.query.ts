import { EntityManager } from 'typeorm';
import { DefinitionRow } from './definitions.query';
import { isFinal, localMidnight, yearOf } from './calendar';

export const PERIODS = ['year', 'quarter', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** What a figure can be broken down by. */
export const DIMENSIONS = ['area', 'institution', 'kind', 'target'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const column = (dimension: Dimension, alias = '') => (dimension === 'institution' ? `coalesce(${alias}institution_id, 'off-duty')` : `${alias}${dimension}`);
const PERIOD_SQL: Record<Period, string> = {
  year: `to_char(occurred_on, 'YYYY')`,
  quarter: `to_char(occurred_on, 'YYYY-"Q"Q')`,
  month: `to_char(occurred_on, 'YYYY-MM')`,
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
 * asked) as known on a day: one pass over the definition's contributions answers both columns.
 */
export async function figures(manager: EntityManager, definition: DefinitionRow, request: FiguresRequest, now: Date): Promise<FigureRow[]> {
  const known = request.asKnownOn ?? now;
  const dims = request.by.map((d) => `${column(d)} AS "${d}"`);
  const filter = filterSql(request, 4);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${PERIOD_SQL[request.period]} AS period${dims.map((d) => `, ${d}`).join('')},
            coalesce(sum(weight) FILTER (WHERE valid_to IS NULL), 0)::int AS known_now,
            coalesce(sum(weight) FILTER (WHERE valid_from <= $4 AND (valid_to IS NULL OR valid_to > $4)), 0)::int AS known_on
       FROM statistics_contributions
      WHERE definition_id = $1 AND occurred_on >= make_date($2, 1, 1) AND occurred_on < make_date($3 + 1, 1, 1)${filter.sql}
      GROUP BY 1${request.by.map((_, i) => `, ${i + 2}`).join('')}
      ORDER BY 1${request.by.map((_, i) => `, ${i + 2}`).join('')}`,
    [definition.id, request.from, request.to, known, ...filter.params],
  );
  const found = rows.map((row) => ({
    period: row.period as string,
    ...Object.fromEntries(request.by.map((d) => [d, row[d] as string])),
    knownNow: Number(row.known_now),
    ...(request.asKnownOn && { knownOn: Number(row.known_on) }),
  }));
  const flag = (period: string, on: Date) => (isFinal(yearOf(period), definition.rules.cutOff, on) ? '' : 'p');
  return withEmptyPeriods(found, periodsOf(request.from, request.to, request.period), request).map((row) => ({
    ...row,
    flags: flag(row.period, now),
    ...(request.asKnownOn && { flagsOn: flag(row.period, request.asKnownOn) }),
  }));
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

function withEmptyPeriods(rows: Omit<FigureRow, 'flags'>[], periods: string[], request: FiguresRequest): Omit<FigureRow, 'flags'>[] {
  const key = (row: Omit<FigureRow, 'flags'>) => request.by.map((d) => row[d] ?? '').join('\u0000');
  const series = new Map<string, Omit<FigureRow, 'flags'>>();
  for (const row of rows) if (!series.has(key(row))) series.set(key(row), row);
  if (series.size === 0 && request.by.length === 0) series.set('', { period: '', knownNow: 0 });
  const byKey = new Map(rows.map((row) => [`${row.period}\u0001${key(row)}`, row]));
  const filled: Omit<FigureRow, 'flags'>[] = [];
  for (const [seriesKey, sample] of series) {
    const dims = Object.fromEntries(request.by.map((d) => [d, sample[d]]));
    for (const period of periods) {
      filled.push(byKey.get(`${period}\u0001${seriesKey}`) ?? { period, ...dims, knownNow: 0, ...(request.asKnownOn && { knownOn: 0 }) });
    }
  }
  return filled.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The end of day D in the services' calendar: "as known on D" counts everything recorded up to and including D. */
export function endOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return localMidnight(y, m, d + 1);
}
