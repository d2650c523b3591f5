import { Body, Controller, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { planIdParam } from '../command-handling/crisis-http';
import { DraftPlanCommand } from './draft-plan.handler';
import { CreatePlanDto, PlanDto } from './plan.dto';

@ApiTags('crisis-plans')
@Controller('crisis-plans')
export class DraftPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a readiness plan: its first version as a draft' })
  @ApiCommandAnswer(201, 'Drafted; Location names the plan, ETag its revision', { planId: 'slug' })
  async create(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: CreatePlanDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new DraftPlanCommand(body.toCommand(body.planId, actor, true), commandMeta(actor, request, body.expectedRevision)),
    );
    response.setHeader('Location', `/crisis-plans/${body.planId}`);
    return answer(response, outcome, { planId: body.planId });
  }

  @Put(':planId/draft')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write (or replace) the draft of the next version; published versions never change' })
  @ApiCommandAnswer(200, 'Drafted; ETag is the new revision', { planId: 'slug' })
  async draft(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('planId', planIdParam) planId: string,
    @Body() body: PlanDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new DraftPlanCommand(body.toCommand(planId, actor, false), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { planId });
  }
}
