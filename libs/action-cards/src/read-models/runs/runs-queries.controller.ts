import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { problem } from '@vigil/http-problems';
import type { Response } from 'express';
import { uuidParam } from '../../command-handling/http-parts';
import { BoardQueries } from './board.queries';
import { FiguresQueries } from './figures.queries';
import { RunDetailQueries } from './run-detail.queries';
import { BoardQuery, FiguresQuery } from './runs-queries.dto';

/** What coordinators watch and auditors replay: the board, one run in full, and the uniform-handling figures. */
@ApiTags('action-card-runs')
@Controller()
export class RunsQueriesController {
  constructor(
    private readonly runs: RunDetailQueries,
    private readonly boardQueries: BoardQueries,
    private readonly figuresQueries: FiguresQueries,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('action-card-board')
  @ApiOperation({ summary: 'Open runs by area and institution, each with its next due step and its overdue steps' })
  async board(@Actor() _actor: string, @Query() query: BoardQuery) {
    return this.boardQueries.board(query, this.clock.now());
  }

  @Get('action-card-runs/:runId')
  @ApiOperation({ summary: 'One run: the card exactly as pinned, every step state, and who did what when (ETag = revision)' })
  async detail(@Actor() actor: string, @Param('runId', uuidParam('runId')) runId: string, @Res({ passthrough: true }) response: Response) {
    const run = await this.runs.detail(runId);
    if (!run) throw new NotFoundException(problem(404, 'run-not-found', 'Run not found', `No action-card run ${runId} is recorded`));
    await this.accessLog.record(actor, `action-card-run/${runId}`, 'detail');
    response.setHeader('ETag', `"${run.revision}"`);
    return run;
  }

  @Get('action-card-figures')
  @ApiOperation({ summary: 'Uniform handling per card, area and period: shares of mandatory steps done on time, late, skipped, still open' })
  async figures(@Actor() _actor: string, @Query() query: FiguresQuery) {
    return this.figuresQueries.figures(query, this.clock.now());
  }
}
