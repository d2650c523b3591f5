import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { catchError, EMPTY, exhaustMap, from, Observable, share, timer } from 'rxjs';
import { GetBoardPosition } from './board-position.query';

/** How often the shared poll reads the board projection's checkpoint. */
export const BOARD_POLL_MS = 250;

/**
 * Where the board's projection stands, polled once for all watchers (the poll runs only while
 * someone watches). The checkpoint moves only when activation events are applied, in the same
 * transaction as the rows, so a moved checkpoint means the board has changed and is readable.
 */
@Injectable()
export class BoardChangeFeed {
  readonly positions: Observable<string>;

  constructor(private readonly queries: QueryBus) {
    this.positions = timer(0, BOARD_POLL_MS).pipe(
      exhaustMap(() => from(this.queries.execute(new GetBoardPosition())).pipe(catchError(() => EMPTY))), // a failed poll is retried by the next tick
      share(),
    );
  }
}
