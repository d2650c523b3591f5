import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiProperty, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { IsBoolean, IsIn } from 'class-validator';
import type { Response } from 'express';
import { activationCommand } from '../command-handling/activation-command';
import { newIdFor } from '../command-handling/command-ids';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { Instant, StaffRef, Text } from '../command-handling/dto-parts';
import { uuidParam } from '../command-handling/http-parts';
import { LogEntryDto } from '../command-handling/log-entry.dto';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { AUDIENCES, CHANNELS } from '../domain/crisis.vocabulary';
import { decide } from './log-communication.decide';

export class LogCommunicationDto extends LogEntryDto {
  @ApiProperty({ enum: AUDIENCES }) @IsIn(AUDIENCES)
  audience: string;

  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS)
  channel: string;

  @ApiProperty({ description: 'what was communicated; name people only by pseudonymous reference' }) @Text()
  summary: string;

  @ApiProperty({ description: 'true when released outside the service, false when internal' }) @IsBoolean()
  released: boolean;

  @ApiProperty({ example: 'ST-2M8X4R' }) @StaffRef()
  communicatedBy: string;

  @ApiProperty({ example: '2026-03-20T12:20:00+01:00' }) @Instant()
  communicatedAt: string;
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class LogCommunicationController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':activationId/communications')
  @HttpCode(201)
  @ApiOperation({ summary: 'Log a communication (audience, channel, summary, released or internal), or correct one' })
  log(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('activationId', uuidParam('activationId')) activationId: string, @Body() body: LogCommunicationDto, @Res({ passthrough: true }) response: Response) {
    const { expectedRevision, ...fields } = body;
    const entryId = body.entryId ?? newIdFor(`communication:${activationId}`, actor, request.idempotencyKey);
    const target = { activationId, actor, request, bodyRevision: expectedRevision, response };
    return activationCommand(this.executor, target, (state, now) => decide({ ...fields, activationId, entryId, actor }, state, now), { entryId });
  }
}
