import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { ActionCardProblemFilter } from '../action-card-problems';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { slugParam, uuidParam } from '../command-handling/http-parts';
import { runStepCommand } from '../command-handling/run-step-command';
import { StreamExecutor } from '../command-handling/stream-executor';
import { decide } from './assign-step.decide';
import { assigneeOf, AssignStepDto } from './assign-step.dto';

@ApiTags('action-card-runs')
@UseFilters(ActionCardProblemFilter)
@Controller('action-card-runs')
export class AssignStepController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':runId/steps/:stepId/assignment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a step to a role or to one person (pseudonymous reference)' })
  @ApiOkResponse({ description: 'Recorded; ETag is the run revision. 409 with the current state when another coordinator got there first.' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('runId', uuidParam('runId')) runId: string,
    @Param('stepId', slugParam('stepId')) stepId: string,
    @Body() body: AssignStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const target = { runId, stepId, actor, request, bodyRevision: body.expectedRevision, response };
    return runStepCommand(this.executor, target, (state, now) => decide({ runId, stepId, actor, assignee: assigneeOf(body) }, state, now));
  }
}
