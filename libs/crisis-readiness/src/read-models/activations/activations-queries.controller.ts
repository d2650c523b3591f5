import { Principal, SignedIn } from '@vigil/identity';
import { activationScopeOf } from './activation-reader-scope';
import { Controller, Get, Header, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { UuidParam } from '@vigil/http-commands';
import { said, Words } from '@vigil/event-sourcing';
import { Reader, RequestValidationException, saidProblem } from '@vigil/http-problems';
import type { Translator } from '@vigil/i18n';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Area, AREAS } from '../../domain/crisis.vocabulary';
import { ActivationTimelineDto } from '../timeline/timeline-responses.dto';
import { ReplayActivationTimeline } from '../timeline/activation-timeline.queries';
import { ActivationDto } from './activation-responses.dto';
import { ActivationListDto, BoardCommunicationEntryDto, BoardDecisionEntryDto, CrisisBoardDto } from './board-responses.dto';
import { GetActivation, GetCrisisBoard, ListActivations } from './activations.queries';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class BoardQuery {
  @ApiPropertyOptional({ enum: AREAS })
  @IsOptional()
  @IsIn(AREAS)
  area?: Area;

  @ApiPropertyOptional({ description: 'only exercises (true) or only real activations (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  exercise?: boolean;
}

export class ActivationListQuery extends BoardQuery {
  @ApiPropertyOptional({ enum: ['active', 'stood-down'] })
  @IsOptional()
  @IsIn(['active', 'stood-down'])
  status?: 'active' | 'stood-down';
}

export class TimelineQuery {
  @ApiPropertyOptional({ example: '2026-03-20T12:30:00Z', description: 'the moment to replay to (default now)' })
  @IsOptional()
  at?: string;
}

const notFound = (detail: string, words: Words = said('not-found.activation')) =>
  new NotFoundException(saidProblem(404, 'activation-not-found', words, detail));

/** The filter as the access log records it: the query string that was asked. */
const asked = (query: object) =>
  new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();

/** The crisis board, activations in full, and the auditor's timeline; reads of one activation go to the access log. */
@ApiTags('crisis-activations')
@ApiExtraModels(BoardDecisionEntryDto, BoardCommunicationEntryDto)
@Controller()
export class ActivationsQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('crisis-board')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Active activations, highest level first: level, roles, latest log entries; every row says whether it is an exercise' })
  @ApiOkResponse({ type: CrisisBoardDto })
  async board(@Actor() _actor: string, @SignedIn() reader: Principal, @Query() query: BoardQuery) {
    return { items: await this.queries.execute(new GetCrisisBoard(query, activationScopeOf(reader))) };
  }

  @Get('crisis-activations')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Activations, newest first, real and exercise alike (each row says which)' })
  @ApiOkResponse({ type: ActivationListDto })
  async list(@Actor() actor: string, @SignedIn() reader: Principal, @Query() query: ActivationListQuery) {
    const items = await this.queries.execute(new ListActivations(query, activationScopeOf(reader)));
    await this.accessLog.record(actor, 'crisis-activations', `list ${asked(query)}`);
    return { items };
  }

  @Get('crisis-activations/:activationId')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'One activation: plan pinned, scope, level, roles, decision and communication logs (corrections beside what they correct), evaluation',
  })
  @ApiOkResponse({ type: ActivationDto })
  async detail(
    @Actor() actor: string,
    @SignedIn() reader: Principal,
    @UuidParam('activationId') activationId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const activation = await this.queries.execute(new GetActivation(activationId, activationScopeOf(reader)));
    if (!activation) throw notFound(`No crisis activation ${activationId} is recorded`);
    await this.accessLog.record(actor, `crisis-activation/${activationId}`, 'detail');
    response.setHeader('ETag', `"${activation.revision}"`);
    return activation;
  }

  @Get('crisis-activations/:activationId/timeline')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every event of the activation in order (who, when, why) and the state at a chosen moment (?at=), folded from the stream itself' })
  @ApiOkResponse({ type: ActivationTimelineDto })
  async timeline(
    @Actor() actor: string,
    @SignedIn() reader: Principal,
    @UuidParam('activationId') activationId: string,
    @Query() query: TimelineQuery,
    @Reader() t: Translator,
  ) {
    const scope = activationScopeOf(reader);
    if (scope.kind !== 'all' && !(await this.queries.execute(new GetActivation(activationId, scope)))) {
      throw notFound(`No crisis activation ${activationId} is recorded`);
    }
    const at = query.at === undefined ? this.clock.now() : new Date(query.at);
    if (query.at !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(query.at) || Number.isNaN(at.getTime()))) {
      throw new RequestValidationException([{ field: 'at', message: 'at must be an ISO 8601 date or date-time' }]);
    }
    const replay = await this.queries.execute(new ReplayActivationTimeline(activationId, at));
    if (replay.entries.length === 0) {
      throw notFound(
        replay.eventsRecordedSince > 0 ? `Activation ${activationId} was not yet recorded at ${replay.at}` : `No crisis activation ${activationId} is recorded`,
        replay.eventsRecordedSince > 0 ? said('not-found.not-yet-recorded', { at: { at: String(replay.at) } }) : undefined,
      );
    }
    await this.accessLog.record(actor, `crisis-activation/${activationId}`, `timeline at ${replay.at}`);
    // Each line in the reader's language (Accept-Language): the plan by its title, roles and levels in words.
    return { activationId, ...replay, entries: replay.entries.map((e) => ({ ...e, what: t.words(e.what) })) };
  }
}
