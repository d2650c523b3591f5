import { EntityManager } from 'typeorm';
import { dayAfterYear, dayText, localMidnight } from './calendar';
import { DefinitionRow } from './definitions.query';
import { FiguresFilter, filterSql } from './figures.query';

/** One reference period's figure at each vintage from its first release on. */
export interface TriangleRow {
  readonly period: string;
  readonly firstRelease: string;
  /** Aligned with the response's vintages; null before this period's first release. */
  readonly values: (number | null)[];
  readonly firstEstimate: number | null;
  readonly latest: number | null;
  /** latest − first estimate. */
  readonly revision: number | null;
}

export interface RevisionTriangle {
  readonly period: 'year' | 'quarter';
  /** The days the figures are taken as known on, oldest first; the last is today. */
  readonly vintages: string[];
  readonly rows: TriangleRow[];
  /** Over the periods with a first estimate: mean of (latest − first) and of its absolute value. */
  readonly meanRevision: number | null;
  readonly meanAbsoluteRevision: number | null;
  readonly meanAbsoluteRevisionPercent: number | null;
}

/**
 * The revision triangle: for each reference year (or quarter) the figure as known on successive
 * vintages, quarter starts for years and month starts for quarters, from its first release to today.
 */
export async function revisionTriangle(
  manager: EntityManager,
  definition: DefinitionRow,
  period: 'year' | 'quarter',
  from: number,
  to: number,
  filter: FiguresFilter,
  now: Date,
): Promise<RevisionTriangle> {
  const refs = references(definition, period, from, to);
  const first = refs.map((r) => r.firstRelease).filter((d) => d <= now);
  const starts: Date[] = [];
  const earliest = first.length ? Math.min(...first.map((d) => d.getTime())) : now.getTime();
  const step = period === 'year' ? 3 : 1;
  for (let year = from; year <= to + 3; year++)
    for (let month = 1; month <= 12; month += step) {
      const at = localMidnight(year, month, 1);
      if (at.getTime() > earliest && at <= now) starts.push(at);
    }
  const vintages = [...new Set([...first, ...starts, now].map((d) => d.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const where = filterSql(filter, 4, 'c.');
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT v.i, ${period === 'year' ? `to_char(c.occurred_on, 'YYYY')` : `to_char(c.occurred_on, 'YYYY-"Q"Q')`} AS period, sum(c.weight)::int AS value
       FROM unnest($2::timestamptz[]) WITH ORDINALITY AS v(at, i)
       JOIN statistics_contributions c ON c.valid_from <= v.at AND (c.valid_to IS NULL OR c.valid_to > v.at)
      WHERE c.definition_id = $1 AND c.occurred_on >= make_date($3, 1, 1) AND c.occurred_on < make_date($4 + 1, 1, 1)${where.sql}
      GROUP BY 1, 2`,
    [definition.id, vintages.map((d) => d.toISOString()), from, to, ...where.params],
  );
  const cell = new Map(rows.map((r) => [`${r.period}@${Number(r.i) - 1}`, Number(r.value)]));
  const triangle = refs.map((ref) => {
    const values = vintages.map((at, i) => (at < ref.firstRelease ? null : (cell.get(`${ref.period}@${i}`) ?? 0)));
    const known = values.filter((v): v is number => v !== null);
    const firstEstimate = known.length ? known[0] : null;
    const latest = known.length ? known[known.length - 1] : null;
    return {
      period: ref.period,
      firstRelease: dayText(new Date(ref.firstRelease.getTime() - 1)),
      values,
      firstEstimate,
      latest,
      revision: firstEstimate === null || latest === null ? null : latest - firstEstimate,
    };
  });
  const revised = triangle.filter((r) => r.revision !== null);
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
  return {
    period,
    vintages: vintages.map((d, i) => (i === vintages.length - 1 && d.getTime() === now.getTime() ? 'now' : dayText(new Date(d.getTime() - 1)))),
    rows: triangle,
    meanRevision: mean(revised.map((r) => r.revision!)),
    meanAbsoluteRevision: mean(revised.map((r) => Math.abs(r.revision!))),
    meanAbsoluteRevisionPercent: mean(revised.filter((r) => r.firstEstimate! > 0).map((r) => (Math.abs(r.revision!) / r.firstEstimate!) * 100)),
  };
}

function references(definition: DefinitionRow, period: 'year' | 'quarter', from: number, to: number) {
  const refs: { period: string; firstRelease: Date }[] = [];
  const { month, day } = definition.rules.firstRelease;
  const daysAfter = (Date.UTC(2001, month - 1, day) - Date.UTC(2001, 0, 1)) / 86_400_000;
  for (let year = from; year <= to; year++) {
    if (period === 'year') refs.push({ period: String(year), firstRelease: dayAfterYear(year, definition.rules.firstRelease) });
    // A quarter's first release comes as long after its end as a year's does after the year's.
    else for (let q = 1; q <= 4; q++) refs.push({ period: `${year}-Q${q}`, firstRelease: localMidnight(year, q * 3 + 1, 1 + daysAfter + 1) });
  }
  return refs;
}
