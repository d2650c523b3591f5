import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import { IsBoolean, IsIn } from 'class-validator';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { Instant, StaffRef, Text } from '../command-handling/dto-parts';
import { LogEntryDto } from '../command-handling/log-entry.dto';
import { newIdFor } from '../crisis-streams';
import { Audience, AUDIENCES, Channel, CHANNELS } from '../domain/crisis.vocabulary';
import { LogCommunication } from './log-communication.decide';
import { LogCommunicationCommand } from './log-communication.handler';

export class LogCommunicationDto extends LogEntryDto {
  @ApiProperty({ enum: AUDIENCES })
  @IsIn(AUDIENCES)
  audience: Audience;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({ description: 'what was communicated; name people only by pseudonymous reference' })
  @Text()
  summary: string;

  @ApiProperty({ description: 'true when released outside the service, false when internal' })
  @IsBoolean()
  released: boolean;

  @ApiProperty({ example: 'ST-2M8X4R' })
  @StaffRef()
  communicatedBy: string;

  @ApiProperty({ example: '2026-03-20T12:20:00+01:00' })
  @Instant()
  communicatedAt: string;

  toCommand(activationId: string, entryId: string, actor: string): LogCommunication {
    const { audience, channel, summary, released, communicatedBy, communicatedAt } = this;
    return { activationId, entryId, audience, channel, summary, released, communicatedBy, communicatedAt, ...this.correction(), actor };
  }
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class LogCommunicationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':activationId/communications')
  @HttpCode(201)
  @ApiOperation({ summary: 'Log a communication (audience, channel, summary, released or internal), or correct one' })
  @ApiCommandAnswer(201, 'Logged; ETag is the new revision', { activationId: 'uuid', entryId: 'uuid' }, EXERCISE_FLAG)
  async log(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('activationId') activationId: string,
    @Body() body: LogCommunicationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const entryId = body.entryId ?? newIdFor(`communication:${activationId}`, actor, request.idempotencyKey);
    const outcome = await this.commands.execute(
      new LogCommunicationCommand(body.toCommand(activationId, entryId, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answerActivation(response, outcome, { activationId, entryId });
  }
}
