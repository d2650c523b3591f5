import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiProperty, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { activationCommand } from '../command-handling/activation-command';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { Text } from '../command-handling/dto-parts';
import { CrisisChangeCommandDto, uuidParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { CRISIS_LEVELS } from '../domain/crisis.vocabulary';
import { decide } from './change-level.decide';

export class ChangeLevelDto extends CrisisChangeCommandDto {
  @ApiProperty({ enum: CRISIS_LEVELS }) @IsIn(CRISIS_LEVELS)
  level: string;

  @ApiProperty({ description: 'why the level is raised or lowered' }) @Text(2000)
  reason: string;
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class ChangeLevelController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':activationId/level')
  @HttpCode(200)
  @ApiOperation({ summary: 'Raise or lower the readiness level (operational < tactical < strategic), with the reason' })
  change(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('activationId', uuidParam('activationId')) activationId: string, @Body() body: ChangeLevelDto, @Res({ passthrough: true }) response: Response) {
    const target = { activationId, actor, request, bodyRevision: body.expectedRevision, response };
    return activationCommand(this.executor, target, (state, now) => decide({ activationId, level: body.level, reason: body.reason, actor }, state, now));
  }
}
