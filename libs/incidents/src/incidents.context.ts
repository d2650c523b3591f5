import { INCIDENT_PERSONAL_DATA } from './domain/incident.personal-data';
import { VigilContext } from '@vigil/command-handling';
import { seedDemoData } from './demo/seed-demo-data';
import { INCIDENT_UPCASTERS } from './domain/incident.upcasters';
import { INCIDENT_PROJECTIONS } from './incident-projections';
import { incidentProblems } from './incident-problems';
import { IncidentsHttpModule } from './incidents-http.module';
import { INCIDENT_PUBLICATION } from './integration/incident-publication';
import { IncidentReadModels1763860000010 } from './read-models/incident-read-models.migration';

/** The incident register, as the apps plug it in. */
export const INCIDENTS_CONTEXT: VigilContext = {
  name: 'incidents',
  personalData: INCIDENT_PERSONAL_DATA,
  http: IncidentsHttpModule,
  projections: INCIDENT_PROJECTIONS,
  migrations: [IncidentReadModels1763860000010],
  problems: [incidentProblems],
  publications: [INCIDENT_PUBLICATION],
  upcasters: INCIDENT_UPCASTERS,
  demo: async ({ databaseUrl, log, openStore }) => {
    const seeded = await seedDemoData(databaseUrl, log, new Date(), openStore);
    if (seeded > 0) log(`Loaded ${seeded} demo incidents (three full years and this year to date, across the four areas).`);
  },
};
