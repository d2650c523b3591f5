import { Injectable } from '@nestjs/common';
import { catchError, EMPTY, exhaustMap, from, Observable, share, timer } from 'rxjs';
import { DataSource } from 'typeorm';

/** How often the shared poll reads the board projection's checkpoint. */
export const BOARD_POLL_MS = 250;
const BOARD_PROJECTION = 'crisis-readiness.activations';

/**
 * Where the board's projection stands, polled once for all watchers (the poll runs only while
 * someone watches). The checkpoint moves only when activation events are applied, in the same
 * transaction as the rows, so a moved checkpoint means the board has changed and is readable.
 */
@Injectable()
export class BoardChangeFeed {
  readonly positions: Observable<string>;

  constructor(private readonly dataSource: DataSource) {
    this.positions = timer(0, BOARD_POLL_MS).pipe(
      exhaustMap(() => from(this.position()).pipe(catchError(() => EMPTY))), // a failed poll is retried by the next tick
      share(),
    );
  }

  async position(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT commit_position || '/' || prepare_position AS position FROM projection_checkpoints WHERE name = $1`, [BOARD_PROJECTION]);
    return row?.position ?? '0/0';
  }
}
