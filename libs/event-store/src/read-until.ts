import { EventStore, RecordedEvent } from './event-store.port';

/** Events per read: a few round trips for a long stream, and little read past the moment. */
const PAGE = 2000;

/**
 * A stream from its start (or `fromRevision`) up to the first event recorded after `moment`, read forwards page by page with the
 * port's own `fromRevision`/`maxCount`: a replay to a moment reads about that far, not the whole stream.
 * `recordedSince` says whether anything was recorded later (the page read past the moment found some).
 */
export async function readStreamUntil(
  store: EventStore,
  streamId: string,
  moment: Date,
  pageSize = PAGE,
  fromRevision = 0,
): Promise<{ events: RecordedEvent[]; recordedSince: boolean }> {
  const until = moment.getTime();
  const events: RecordedEvent[] = [];
  for (let from = fromRevision; ; from += pageSize) {
    const page = await store.readStream(streamId, { fromRevision: from, maxCount: pageSize });
    for (const event of page) {
      if (new Date(event.metadata.recordedAt).getTime() > until) return { events, recordedSince: true };
      events.push(event);
    }
    if (page.length < pageSize) return { events, recordedSince: false };
  }
}
