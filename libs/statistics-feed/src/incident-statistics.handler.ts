import {
  ContractViolation,
  IncidentContracts,
  IncidentCountingChangedV1,
  IncidentFactsCorrectedV1,
  IncidentReclassifiedV1,
  IncidentReportedV1,
  INCIDENTS_TOPIC,
  IntegrationMessage,
} from '@vigil/integration-contracts';
import { ContractHandler } from '@vigil/messaging';
import { EntityManager } from 'typeorm';
import { recordAnomaly } from './statistics-anomalies';

const TABLE = 'statistics_feed_incidents';

/**
 * The statistics service's own copy of what it needs from the incident register: one row per
 * incident with its codes, updated only by a newer stream revision than the row has seen.
 */
export const INCIDENT_STATISTICS_HANDLER: ContractHandler = {
  name: 'statistics-feed',
  topics: [INCIDENTS_TOPIC],
  tables: [TABLE, 'statistics_feed_anomalies'],
  async handle(message: IntegrationMessage, manager: EntityManager): Promise<void> {
    if (message.contract === 'incidents.incident-reported') return insertIncident(manager, message as IntegrationMessage<IncidentReportedV1>);
    const set = changesOf(message);
    const updated: unknown = await manager.query(
      `UPDATE ${TABLE} SET ${set.columns.map((c, i) => `${c} = $${i + 3}`).join(', ')}, last_revision = $2, updated_at = now()
       WHERE incident_id = $1 AND last_revision < $2 RETURNING 1`,
      [(message.payload as { incidentId: string }).incidentId, message.streamRevision, ...set.values],
    );
    if (affectedRows(updated) === 0) await recordAnomaly(manager, message, 'update for an unknown incident or an older revision');
  },
};

async function insertIncident(manager: EntityManager, message: IntegrationMessage<IncidentReportedV1>): Promise<void> {
  const p = message.payload;
  const rows: unknown[] = await manager.query(
    `INSERT INTO ${TABLE} (incident_id, kind, target, perpetrator, severity, area, institution_id, occurred_at, counted, closed, last_revision, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, false, $9, now()) ON CONFLICT (incident_id) DO NOTHING RETURNING 1`,
    [p.incidentId, p.kind, p.target, p.perpetrator, p.severity, p.area, p.institutionId, p.occurredAt, message.streamRevision],
  );
  if (rows.length === 0) await recordAnomaly(manager, message, 'incident reported twice under different message ids');
}

type Change = { columns: string[]; values: unknown[] };

/** The columns a contract changes; exported for its spec. */
export function changesOf(message: IntegrationMessage): Change {
  switch (message.contract as keyof IncidentContracts) {
    case 'incidents.incident-reclassified': {
      const p = message.payload as IncidentReclassifiedV1;
      return { columns: ['kind', 'target'], values: [p.kind, p.target] };
    }
    case 'incidents.incident-facts-corrected': {
      const p = message.payload as IncidentFactsCorrectedV1;
      const fields: [string, unknown][] = [
        ['occurred_at', p.occurredAt],
        ['severity', p.severity],
        ['area', p.area],
        ['institution_id', p.institutionId],
      ];
      const present = fields.filter(([, v]) => v !== undefined);
      // Would otherwise be an UPDATE with nothing to set: a database error retried for ever, stalling its partition.
      if (present.length === 0) throw new ContractViolation('incidents.incident-facts-corrected names no changed fact');
      return { columns: present.map(([c]) => c), values: present.map(([, v]) => v) };
    }
    case 'incidents.incident-counting-changed':
      return { columns: ['counted'], values: [(message.payload as IncidentCountingChangedV1).counted] };
    case 'incidents.incident-closed':
      return { columns: ['closed'], values: [true] };
    default:
      throw new ContractViolation(`statistics-feed does not handle ${message.contract}`);
  }
}

/** TypeORM's postgres driver answers UPDATE with [rows, count]. */
function affectedRows(result: unknown): number {
  return Array.isArray(result) && Array.isArray(result[0]) ? Number(result[1]) : (result as unknown[]).length;
}
