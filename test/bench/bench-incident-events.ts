import { randomUUID } from 'node:crypto';
import { NewEvent } from '@vigil/event-store';

/** A threat against staff on duty in syddanmark, as POST /incidents takes it: the start policy turns each into an action card run. */
export const BENCH_THREAT_REPORT = {
  kind: 'threat',
  target: 'staff-on-duty',
  perpetrator: 'inmate',
  location: { type: 'institution', area: 'syddanmark', institution: 'nyborg' },
  severity: 'moderate',
  injuries: { physical: 'none', psychological: false },
  occurredAt: '2026-10-01T08:00:00.000Z',
  description: 'Bench: threat during yard time.',
  involved: [],
};

/** An incident stream's n-th event, shaped as the register writes it; each becomes one Kafka message. */
export function benchIncidentEvent(incidentId: string, n: number): NewEvent {
  const metadata = { actor: 'ST-BENCH1', correlationId: randomUUID() };
  if (n === 0) {
    return {
      id: randomUUID(),
      type: 'incidents.incident-reported.v1',
      metadata,
      data: { incidentId, ...BENCH_THREAT_REPORT, description: 'Bench incident with a sentence of free text, as real reports have.', reportedBy: 'ST-BENCH1' },
    };
  }
  const kinds = ['threat', 'violence'];
  return {
    id: randomUUID(),
    type: 'incidents.incident-reclassified.v1',
    metadata,
    data: { incidentId, from: { kind: kinds[(n + 1) % 2], target: 'staff-on-duty' }, to: { kind: kinds[n % 2], target: 'staff-on-duty' }, reason: 'bench' },
  };
}
