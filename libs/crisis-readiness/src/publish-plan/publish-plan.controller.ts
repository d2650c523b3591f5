import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { CrisisChangeCommandDto, slugParam } from '../command-handling/http-parts';
import { planCommand } from '../command-handling/plan-command';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { decide } from './publish-plan.decide';

@ApiTags('crisis-plans')
@Controller('crisis-plans')
@UseFilters(CRISIS_PROBLEMS)
export class PublishPlanController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':planId/publication')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the draft as version N (immutable); the version it replaces is superseded' })
  publish(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('planId', slugParam('planId')) planId: string, @Body() body: CrisisChangeCommandDto, @Res({ passthrough: true }) response: Response) {
    return planCommand(this.executor, { planId, actor, request, bodyRevision: body.expectedRevision, response }, (state, now) => decide({ planId, actor }, state, now));
  }
}
