import { INestApplicationContext } from '@nestjs/common';
import { CommandMeta, CommandRunner } from '@vigil/command-handling';
import { deterministicUuid } from '@vigil/event-sourcing';
import { DataSource } from 'typeorm';
import { decideImport } from '../domain/historical-incident';
import { decideAssessGoal, decideSetPlan, Goal } from '../domain/target-plan';
import { decidePublishYear } from '../domain/year-publication';
import { HISTORICAL_STREAM, PUBLICATION_STREAM, TARGET_PLAN_STREAM } from '../statistics-streams';
import { dayAfterYear } from '../figures/calendar';
import { findDefinition } from '../figures/definitions.query';
import { snapshotOf } from '../figures/publications.query';
import { historicalYear } from './historical-demo';
import { publishDefinition, STATISTICS_ACTOR, withRunner } from './load-statistics';
import { REVISED_STAFF_DEFINITION } from './standard-indicators';

/** A member of the demo's safety partnership (one of the demo accounts). */
const PARTNER = 'ST-DEMO05';

const meta = (what: string, ...parts: string[]): CommandMeta => ({
  actor: PARTNER,
  correlationId: deterministicUuid('vigil-statistics-demo', what, ...parts),
  eventIds: (i) => deterministicUuid('vigil-statistics-demo-event', what, ...parts, String(i)),
});

/**
 * The demo's statistics: the previous register's records of the year before the demo incidents, the partnership's
 * revised staff definition, the 2015 plan's weighted goals, and (once the figures have caught up) each year published.
 */
export async function seedStatisticsDemo(databaseUrl: string, app: INestApplicationContext, log: (line: string) => void, now = new Date()): Promise<void> {
  const firstYear = now.getUTCFullYear() - 4;
  await withRunner(databaseUrl, async (runner) => {
    let imported = 0;
    for (const incident of historicalYear(firstYear)) {
      const { model, namespace, streamOf } = HISTORICAL_STREAM;
      const decide = (state: Parameters<typeof decideImport>[1]) => decideImport({ incident, source: 'previous-register', actor: PARTNER }, state);
      const outcome = await runner.run({ streamId: streamOf(incident), model, namespace, decide }, meta('import', incident.legacyId));
      if (!outcome.alreadyRecorded) imported++;
    }
    if (imported) log(`Imported ${imported} records of ${firstYear} from the previous register's export.`);
    if (await publishDefinition(runner, REVISED_STAFF_DEFINITION, 1)) log('Published version 2 of the staff definition (off duty and families included).');
    await setPlan(runner, firstYear + 1);
  });
  void publishWhenCaughtUp(databaseUrl, app, firstYear, now, log);
}

async function setPlan(runner: CommandRunner, baselineYear: number): Promise<void> {
  const goals: Goal[] = [
    { goal: 'intervention-catalogue', title: 'The areas use the catalogue of short- and long-term interventions', weight: 30, assessed: true },
    {
      goal: 'inmates-minus-3',
      title: 'Violence and threats between inmates down 3 % a year',
      weight: 25,
      indicator: 'inmate-exposures',
      baselineYear,
      changePerYear: -3,
    },
    {
      goal: 'staff-minus-3',
      title: 'Violence and threats against staff down 3 % a year',
      weight: 25,
      indicator: 'staff-episodes',
      baselineYear,
      changePerYear: -3,
    },
    { goal: 'unannounced-searches', title: 'Five unannounced large-scale searches in prisons and local jails', weight: 20, assessed: true },
  ];
  const { model, namespace, streamOf } = TARGET_PLAN_STREAM;
  const streamId = streamOf({ planId: 'action-plan' });
  const title = 'Safety and decency: violence and threats';
  await runner.run(
    { streamId, model, namespace, decide: (s) => (s.title ? [] : decideSetPlan({ planId: 'action-plan', title, goals, actor: PARTNER }, s)) },
    meta('plan'),
  );
  const verdicts: [string, number, boolean, string][] = [
    ['intervention-catalogue', baselineYear + 1, true, 'The catalogue was adopted in the spring and all four areas report using it.'],
    ['unannounced-searches', baselineYear + 1, false, 'Four of the five planned searches were carried out; one was postponed.'],
    ['intervention-catalogue', baselineYear + 2, true, 'All areas have set interventions from the catalogue in motion.'],
    ['unannounced-searches', baselineYear + 2, true, 'Six unannounced searches were carried out.'],
  ];
  for (const [goal, year, met, note] of verdicts) {
    const decide = (s: Parameters<typeof decideAssessGoal>[1]) => decideAssessGoal({ planId: 'action-plan', goal, year, met, note, actor: PARTNER }, s);
    await runner.run({ streamId, model, namespace, decide }, meta('assess', goal, String(year)));
  }
}

