import { Body, Controller, HttpCode, Param, Post, Put, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { planStreamId } from '../crisis-streams';
import { CommandRequest, CommandRequestInfo, expectedRevisionOf } from '@vigil/http-commands';
import { answer, slugParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { PLAN_MODEL } from '../command-handling/stream-models';
import { decide } from './draft-plan.decide';
import { CreatePlanDto, PlanDto } from './plan.dto';

@ApiTags('crisis-plans')
@Controller('crisis-plans')
@UseFilters(CRISIS_PROBLEMS)
export class DraftPlanController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a readiness plan: its first version as a draft' })
  async create(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: CreatePlanDto, @Res({ passthrough: true }) response: Response) {
    const { planId, expectedRevision: _e, ...plan } = body;
    const outcome = await this.executor.execute(planStreamId(planId), PLAN_MODEL, { actor, ...request }, (state) => decide({ planId, plan, isNew: true, actor }, state));
    response.setHeader('Location', `/crisis-plans/${planId}`);
    return answer(response, outcome, { planId });
  }

  @Put(':planId/draft')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write (or replace) the draft of the next version; published versions never change' })
  async draft(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('planId', slugParam('planId')) planId: string, @Body() body: PlanDto, @Res({ passthrough: true }) response: Response) {
    const { expectedRevision, ...plan } = body;
    const context = { actor, ...request, expectedRevision: expectedRevisionOf(request, expectedRevision) };
    const outcome = await this.executor.execute(planStreamId(planId), PLAN_MODEL, context, (state) => decide({ planId, plan, isNew: false, actor }, state));
    return answer(response, outcome, { planId });
  }
}
