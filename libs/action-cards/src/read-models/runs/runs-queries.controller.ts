import { figuresArea, Principal, SignedIn } from '@vigil/identity';
import { runScopeOf } from './run-reader-scope';
import { Controller, Get, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { UuidParam } from '@vigil/http-commands';
import { said } from '@vigil/event-sourcing';
import { saidProblem } from '@vigil/http-problems';
import type { Response } from 'express';
import { ActionCardBoardDto, FiguresDto } from './board-responses.dto';
import { GetBoard } from './board.queries';
import { GetFigures } from './figures.queries';
import { RunDetailDto } from './run-detail-responses.dto';
import { GetRunDetail } from './run-detail.queries';
import { BoardQuery, FiguresQuery } from './runs-queries.dto';

/** What coordinators watch and auditors replay: the board, one run in full, and the uniform-handling figures. */
@ApiTags('action-card-runs')
@Controller()
export class RunsQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('action-card-board')
  @ApiOperation({ summary: 'Open runs by area and institution, each with its next due step and its overdue steps' })
  @ApiOkResponse({ type: ActionCardBoardDto })
  board(@Actor() _actor: string, @SignedIn() reader: Principal, @Query() query: BoardQuery) {
    return this.queries.execute(new GetBoard(query, this.clock.now(), runScopeOf(reader)));
  }

  @Get('action-card-runs/:runId')
  @ApiOperation({ summary: 'One run: the card exactly as pinned, every step state, and who did what when (ETag = revision)' })
  @ApiOkResponse({ type: RunDetailDto })
  async detail(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('runId') runId: string, @Res({ passthrough: true }) response: Response) {
    const run = await this.queries.execute(new GetRunDetail(runId, runScopeOf(reader)));
    if (!run) throw new NotFoundException(saidProblem(404, 'run-not-found', said('not-found.run'), `No action-card run ${runId} is recorded`));
    await this.accessLog.record(actor, `action-card-run/${runId}`, 'detail');
    response.setHeader('ETag', `"${run.revision}"`);
    return run;
  }

  @Get('action-card-figures')
  @ApiOperation({ summary: 'Uniform handling per card, area and period: shares of mandatory steps done on time, late, skipped, still open' })
  @ApiOkResponse({ type: FiguresDto })
  figures(@Actor() _actor: string, @SignedIn() reader: Principal, @Query() query: FiguresQuery) {
    const area = figuresArea(reader, query.area);
    return this.queries.execute(new GetFigures(area === undefined ? query : { ...query, area: area ?? '-' }, this.clock.now()));
  }
}
