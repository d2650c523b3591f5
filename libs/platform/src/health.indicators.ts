import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { EventStore, innermostStore, PostgresEventStore } from '@vigil/event-store';

/** The event store's own pool (not the read models') answers a trivial query within `timeoutMs`. */
export async function pingEventStore(indicators: HealthIndicatorService, given: EventStore, timeoutMs: number): Promise<HealthIndicatorResult<'event-store'>> {
  const session = indicators.check('event-store');
  const store = innermostStore(given);
  if (!(store instanceof PostgresEventStore)) return session.up({ message: 'not a PostgreSQL store; not pinged' });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.pool.query('SELECT 1'),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return session.up();
  } catch (error) {
    return session.down({ message: (error as Error).message });
  } finally {
    clearTimeout(timer);
  }
}
