import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent } from '@vigil/event-store';

const KINDS = ['violence', 'threat', 'harassment'] as const;
const AREAS = ['hovedstaden', 'sjaelland', 'syddanmark', 'midt-nord'] as const;

/** The n-th event of an incident stream; every one of them becomes exactly one integration message. */
function incidentEvent(incidentId: string, n: number): NewEvent {
  const metadata = { actor: 'ST-TEST01', correlationId: randomUUID() };
  const id = randomUUID();
  if (n === 0) {
    const data = {
      incidentId,
      kind: 'violence',
      target: 'staff-on-duty',
      perpetrator: 'inmate',
      location: { type: 'institution', area: AREAS[incidentId.charCodeAt(0) % 4], institution: 'nyborg' },
      severity: 'moderate',
      injuries: { physical: 'none', psychological: false },
      occurredAt: '2026-10-01T08:00:00.000Z',
      description: 'free text that must never reach Kafka',
      involved: [],
      reportedBy: 'ST-TEST01',
    };
    return { id, type: 'incidents.incident-reported.v1', data, metadata };
  }
  if (n % 3 === 0) return { id, type: 'incidents.incident-marked-not-reportable.v1', data: { incidentId, reason: 'test' }, metadata };
  if (n % 3 === 1 && n > 1) return { id, type: 'incidents.incident-reopened.v1', data: { incidentId, reason: 'test' }, metadata };
  const kind = KINDS[n % KINDS.length];
  const from = { kind: KINDS[(n - 1) % KINDS.length], target: 'staff-on-duty' };
  return { id, type: 'incidents.incident-reclassified.v1', data: { incidentId, from, to: { kind, target: 'staff-on-duty' }, reason: 'test' }, metadata };
}

export interface Traffic {
  readonly streams: Map<string, number>;
  eventIds: string[];
}

/**
 * Appends `rounds` rounds of one event to each of `streamCount` incident streams, a few
 * concurrently, pausing `pauseMs` between rounds so faults can land while events flow.
 */
export async function appendTraffic(store: EventStore, streamCount: number, rounds: number, pauseMs: number, traffic?: Traffic): Promise<Traffic> {
  const state: Traffic = traffic ?? { streams: new Map(), eventIds: [] };
  if (state.streams.size === 0) for (let i = 0; i < streamCount; i++) state.streams.set(randomUUID(), -1);
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      [...state.streams.entries()].map(async ([incidentId, last]) => {
        const event = incidentEvent(incidentId, last + 1);
        await store.appendToStream(`incident-${incidentId}`, [event], { expectedRevision: last < 0 ? 'no-stream' : last });
        state.streams.set(incidentId, last + 1);
        state.eventIds.push(event.id);
      }),
    );
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  }
  return state;
}
