import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiTooManyLiveViews, LiveConnections } from '@vigil/http-commands';
import { distinctUntilChanged, interval, map, merge, Observable } from 'rxjs';
import { BoardChangeFeed } from './board-change-feed';

const KEEP_ALIVE_MS = 20_000;

/**
 * The crisis board, live: `ready` first (with the board's position), then `board-changed` whenever
 * the board's projection moves. Messages carry positions only; the page refetches `/crisis-board`.
 */
@ApiTags('crisis-activations')
@Controller('crisis-board')
export class BoardLiveController {
  constructor(
    private readonly feed: BoardChangeFeed,
    private readonly connections: LiveConnections,
  ) {}

  @Sse('live')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      "A server-sent event stream: `ready`, then `board-changed` (id and JSON data `position`, the board projection's position) each time the board changes; `keep-alive` every 20 s",
    schema: { type: 'string' },
  })
  @ApiTooManyLiveViews()
  @ApiOperation({ summary: 'Server-sent events: `ready`, then `board-changed` each time the crisis board changes' })
  live(@Actor() actor: string): Observable<MessageEvent> {
    const changes = this.feed.positions.pipe(
      distinctUntilChanged(),
      map((position, i): MessageEvent => ({ type: i === 0 ? 'ready' : 'board-changed', id: position, data: { position } })),
    );
    const keepAlive = interval(KEEP_ALIVE_MS).pipe(map((): MessageEvent => ({ type: 'keep-alive', data: {} })));
    return this.connections.hold(actor, merge(changes, keepAlive));
  }
}
