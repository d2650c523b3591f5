import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiProperty, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { Text } from '../command-handling/dto-parts';
import { CrisisChangeCommandDto, slugParam } from '../command-handling/http-parts';
import { planCommand } from '../command-handling/plan-command';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { decide } from './confirm-plan-revision.decide';

export class ConfirmPlanRevisionDto extends CrisisChangeCommandDto {
  @ApiProperty({ example: 'Gennemgået med politiets og DSB’s trusselsvurderinger; ingen ændringer.' }) @Text()
  note: string;
}

@ApiTags('crisis-plans')
@Controller('crisis-plans')
@UseFilters(CRISIS_PROBLEMS)
export class ConfirmPlanRevisionController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':planId/revision-confirmations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a revision that keeps the plan unchanged; its revision clock restarts' })
  confirm(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('planId', slugParam('planId')) planId: string, @Body() body: ConfirmPlanRevisionDto, @Res({ passthrough: true }) response: Response) {
    return planCommand(this.executor, { planId, actor, request, bodyRevision: body.expectedRevision, response }, (state, now) => decide({ planId, note: body.note, actor }, state, now));
  }
}
