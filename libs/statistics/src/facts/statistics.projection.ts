import { RecordedEvent } from '@vigil/event-store';
import { Projection } from '@vigil/projections';
import { EntityManager } from 'typeorm';
import { HistoricalIncidentImported } from '../domain/historical-incident';
import { IndicatorVersionPublished, STATISTICS_CATEGORY } from '../domain/indicator';
import { GoalAssessed, TargetPlanSet } from '../domain/target-plan';
import { YearFiguresPublished } from '../domain/year-publication';
import { lockStatistics, reprojectDefinition } from './contributions';
import { currentVersion, storeVersion } from './fact-versions';

type StatisticsEvent = IndicatorVersionPublished | HistoricalIncidentImported | TargetPlanSet | GoalAssessed | YearFiguresPublished;

/** Definitions, imported history, target plans and publications: the statistics context's own events, in log order. */
export const STATISTICS_PROJECTION: Projection = {
  name: 'statistics-own',
  category: STATISTICS_CATEGORY,
  tables: ['statistics_definitions', 'statistics_target_plans', 'statistics_goal_assessments', 'statistics_publications'],
  async handle(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as StatisticsEvent;
    const at = recorded.metadata.recordedAt;
    switch (event.type) {
      case 'statistics.indicator-version-published.v1':
        return publishDefinition(manager, event, recorded);
      case 'statistics.historical-incident-imported.v1': {
        const d = event.data;
        await lockStatistics(manager);
        const fact = {
          kind: d.kind,
          target: d.target,
          perpetrator: d.perpetrator,
          locationType: d.locationType,
          area: d.area,
          institutionId: d.institution,
          occurredAt: d.occurredAt,
          status: d.status,
          exposed: { staff: d.staffTargets, inmate: d.inmateTargets, client: 0, other: 0 },
        };
        const next = { incidentId: `import:${d.legacyId}`, source: 'import' as const, fact, cause: 'imported' as const, changed: [] };
        // A rebuild of this projection replays imports whose facts it kept (they are not its tables to empty).
        if (await currentVersion(manager, next.incidentId)) return;
        return storeVersion(manager, { ...next, recordedAt: d.recordedAt, eventId: recorded.id, revision: recorded.revision }, null);
      }
      case 'statistics.target-plan-set.v1':
        await manager.query(
          `INSERT INTO statistics_target_plans (plan_id, title, goals, set_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (plan_id) DO UPDATE SET title = $2, goals = $3, set_at = $4`,
          [event.data.planId, event.data.title, JSON.stringify(event.data.goals), at],
        );
        return;
      case 'statistics.goal-assessed.v1': {
        const d = event.data;
        await manager.query(
          `INSERT INTO statistics_goal_assessments (plan_id, goal, year, met, note, assessed_by, assessed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT DO NOTHING`,
          [d.planId, d.goal, d.year, d.met, d.note, d.assessedBy, at],
        );
        return;
      }
      case 'statistics.year-figures-published.v1': {
        const d = event.data;
        await manager.query(
          `INSERT INTO statistics_publications (indicator, year, edition, version, as_known_on, final, figures, note, published_by, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
          [d.indicator, d.year, d.edition, d.version, d.asKnownOn, d.final, JSON.stringify(d.figures), d.note, d.publishedBy, at],
        );
        return;
      }
    }
  },
};

/** Numbers definition versions in log order (so a rebuild gives each its partition again) and re-projects history under it. */
async function publishDefinition(manager: EntityManager, event: IndicatorVersionPublished, recorded: RecordedEvent): Promise<void> {
  const { indicator, version, rules, reason, publishedBy } = event.data;
  await lockStatistics(manager);
  const [{ next }]: { next: number }[] = await manager.query('SELECT coalesce(max(id), 0) + 1 AS next FROM statistics_definitions');
  const started = Date.now();
  const counted = ['counted', ...['duplicate', 'not-reportable'].filter((status) => !rules.excludes.includes(status as never))];
  const persons = new Set(rules.counting === 'exposed-persons' ? rules.exposedPersons : []);
  await manager.query(
    `INSERT INTO statistics_definitions (id, indicator, version, rules, reason, published_by, published_at, event_id, kinds, targets, perpetrators,
       locations, per_person, exposed_staff, exposed_inmate, exposed_client, exposed_other, counted_statuses)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      next,
      indicator,
      version,
      JSON.stringify(rules),
      reason,
      publishedBy,
      recorded.metadata.recordedAt,
      recorded.id,
      rules.kinds,
      rules.targets,
      rules.perpetrators,
      rules.locations,
      rules.counting === 'exposed-persons',
      persons.has('staff'),
      persons.has('inmate'),
      persons.has('client'),
      persons.has('other'),
      counted,
    ],
  );
  const incidents = await reprojectDefinition(manager, next);
  await manager.query('UPDATE statistics_definitions SET incidents_counted = $2, reprojected_ms = $3 WHERE id = $1', [next, incidents, Date.now() - started]);
}
