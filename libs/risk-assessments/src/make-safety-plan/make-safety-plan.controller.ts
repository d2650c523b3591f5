import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { newId } from '../command-handling/new-id';
import { MakeSafetyPlanDto } from './make-safety-plan.dto';
import { MakeSafetyPlanCommand } from './make-safety-plan.handler';

@ApiTags('risk-assessments')
@Controller('risk-cases')
export class MakeSafetyPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/safety-plans')
  @HttpCode(201)
  @ApiOperation({ summary: 'Make a safety plan with the person: measures with owners and states, and the reassessment interval; replaces the current plan' })
  @ApiCommandAnswer(201, 'Recorded; measures are numbered m1, m2, … within the plan. ETag is the new revision.', { caseId: 'uuid', planId: 'uuid' })
  async make(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: MakeSafetyPlanDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const planId = newId('safety-plan', actor, request.idempotencyKey);
    const outcome = await this.commands.execute(
      new MakeSafetyPlanCommand(body.toCommand(id, planId, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { caseId: id, planId });
  }
}