/** Publishing needs the figures, which the projections compute after start: wait for them, then publish each past year. */
async function publishWhenCaughtUp(databaseUrl: string, app: INestApplicationContext, firstYear: number, now: Date, log: (line: string) => void) {
  try {
    const db = app.get(DataSource);
    for (let attempt = 0; attempt < 1200 && !(await caughtUp(db)); attempt++) await new Promise((resolve) => setTimeout(resolve, 500));
    let published = 0;
    await withRunner(databaseUrl, async (runner) => {
      for (let year = firstYear; year < now.getUTCFullYear(); year++) {
        // The years before the revised definition are published under version 1; the last one under version 2: a break in series.
        const version = year === now.getUTCFullYear() - 1 ? 2 : 1;
        const definition = await findDefinition(db.manager, 'staff-episodes', version);
        if (!definition) continue;
        for (const [edition, day] of [[1, definition.rules.firstRelease] as const, [2, definition.rules.cutOff] as const]) {
          const asKnownOn = dayAfterYear(year, day); // the end of 9 January, of 1 April: what publishing on that day shows
          if (asKnownOn > now) continue;
          const figures = await snapshotOf(db.manager, definition.id, year, asKnownOn);
          const cutOff = dayAfterYear(year, definition.rules.cutOff);
          const note = edition === 1 ? 'Provisional: registrations made up to 9 January; late registrations occur, so the year is final in April.' : 'Final.';
          const command = { indicator: 'staff-episodes', year, version, asKnownOn, cutOff, figures, note, actor: PARTNER };
          const { model, namespace, streamOf } = PUBLICATION_STREAM;
          const decide = (s: Parameters<typeof decidePublishYear>[1], at: Date) => (s.editions.length >= edition ? [] : decidePublishYear(command, s, at));
          const outcome = await runner.run({ streamId: streamOf(command), model, namespace, decide }, meta('publish', String(year), String(edition)));
          if (!outcome.alreadyRecorded) published++;
        }
      }
    });
    if (published) log(`Published ${published} editions of past years' staff figures.`);
  } catch (error) {
    // The app closed before the figures caught up (a test, a quick stop): the next start publishes them.
    log(`Demo publications left for the next start: ${(error as Error).message}`);
  }
}

/** Both statistics feeds have handled everything in their categories. */
async function caughtUp(db: DataSource): Promise<boolean> {
  const [row]: { done: boolean }[] = await db.query(`
    SELECT bool_and(coalesce((c.commit_position, c.prepare_position) >= (h.tx, h.gp), false)) AS done
      FROM (SELECT 'statistics:in-process' AS name, 'incident' AS category UNION ALL SELECT 'statistics-own', 'statistics') AS f
      LEFT JOIN projection_checkpoints c ON c.name = f.name
      CROSS JOIN LATERAL (SELECT transaction_id::text::bigint AS tx, global_position AS gp FROM event_store.events e
                           WHERE e.category = f.category ORDER BY transaction_id DESC, global_position DESC LIMIT 1) h`);
  return row?.done === true;
}

export { STATISTICS_ACTOR };
