import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, ReadAllOptions, RecordedEvent, Subscription } from '../event-store.port';

export function testEvent(n: number, extra: Record<string, unknown> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'contract.something-happened.v1',
    data: { n, ...extra },
    metadata: { actor: 'ST-TEST01', correlationId: randomUUID() },
  };
}

export function testEvents(count: number, from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => testEvent(from + i));
}

/** Drains a subscription in the background until `until` says stop. */
export function collect(subscription: Subscription, until: (received: RecordedEvent[]) => boolean, timeoutMs = 30_000): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void subscription.close();
      reject(new Error(`subscription stalled: received ${received.length} events in ${timeoutMs} ms`));
    }, timeoutMs);
    void (async () => {
      try {
        for await (const event of subscription) {
          received.push(event);
          if (until(received)) break;
        }
        clearTimeout(timer);
        await subscription.close();
        resolve(received);
      } catch (error) {
        clearTimeout(timer);
        reject(error as Error);
      }
    })();
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asserts that each stream's events arrive with revisions 0, 1, 2, … in delivery order. */
export function perStreamOrderViolations(events: RecordedEvent[]): string[] {
  const next = new Map<string, number>();
  const violations: string[] = [];
  for (const e of events) {
    const expected = next.get(e.streamId) ?? 0;
    if (e.revision !== expected) violations.push(`${e.streamId}: got revision ${e.revision}, expected ${expected}`);
    next.set(e.streamId, e.revision + 1);
  }
  return violations;
}

/**
 * The global log (or a category) once at least `count` events are readable. It is read only below the oldest transaction
 * running on the whole server, so a writer in another database (a second copy of the suite) can hold it back a moment.
 */
export async function readAllOnceReadable(store: EventStore, count: number, options: ReadAllOptions = {}, timeoutMs = 20_000): Promise<RecordedEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await store.readAll(options);
    if (events.length >= count || Date.now() > deadline) return events;
    await sleep(10);
  }
}
