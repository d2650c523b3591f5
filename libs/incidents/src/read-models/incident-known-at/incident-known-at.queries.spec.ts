import { EventStore, ReadStreamOptions, RecordedEvent } from '@vigil/event-store';
import { GetIncidentKnownAt, GetIncidentKnownAtHandler } from './incident-known-at.queries';

const ID = '5f1c2a9e-0000-4000-8000-000000000001';
const STREAM = `incident-${ID}`;

/** An incident reported, then reclassified back and forth, one event a minute from 10:00; the reads made of it are kept. */
function incidentStream(n: number): { store: EventStore; reads: ReadStreamOptions[]; at: (revision: number) => Date } {
  const at = (revision: number) => new Date(Date.UTC(2026, 11, 6, 10, revision));
  const kinds = ['threat', 'violence'];
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    streamId: STREAM,
    revision: i,
    type: i === 0 ? 'incidents.incident-reported.v1' : 'incidents.incident-reclassified.v1',
    data:
      i === 0
        ? {
            incidentId: ID,
            kind: 'threat',
            target: 'staff-on-duty',
            perpetrator: 'inmate',
            location: { type: 'institution', area: 'syddanmark', institution: 'nyborg' },
            severity: 'moderate',
            injuries: { physical: 'none', psychological: false },
            occurredAt: '2026-10-01T08:00:00.000Z',
            description: 'A report.',
            involved: [],
            reportedBy: 'ST-7K3Q9P',
          }
        : { incidentId: ID, from: { kind: kinds[(i + 1) % 2], target: 'staff-on-duty' }, to: { kind: kinds[i % 2], target: 'staff-on-duty' }, reason: `r${i}` },
    metadata: { actor: 'ST-7K3Q9P', correlationId: 'c', recordedAt: at(i).toISOString() },
  })) as unknown as RecordedEvent[];
  const reads: ReadStreamOptions[] = [];
  const store = {
    readStream: async (_: string, options: ReadStreamOptions = {}) => {
      reads.push(options);
      const from = options.fromRevision ?? 0;
      return events.slice(from, from + (options.maxCount ?? n));
    },
    streamRevision: async () => n - 1,
  } as unknown as EventStore;
  return { store, reads, at };
}

describe('an incident as known at a moment, replayed from folded prefixes', () => {
  it('gives what a whole replay gives at every moment, reading only past the nearest prefix once one is kept', async () => {
    const { store, reads, at } = incidentStream(4500);
    const warm = new GetIncidentKnownAtHandler(store);
    await warm.execute(new GetIncidentKnownAt(ID, at(4499))); // one whole replay keeps the prefixes
    expect(reads[0].fromRevision).toBe(0);
    for (const revision of [0, 1, 998, 999, 1000, 2500, 3999, 4000, 4499]) {
      const cold = new GetIncidentKnownAtHandler(store);
      const moment = new Date(at(revision).getTime() + 30_000);
      reads.length = 0;
      const fromPrefix = await warm.execute(new GetIncidentKnownAt(ID, moment));
      expect(reads[0]?.fromRevision ?? 0).toBe(revision >= 999 ? Math.floor((revision + 1) / 1000) * 1000 : 0);
      expect(fromPrefix).toEqual(await cold.execute(new GetIncidentKnownAt(ID, moment)));
      expect(fromPrefix).toMatchObject({ eventsIncluded: revision + 1, revision, eventsRecordedSince: 4499 - revision });
    }
  });

  it('knows nothing before the report, whatever it keeps', async () => {
    const { store, at } = incidentStream(1500);
    const handler = new GetIncidentKnownAtHandler(store);
    await handler.execute(new GetIncidentKnownAt(ID, at(1499)));
    expect(await handler.execute(new GetIncidentKnownAt(ID, new Date(at(0).getTime() - 1)))).toMatchObject({
      eventsIncluded: 0,
      revision: null,
      state: { status: 'none' },
      eventsRecordedSince: 1500,
    });
  });
});
