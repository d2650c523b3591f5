import { STATISTICS_PERSONAL_DATA } from './domain/statistics.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { publishDefinition, withRunner } from './demo/load-statistics';
import { seedStatisticsDemo } from './demo/seed-statistics-demo';
import { STANDARD_INDICATORS } from './demo/standard-indicators';
import { StatisticsFeed1763860000061 } from './facts/statistics-feed.migration';
import { StatisticsReadModels1763860000090 } from './facts/statistics.migration';
import { StatisticsSeries1763860000180 } from './facts/statistics-series.migration';
import { STATISTICS_PROJECTION } from './facts/statistics.projection';
import { StatisticsCommandsModule } from './statistics-commands.module';
import { StatisticsHttpModule } from './statistics-http.module';
import { statisticsProblems } from './statistics-problems';

/**
 * Statistics for the safety partnership, as the apps plug them in. Its incident facts come from the
 * register's contracts through INCIDENT_FACTS_HANDLER (Kafka or in-process, chosen by the apps);
 * its own events (definitions, imports, plans, publications) through STATISTICS_PROJECTION.
 */
export const STATISTICS_CONTEXT: VigilContext = {
  name: 'statistics',
  personalData: STATISTICS_PERSONAL_DATA,
  http: StatisticsHttpModule,
  commands: StatisticsCommandsModule,
  projections: [STATISTICS_PROJECTION],
  migrations: [StatisticsFeed1763860000061, StatisticsReadModels1763860000090, StatisticsSeries1763860000180],
  problems: [statisticsProblems],
  gauges: [
    {
      name: 'vigil_statistics_definitions',
      help: 'Published indicator definition versions, by whether their history has been re-projected',
      labels: ['state'],
      sql: `SELECT CASE WHEN incidents_counted IS NULL THEN 'computing' ELSE 'ready' END AS state, count(*) AS value FROM statistics_definitions GROUP BY 1`,
    },
  ],
  reference: async ({ databaseUrl, log }) => {
    const published = await withRunner(databaseUrl, async (runner) => {
      let count = 0;
      for (const definition of STANDARD_INDICATORS) if (await publishDefinition(runner, definition)) count++;
      return count;
    });
    if (published) log(`Published ${published} standard statistics definitions.`);
  },
  demo: ({ databaseUrl, app, log }) => seedStatisticsDemo(databaseUrl, app, log),
};
