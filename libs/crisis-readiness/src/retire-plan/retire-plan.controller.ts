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
import { decide } from './retire-plan.decide';

export class RetirePlanDto extends CrisisChangeCommandDto {
  @ApiProperty() @Text(2000)
  reason: string;
}

@ApiTags('crisis-plans')
@Controller('crisis-plans')
@UseFilters(CRISIS_PROBLEMS)
export class RetirePlanController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':planId/retirement')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire a plan: no new activations from it; running ones keep their pinned version' })
  retire(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('planId', slugParam('planId')) planId: string, @Body() body: RetirePlanDto, @Res({ passthrough: true }) response: Response) {
    return planCommand(this.executor, { planId, actor, request, bodyRevision: body.expectedRevision, response }, (state) => decide({ planId, reason: body.reason, actor }, state));
  }
}
