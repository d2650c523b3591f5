import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { Instant, StaffRef, Text } from '../command-handling/dto-parts';
import { LogEntryDto } from '../command-handling/log-entry.dto';
import { newIdFor } from '../crisis-streams';
import { LogDecision } from './log-decision.decide';
import { LogDecisionCommand } from './log-decision.handler';

export class LogDecisionDto extends LogEntryDto {
  @ApiProperty({ example: 'Afdeling B aflåses, og indsatte holdes på cellerne.' })
  @Text()
  decision: string;

  @ApiProperty({ description: 'why' })
  @Text()
  rationale: string;

  @ApiProperty({ example: 'Straffuldbyrdelsesloven § 64', description: 'the legal basis ("hjemmel")' })
  @Text(1000)
  legalBasis: string;

  @ApiProperty({ example: ['Dialog med talsperson'], description: 'alternatives weighed first (proportionality); at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  alternativesConsidered: string[];

  @ApiProperty({ example: 'ST-2M8X4R', description: 'who decided (pseudonymous reference)' })
  @StaffRef()
  decidedBy: string;

  @ApiProperty({ example: '2026-03-20T12:10:00+01:00' })
  @Instant()
  decidedAt: string;

  toCommand(activationId: string, entryId: string, actor: string): LogDecision {
    const { decision, rationale, legalBasis, alternativesConsidered, decidedBy, decidedAt } = this;
    return { activationId, entryId, decision, rationale, legalBasis, alternativesConsidered, decidedBy, decidedAt, ...this.correction(), actor };
  }
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class LogDecisionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':activationId/decisions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Log a decision, or correct one with a new entry (entries are never edited)' })
  @ApiCommandAnswer(201, 'Logged; ETag is the new revision', { activationId: 'uuid', entryId: 'uuid' }, EXERCISE_FLAG)
  async log(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('activationId') activationId: string,
    @Body() body: LogDecisionDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const entryId = body.entryId ?? newIdFor(`decision:${activationId}`, actor, request.idempotencyKey);
    const outcome = await this.commands.execute(
      new LogDecisionCommand(body.toCommand(activationId, entryId, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answerActivation(response, outcome, { activationId, entryId });
  }
}
