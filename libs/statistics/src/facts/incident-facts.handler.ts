import { IncidentReportedV2, INCIDENTS_TOPIC, IntegrationMessage } from '@vigil/integration-contracts';
import { ContractHandler } from '@vigil/messaging';
import { EntityManager } from 'typeorm';
import { lockStatistics } from './contributions';
import { advanceRevision, currentVersion, storeVersion } from './fact-versions';
import { nextFact, reportedFact } from './incident-fact';
import { recordAnomaly } from './statistics-anomalies';

/**
 * The statistics context's copy of what it counts from the incident register: each contract that
 * changes a counted fact adds a version, known from when the change was recorded. Fed over Kafka
 * (its own consumer group) or in-process, the same handler either way.
 */
export const INCIDENT_FACTS_HANDLER: ContractHandler = {
  name: 'statistics',
  topics: [INCIDENTS_TOPIC],
  tables: ['statistics_incident_versions', 'statistics_contributions', 'statistics_anomalies'],
  async handle(message: IntegrationMessage, manager: EntityManager): Promise<void> {
    await lockStatistics(manager);
    const incidentId = (message.payload as { incidentId: string }).incidentId;
    const current = await currentVersion(manager, incidentId);
    if (message.contract === 'incidents.incident-reported') {
      if (current) return recordAnomaly(manager, message, 'incident reported twice under different message ids');
      const fact = reportedFact(message.payload as IncidentReportedV2);
      return storeVersion(manager, { ...common(message, incidentId), fact, cause: 'reported', changed: [] }, null);
    }
    if (!current || current.lastRevision >= message.streamRevision)
      return recordAnomaly(manager, message, 'update for an unknown incident or an older revision');
    const change = nextFact(current.fact, message);
    if (!change) return advanceRevision(manager, current.id, message.streamRevision);
    await storeVersion(manager, { ...common(message, incidentId), ...change }, current);
  },
};

function common(message: IntegrationMessage, incidentId: string) {
  return { incidentId, source: 'register' as const, recordedAt: message.recordedAt, eventId: message.messageId, revision: message.streamRevision };
}
