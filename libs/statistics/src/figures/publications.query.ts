import { EntityManager } from 'typeorm';
import { PublishedFigures } from '../domain/year-publication';
import { findDefinition } from './definitions.query';

export interface PublishedYear {
  readonly indicator: string;
  readonly year: number;
  readonly edition: number;
  readonly version: number;
  readonly asKnownOn: string;
  readonly final: boolean;
  readonly published: PublishedFigures;
  /** The same year under the same definition version as known now: the revisions since publication show against it. */
  readonly knownNow: number;
  readonly revisedSincePublication: number;
  /** Eurostat's `b`: this edition is under another definition version than the year before's, a break in series. */
  readonly flags: string;
  readonly note: string;
  readonly publishedAt: string;
}

/** Every edition of every published year, oldest first, each beside its figure as known now. */
export async function publishedYears(manager: EntityManager, indicator?: string): Promise<PublishedYear[]> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT indicator, year, edition, version, as_known_on, final, figures, note, published_at FROM statistics_publications
      WHERE $1::text IS NULL OR indicator = $1 ORDER BY indicator, year, edition`,
    [indicator ?? null],
  );
  const result: PublishedYear[] = [];
  for (const row of rows) {
    const definition = await findDefinition(manager, row.indicator as string, Number(row.version));
    const [now]: { value: number }[] = definition
      ? await manager.query(
          `SELECT coalesce(sum(weight), 0)::int AS value FROM statistics_contributions
            WHERE definition_id = $1 AND valid_to IS NULL AND occurred_on >= make_date($2, 1, 1) AND occurred_on < make_date($2 + 1, 1, 1)`,
          [definition.id, row.year],
        )
      : [{ value: 0 }];
    const published = row.figures as PublishedFigures;
    const previous = result.filter((p) => p.indicator === row.indicator && p.year === Number(row.year) - 1).pop();
    result.push({
      indicator: row.indicator as string,
      year: Number(row.year),
      edition: Number(row.edition),
      version: Number(row.version),
      asKnownOn: (row.as_known_on as Date).toISOString(),
      final: row.final as boolean,
      published,
      knownNow: Number(now.value),
      revisedSincePublication: Number(now.value) - published.total,
      flags: (row.final ? '' : 'p') + (previous && previous.version !== Number(row.version) ? 'b' : ''),
      note: row.note as string,
      publishedAt: (row.published_at as Date).toISOString(),
    });
  }
  return result;
}

/** A year's figures as known on a moment, in the shape a publication pins. */
export async function snapshotOf(manager: EntityManager, definitionId: number, year: number, on: Date): Promise<PublishedFigures> {
  const rows: { area: string; institution: string | null; month: number; value: number }[] = await manager.query(
    `SELECT area, institution_id AS institution, extract(month FROM occurred_on)::int AS month, sum(weight)::int AS value FROM statistics_contributions
      WHERE definition_id = $1 AND occurred_on >= make_date($2, 1, 1) AND occurred_on < make_date($2 + 1, 1, 1)
        AND valid_from <= $3 AND (valid_to IS NULL OR valid_to > $3)
      GROUP BY 1, 2, 3`,
    [definitionId, year, on],
  );
  const byArea: Record<string, number> = {};
  const byInstitution: Record<string, number> = {};
  const byMonth = Array.from({ length: 12 }, () => 0);
  let total = 0;
  for (const row of rows) {
    const value = Number(row.value);
    total += value;
    byArea[row.area] = (byArea[row.area] ?? 0) + value;
    const institution = row.institution ?? 'off-duty';
    byInstitution[institution] = (byInstitution[institution] ?? 0) + value;
    byMonth[Number(row.month) - 1] += value;
  }
  return { total, byArea, byInstitution, byMonth };
}
