import { SubjectRecord } from './subject-records.port';
import { assembleTimeline, unmatchedMoments } from './timeline';

const record = (eventId: string, at: string, what = eventId): SubjectRecord => ({
  eventId,
  at,
  source: 'incident',
  recordId: '5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4',
  what,
  actor: 'ST-7K3Q9P',
});

describe("a review's timeline", () => {
  it('orders every record oldest first by when it was recorded, keeping the log order for the same instant, each once', () => {
    const records = [
      record('b', '2026-03-14T21:40:00.000Z'),
      record('a', '2026-03-14T21:35:00.000Z'),
      record('c', '2026-03-14T21:40:00.000Z'),
      record('a', '2026-03-14T21:35:00.000Z'),
    ];
    expect(assembleTimeline(records, []).map((e) => e.eventId)).toEqual(['a', 'b', 'c']);
  });

  it('flags the moments the reviewers marked, with why, and names marks that point at nothing in the record', () => {
    const entries = assembleTimeline(
      [record('a', '2026-03-14T21:35:00Z'), record('b', '2026-03-14T21:40:00Z')],
      [
        { eventId: 'b', why: 'Alarmen blev slået fire minutter efter' },
        { eventId: 'z', why: 'Fejl' },
      ],
    );
    expect(entries.map(({ eventId, marked, why }) => ({ eventId, marked, why }))).toEqual([
      { eventId: 'a', marked: false, why: undefined },
      { eventId: 'b', marked: true, why: 'Alarmen blev slået fire minutter efter' },
    ]);
    expect('why' in entries[0]).toBe(false);
    expect(
      unmatchedMoments(entries, [
        { eventId: 'b', why: 'x' },
        { eventId: 'z', why: 'y' },
      ]),
    ).toEqual(['z']);
  });
});
