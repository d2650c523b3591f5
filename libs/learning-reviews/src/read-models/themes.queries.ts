import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { areaSlugsOf, Country, servedJurisdictions } from '@vigil/organisation';
import { DataSource, EntityManager } from 'typeorm';
import { ReviewScope } from './review-reader-scope';

/**
 * The areas of a country's service (Denmark's four areas, Norway's regions), each of which the year's goal asks to start
 * interventions from the catalogue: each country's goal is its own.
 */
export const areasOf = (country: Country): string[] => areaSlugsOf([country]);
/** Every area and region of the organisation catalogue. */
export const AREAS: string[] = areaSlugsOf(['dk', 'no']);

export const THEMES_NOTE =
  'These are counts of what learning reviews recorded, not of incidents: they are not incidence, depend on which incidents were reviewed, and must never be used to rank institutions or areas.';

const LOCAL = "AT TIME ZONE 'Europe/Copenhagen'";
/** From the first day's start to the end of the last day, in the services' time zone; either end open. */
const PERIOD = (column: string) =>
  `($1::text IS NULL OR ${column} >= ($1::text::date)::timestamp ${LOCAL}) AND ($2::text IS NULL OR ${column} < ($2::text::date + 1)::timestamp ${LOCAL})`;
const IN_SCOPE = (alias: string) => `($3::text[] IS NULL OR ${alias}.unit = ANY($3))`;

interface InterventionAreaRow {
  key: string;
  interventionId: string | null;
  title: string;
  category: string | null;
  horizon: string | null;
  area: string | null;
  actions: number;
  started: number;
  done: number;
}

export class GetThemes extends Query<Record<string, unknown>> {
  constructor(
    readonly from: string | null,
    readonly to: string | null,
    readonly year: number,
    readonly scope: ReviewScope,
    readonly country?: Country,
  ) {
    super();
  }
}

@QueryHandler(GetThemes)
export class GetThemesHandler implements IQueryHandler<GetThemes> {
  constructor(private readonly dataSource: DataSource) {}

  /** Every figure from one snapshot: a review's page committed between two of the queries made them disagree. */
  execute({ from, to, year, scope, country }: GetThemes): Promise<Record<string, unknown>> {
    const params = [from, to, scope];
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      from,
      to,
      note: THEMES_NOTE,
      classes: await this.classes(manager, params),
      recurringTexts: await manager.query(
        `SELECT class, min(text) AS text, count(DISTINCT review_id)::int AS reviews, count(*)::int AS factors FROM learning_review_factors f
          WHERE type = 'factor' AND NOT withdrawn AND ${PERIOD('recorded_at')} AND ${IN_SCOPE('f')}
          GROUP BY class, lower(text) HAVING count(DISTINCT review_id) >= 2 ORDER BY reviews DESC, factors DESC, class, text LIMIT 50`,
        params,
      ),
      interventions: await this.interventions(manager, params),
      goal: await this.goal(manager, year, country ?? servedJurisdictions()[0]),
    }));
  }

  private async classes(manager: EntityManager, params: unknown[]) {
    const rows: { class: string; halfYear: string; factors: number; reviews: number }[] = await manager.query(
      `SELECT class, to_char(recorded_at ${LOCAL}, 'YYYY') || '-H' || CASE WHEN extract(month FROM recorded_at ${LOCAL}) <= 6 THEN '1' ELSE '2' END AS "halfYear",
              count(*)::int AS factors, count(DISTINCT review_id)::int AS reviews
         FROM learning_review_factors f WHERE type = 'factor' AND NOT withdrawn AND ${PERIOD('recorded_at')} AND ${IN_SCOPE('f')}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    const totals: { class: string; factors: number; reviews: number }[] = await manager.query(
      `SELECT class, count(*)::int AS factors, count(DISTINCT review_id)::int AS reviews FROM learning_review_factors f
        WHERE type = 'factor' AND NOT withdrawn AND ${PERIOD('recorded_at')} AND ${IN_SCOPE('f')} GROUP BY class ORDER BY factors DESC, class`,
      params,
    );
    return totals.map((total) => ({
      ...total,
      byHalfYear: rows.filter((row) => row.class === total.class).map(({ halfYear, factors }) => ({ halfYear, factors })),
    }));
  }

  private async interventions(manager: EntityManager, params: unknown[]) {
    const rows: InterventionAreaRow[] = await manager.query(
      `SELECT COALESCE(a.intervention_id, 'proposed:' || lower(a.proposed_title)) AS key, a.intervention_id AS "interventionId",
              COALESCE(c.title, min(a.proposed_title)) AS title, COALESCE(c.category, min(a.category)) AS category,
              COALESCE(c.horizon, min(a.horizon)) AS horizon, a.area, count(*)::int AS actions,
              count(*) FILTER (WHERE a.status IN ('under-way', 'done'))::int AS started, count(*) FILTER (WHERE a.status = 'done')::int AS done
         FROM learning_review_actions a
         LEFT JOIN LATERAL (SELECT title, category, horizon FROM learning_catalogue_interventions l
                             WHERE l.intervention_id = a.intervention_id ORDER BY version DESC LIMIT 1) c ON true
        WHERE ${PERIOD('a.added_at')} AND ${IN_SCOPE('a')}
        GROUP BY 1, 2, c.title, c.category, c.horizon, a.area ORDER BY 1, a.area NULLS FIRST`,
      params,
    );
    const uses = new Map<string, Record<string, unknown> & { actions: number; byArea: object[] }>();
    for (const { key, interventionId, title, category, horizon, area, actions, started, done } of rows) {
      const use = uses.get(key) ?? { interventionId, title, category, horizon, fromCatalogue: interventionId !== null, actions: 0, byArea: [] };
      use.actions += actions;
      use.byArea.push({ area, actions, started, done });
      uses.set(key, use);
    }
    return [...uses.values()].sort((a, b) => b.actions - a.actions);
  }

  /** Per area: an action with a catalogue intervention, under way or done, first started in the year. */
  private async goal(manager: EntityManager, year: number, country: Country) {
    const areaSlugs = areasOf(country);
    const rows: { area: string; interventionIds: string[] }[] = await manager.query(
      `SELECT area, array_agg(DISTINCT intervention_id ORDER BY intervention_id) AS "interventionIds" FROM learning_review_actions
        WHERE intervention_id IS NOT NULL AND status IN ('under-way', 'done') AND area IS NOT NULL
          AND extract(year FROM started_at ${LOCAL}) = $1 GROUP BY area`,
      [year],
    );
    const areas = areaSlugs.map((area) => {
      const interventionIds = rows.find((row) => row.area === area)?.interventionIds ?? [];
      return { area, started: interventionIds.length > 0, interventionIds };
    });
    const areasStarted = areas.filter((area) => area.started).length;
    return { year, country, areas, areasStarted, areaCount: areaSlugs.length, share: areasStarted / areaSlugs.length };
  }
}
