import { Controller, Get, Header, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { problem, RequestValidationException } from '@vigil/http-problems';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { uuidParam } from '../../command-handling/http-parts';
import { AREAS } from '../../domain/crisis.vocabulary';
import { ActivationTimelineQueries } from '../timeline/activation-timeline.queries';
import { ActivationsQueries } from './activations.queries';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class BoardQuery {
  @ApiPropertyOptional({ enum: AREAS }) @IsOptional() @IsIn(AREAS)
  area?: string;

  @ApiPropertyOptional({ description: 'only exercises (true) or only real activations (false)' }) @IsOptional() @Transform(toBoolean) @IsBoolean()
  exercise?: boolean;
}

export class ActivationListQuery extends BoardQuery {
  @ApiPropertyOptional({ enum: ['active', 'stood-down'] }) @IsOptional() @IsIn(['active', 'stood-down'])
  status?: string;
}

export class TimelineQuery {
  @ApiPropertyOptional({ example: '2026-03-20T12:30:00Z', description: 'the moment to replay to (default now)' }) @IsOptional()
  at?: string;
}

const notFound = (detail: string) => new NotFoundException(problem(404, 'activation-not-found', 'Activation not found', detail));

/** The crisis board, activations in full, and the auditor's timeline; reads of one activation go to the access log. */
@ApiTags('crisis-activations')
@Controller()
export class ActivationsQueriesController {
  constructor(
    private readonly activations: ActivationsQueries,
    private readonly timelines: ActivationTimelineQueries,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('crisis-board')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Active activations, highest level first: level, roles, latest log entries; every row says whether it is an exercise' })
  async board(@Actor() _actor: string, @Query() query: BoardQuery) {
    return { items: await this.activations.board(query) };
  }

  @Get('crisis-activations')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Activations, newest first, real and exercise alike (each row says which)' })
  async list(@Actor() actor: string, @Query() query: ActivationListQuery) {
    const items = await this.activations.list(query);
    await this.accessLog.record(actor, 'crisis-activations', `list ${new URLSearchParams(query as unknown as Record<string, string>).toString()}`);
    return { items };
  }

  @Get('crisis-activations/:activationId')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'One activation: plan pinned, scope, level, roles, decision and communication logs (corrections beside what they correct), evaluation' })
  async detail(@Actor() actor: string, @Param('activationId', uuidParam('activationId')) activationId: string, @Res({ passthrough: true }) response: Response) {
    const activation = await this.activations.detail(activationId);
    if (!activation) throw notFound(`No crisis activation ${activationId} is recorded`);
    await this.accessLog.record(actor, `crisis-activation/${activationId}`, 'detail');
    response.setHeader('ETag', `"${activation.revision}"`);
    return activation;
  }

  @Get('crisis-activations/:activationId/timeline')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every event of the activation in order (who, when, why) and the state at a chosen moment (?at=), folded from the stream itself' })
  async timeline(@Actor() actor: string, @Param('activationId', uuidParam('activationId')) activationId: string, @Query() query: TimelineQuery) {
    const at = query.at === undefined ? this.clock.now() : new Date(query.at);
    if (query.at !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(query.at) || Number.isNaN(at.getTime()))) {
      throw new RequestValidationException([{ field: 'at', message: 'at must be an ISO 8601 date or date-time' }]);
    }
    const replay = await this.timelines.replay(activationId, at);
    if (replay.entries.length === 0) {
      throw notFound(replay.eventsRecordedSince > 0 ? `Activation ${activationId} was not yet recorded at ${replay.at}` : `No crisis activation ${activationId} is recorded`);
    }
    await this.accessLog.record(actor, `crisis-activation/${activationId}`, `timeline at ${replay.at}`);
    return { activationId, ...replay };
  }
}
