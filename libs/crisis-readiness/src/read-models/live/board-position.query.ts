import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

const BOARD_PROJECTION = 'crisis-readiness.activations';

/** Where the board's projection stands (commit/prepare position), '0/0' before it has applied anything. */
export class GetBoardPosition extends Query<string> {}

@QueryHandler(GetBoardPosition)
export class GetBoardPositionHandler implements IQueryHandler<GetBoardPosition> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT commit_position || '/' || prepare_position AS position FROM projection_checkpoints WHERE name = $1`, [
      BOARD_PROJECTION,
    ]);
    return row?.position ?? '0/0';
  }
}
