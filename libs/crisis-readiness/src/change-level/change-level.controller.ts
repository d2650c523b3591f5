import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import { IsIn } from 'class-validator';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { CrisisChangeCommandDto, Text } from '../command-handling/dto-parts';
import { CRISIS_LEVELS, CrisisLevel } from '../domain/crisis.vocabulary';
import { ChangeLevelCommand } from './change-level.handler';

export class ChangeLevelDto extends CrisisChangeCommandDto {
  @ApiProperty({ enum: CRISIS_LEVELS })
  @IsIn(CRISIS_LEVELS)
  level: CrisisLevel;

  @ApiProperty({ description: 'why the level is raised or lowered' })
  @Text(2000)
  reason: string;
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class ChangeLevelController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':activationId/level')
  @HttpCode(200)
  @ApiOperation({ summary: 'Raise or lower the readiness level (operational < tactical < strategic), with the reason' })
  @ApiCommandAnswer(200, 'Changed; ETag is the new revision', { activationId: 'uuid' }, EXERCISE_FLAG)
  async change(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('activationId') activationId: string,
    @Body() body: ChangeLevelDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new ChangeLevelCommand({ activationId, level: body.level, reason: body.reason, actor }, commandMeta(actor, request, body.expectedRevision));
    return answerActivation(response, await this.commands.execute(command), { activationId });
  }
}
