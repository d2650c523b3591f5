import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiProperty, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { activationCommand } from '../command-handling/activation-command';
import { newIdFor } from '../command-handling/command-ids';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { Instant, StaffRef, Text } from '../command-handling/dto-parts';
import { uuidParam } from '../command-handling/http-parts';
import { LogEntryDto } from '../command-handling/log-entry.dto';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { decide } from './log-decision.decide';

export class LogDecisionDto extends LogEntryDto {
  @ApiProperty({ example: 'Afdeling B aflåses, og indsatte holdes på cellerne.' }) @Text()
  decision: string;

  @ApiProperty({ description: 'why' }) @Text()
  rationale: string;

  @ApiProperty({ example: 'Straffuldbyrdelsesloven § 64', description: 'the legal basis ("hjemmel")' }) @Text(1000)
  legalBasis: string;

  @ApiProperty({ example: ['Dialog med talsperson'], description: 'alternatives weighed first (proportionality); at least one' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(1000, { each: true })
  alternativesConsidered: string[];

  @ApiProperty({ example: 'ST-2M8X4R', description: 'who decided (pseudonymous reference)' }) @StaffRef()
  decidedBy: string;

  @ApiProperty({ example: '2026-03-20T12:10:00+01:00' }) @Instant()
  decidedAt: string;
}

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class LogDecisionController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':activationId/decisions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Log a decision, or correct one with a new entry (entries are never edited)' })
  log(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('activationId', uuidParam('activationId')) activationId: string, @Body() body: LogDecisionDto, @Res({ passthrough: true }) response: Response) {
    const { expectedRevision, ...fields } = body;
    const entryId = body.entryId ?? newIdFor(`decision:${activationId}`, actor, request.idempotencyKey);
    const target = { activationId, actor, request, bodyRevision: expectedRevision, response };
    return activationCommand(this.executor, target, (state, now) => decide({ ...fields, activationId, entryId, actor }, state, now), { entryId });
  }
}
