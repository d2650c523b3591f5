import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { ActionCardProblemFilter } from '../action-card-problems';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { slugParam, uuidParam } from '../command-handling/http-parts';
import { runStepCommand } from '../command-handling/run-step-command';
import { StreamExecutor } from '../command-handling/stream-executor';
import { decide } from './complete-step.decide';
import { CompleteStepDto } from './complete-step.dto';

@ApiTags('action-card-runs')
@UseFilters(ActionCardProblemFilter)
@Controller('action-card-runs')
export class CompleteStepController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':runId/steps/:stepId/completion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tick a step off (prerequisites first; a note when the card requires one)' })
  @ApiOkResponse({ description: 'Recorded; ETag is the run revision. 409 with the current state when another coordinator got there first.' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('runId', uuidParam('runId')) runId: string,
    @Param('stepId', slugParam('stepId')) stepId: string,
    @Body() body: CompleteStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const target = { runId, stepId, actor, request, bodyRevision: body.expectedRevision, response };
    return runStepCommand(this.executor, target, (state, now) => decide({ runId, stepId, actor, note: body.note }, state, now));
  }
}
