import { Body, Controller, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, slugParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { AssessGoalDto, SetTargetPlanDto } from './target-plan.dto';
import { AssessGoalCommand, SetTargetPlanCommand } from './target-plan.handlers';

const PLAN = /^[a-z0-9][a-z0-9-]{1,59}$/;

@ApiTags('statistics')
@Controller('statistics/target-plans')
export class TargetPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':planId')
  @HttpCode(200)
  @ApiParam({ name: 'planId', example: 'action-plan' })
  @ApiOperation({ summary: 'Set or revise a target plan: weighted goals, each measured by an indicator (−3 % a year from a baseline) or assessed yearly' })
  @ApiCommandAnswer(200, 'Set', {})
  async set(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('planId', slugParam('planId', PLAN, 'action-plan')) planId: string,
    @Body() body: SetTargetPlanDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new SetTargetPlanCommand(body.toCommand(planId, actor), commandMeta(actor, request)));
    return answer(response, outcome, { planId });
  }

  @Post(':planId/assessments')
  @HttpCode(201)
  @ApiParam({ name: 'planId', example: 'action-plan' })
  @ApiOperation({ summary: "Record a year's verdict on a goal no figure measures, with what it rests on" })
  @ApiCommandAnswer(201, 'Recorded', {})
  async assess(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('planId', slugParam('planId', PLAN, 'action-plan')) planId: string,
    @Body() body: AssessGoalDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new AssessGoalCommand(body.toCommand(planId, actor), commandMeta(actor, request)));
    return answer(response, outcome, { planId });
  }
}
