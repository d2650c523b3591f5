import { Controller, MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiTooManyLiveViews } from '@vigil/http-commands';
import { Actor } from '@vigil/actors';
import { filter, interval, map, merge, Observable } from 'rxjs';
import { LiveConnections, UuidParam } from '@vigil/http-commands';
import { RunChange } from '../read-models/runs/runs.projection';
import { BoardQuery } from '../read-models/runs/runs-queries.dto';
import { RunChangeFeed } from './run-change-feed';

const KEEP_ALIVE_MS = 20_000;

/** The stream as documented: its events and what each carries. */
const RUN_EVENTS = {
  description:
    'A server-sent event stream: `ready` once it listens; `run-changed` (id `<runId>:<revision>`) with JSON data runId, revision, status, area, institution, exercise, type (the event type) and stepId; `keep-alive` every 20 s',
  schema: { type: 'string' },
} as const;

/**
 * Server-sent events for pages that watch the board or one run. Each message names what changed
 * (run, revision, step, status), never free text; the page refetches what it shows. The first
 * message, `ready`, comes once the feed listens, so nothing committed after it is missed.
 */
@ApiTags('action-card-runs')
@Controller()
export class LiveController {
  constructor(
    private readonly feed: RunChangeFeed,
    private readonly connections: LiveConnections,
  ) {}

  @Sse('action-card-board/live')
  @ApiProduces('text/event-stream')
  @ApiOkResponse(RUN_EVENTS)
  @ApiTooManyLiveViews()
  @ApiOperation({ summary: 'Live changes to the board (optionally one area or institution) as server-sent events' })
  board(@Actor() actor: string, @Query() query: BoardQuery): Observable<MessageEvent> {
    return this.watch(actor, (c) => (!query.area || c.area === query.area) && (!query.institution || c.institution === query.institution));
  }

  @Sse('action-card-runs/:runId/live')
  @ApiProduces('text/event-stream')
  @ApiOkResponse(RUN_EVENTS)
  @ApiTooManyLiveViews()
  @ApiOperation({ summary: 'Live changes to one run as server-sent events' })
  run(@Actor() actor: string, @UuidParam('runId') runId: string): Observable<MessageEvent> {
    return this.watch(actor, (c) => c.runId === runId);
  }

  private watch(actor: string, wanted: (change: RunChange) => boolean): Observable<MessageEvent> {
    const feed = new Observable<MessageEvent>((subscriber) => {
      let inner: { unsubscribe(): void } | null = null;
      let closed = false;
      // Changes may have been missed while the database was away: end the view; the page reconnects and refetches on `ready`.
      const drop = this.feed.dropped.subscribe(() => subscriber.complete());
      this.feed.listening().then(
        () => {
          if (closed) return;
          subscriber.next({ type: 'ready', data: { ready: true } });
          const changes = this.feed.changes.pipe(
            filter(wanted),
            map((change): MessageEvent => ({ type: 'run-changed', id: `${change.runId}:${change.revision}`, data: change })),
          );
          const keepAlive = interval(KEEP_ALIVE_MS).pipe(map((): MessageEvent => ({ type: 'keep-alive', data: {} })));
          inner = merge(changes, keepAlive).subscribe(subscriber);
        },
        (error) => subscriber.error(error),
      );
      return () => {
        closed = true;
        drop.unsubscribe();
        inner?.unsubscribe();
      };
    });
    return this.connections.hold(actor, feed);
  }
}
