import { EntityManager } from 'typeorm';
import { dayAfterYear, dayText } from './calendar';
import { DefinitionRow } from './definitions.query';
import { FiguresFilter, filterSql } from './figures.query';

/** One year's figure at its first release, at its cut-off and now, with what came in after the cut-off. */
export interface LateRegistrationRow {
  readonly year: number;
  readonly firstReleaseOn: string;
  readonly cutOffOn: string;
  /** Null while the day has not come. */
  readonly atFirstRelease: number | null;
  readonly atCutOff: number | null;
  /** Counted now, first recorded after the cut-off. */
  readonly recordedAfterCutOff: number;
  /** Everything else that moved the figure after the cut-off (reclassified, marked duplicate, corrected). */
  readonly otherRevisionsAfterCutOff: number;
  readonly knownNow: number;
  readonly status: 'final' | 'provisional';
}

/** The late-registration split of each year from `from` to `to`, for one definition and filter. */
export async function lateRegistrations(
  manager: EntityManager,
  definition: DefinitionRow,
  from: number,
  to: number,
  filter: FiguresFilter,
  now: Date,
): Promise<LateRegistrationRow[]> {
  const rows: LateRegistrationRow[] = [];
  const where = filterSql(filter, 4, 'c.');
  for (let year = from; year <= to; year++) {
    const release = dayAfterYear(year, definition.rules.firstRelease);
    const cutOff = dayAfterYear(year, definition.rules.cutOff);
    const [row]: Record<string, unknown>[] = await manager.query(
      `SELECT coalesce(sum(c.weight) FILTER (WHERE c.valid_to IS NULL), 0)::int AS now,
              coalesce(sum(c.weight) FILTER (WHERE c.valid_from <= $3 AND (c.valid_to IS NULL OR c.valid_to > $3)), 0)::int AS at_release,
              coalesce(sum(c.weight) FILTER (WHERE c.valid_from <= $4 AND (c.valid_to IS NULL OR c.valid_to > $4)), 0)::int AS at_cut_off,
              coalesce(sum(c.weight) FILTER (WHERE c.valid_to IS NULL AND first.valid_from > $4), 0)::int AS late
         FROM statistics_contributions c
         JOIN statistics_incident_versions first ON first.incident_id = c.incident_id AND first.seq = 0
        WHERE c.definition_id = $1 AND c.occurred_on >= make_date($2, 1, 1) AND c.occurred_on < make_date($2 + 1, 1, 1)${where.sql}`,
      [definition.id, year, release, cutOff, ...where.params],
    );
    const knownNow = Number(row.now);
    const atCutOff = now >= cutOff ? Number(row.at_cut_off) : null;
    const late = atCutOff === null ? 0 : Number(row.late);
    rows.push({
      year,
      firstReleaseOn: dayText(new Date(release.getTime() - 1)),
      cutOffOn: dayText(new Date(cutOff.getTime() - 1)),
      atFirstRelease: now >= release ? Number(row.at_release) : null,
      atCutOff,
      recordedAfterCutOff: late,
      otherRevisionsAfterCutOff: atCutOff === null ? 0 : knownNow - atCutOff - late,
      knownNow,
      status: atCutOff === null ? 'provisional' : 'final',
    });
  }
  return rows;
}
