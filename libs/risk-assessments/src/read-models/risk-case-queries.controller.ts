import { Principal, SignedIn } from '@vigil/identity';
import { riskScopeOf } from './risk-reader-scope';
import { Controller, Get, Header, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { UuidParam } from '@vigil/http-commands';
import { said, Words } from '@vigil/event-sourcing';
import { RequestValidationException, saidProblem } from '@vigil/http-problems';
import type { Response } from 'express';
import { GetRiskOverTime } from './risk-assessment-history/risk-assessment-history.queries';
import { GetRiskCase } from './risk-case-current/risk-case-current.queries';
import { RiskCaseDto, RiskOverTimeDto } from './risk-case-responses.dto';
import { RiskCaseTimelineDto } from './risk-case-timeline/risk-case-timeline-responses.dto';
import { ReplayRiskCase } from './risk-case-timeline/risk-case-timeline.queries';

function notFound(id: string, detail = `No risk case ${id} is recorded`, words: Words = said('not-found.risk-case')): NotFoundException {
  return new NotFoundException(saidProblem(404, 'case-not-found', words, detail));
}

function parseAt(at: string | undefined, now: Date): Date {
  if (at === undefined) return now;
  const when = new Date(at);
  if (!/^\d{4}-\d{2}-\d{2}/.test(at) || Number.isNaN(when.getTime()))
    throw new RequestValidationException([{ field: 'at', message: 'at must be an ISO 8601 date or date-time' }]);
  return when;
}

/** Reads of one case (sensitive: every read is written to the access log with its reader). */
@ApiTags('risk-assessments')
@Controller('risk-cases')
export class RiskCaseQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'The case as it stands: current safety plan and measures, latest assessment, next reassessment (ETag = revision)' })
  @ApiOkResponse({ type: RiskCaseDto })
  async get(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('id') id: string, @Res({ passthrough: true }) response: Response) {
    const view = await this.queries.execute(new GetRiskCase(id, riskScopeOf(reader)));
    if (!view) throw notFound(id);
    await this.accessLog.record(actor, `risk-case/${id}`, 'current');
    response.setHeader('ETag', `"${view.revision}"`);
    return view;
  }

  @Get(':id/assessments')
  @ApiOperation({ summary: 'The person’s risk over time: every assessment in the order made, none replaced' })
  @ApiOkResponse({ type: RiskOverTimeDto })
  async overTime(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('id') id: string) {
    await this.mustSee(reader, id);
    const assessments = await this.queries.execute(new GetRiskOverTime(id));
    if (assessments.length === 0 && !(await this.queries.execute(new GetRiskCase(id)))) throw notFound(id);
    await this.accessLog.record(actor, `risk-case/${id}`, 'assessments');
    return { caseId: id, assessments };
  }

  @Get(':id/timeline')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case replayed from its stream as it was recorded at a moment (default now), with the events up to then' })
  @ApiQuery({ name: 'at', required: false, type: String, description: 'an ISO 8601 date or date-time; default now', example: '2026-03-01T00:00:00Z' })
  @ApiOkResponse({ type: RiskCaseTimelineDto, description: 'The state folded from events recorded at or before `at`' })
  async replay(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('id') id: string, @Query('at') at?: string) {
    await this.mustSee(reader, id);
    const when = parseAt(at, this.clock.now());
    const result = await this.queries.execute(new ReplayRiskCase(id, when));
    if (result.eventsIncluded === 0)
      throw result.eventsRecordedSince > 0
        ? notFound(id, `Risk case ${id} was not yet opened at ${result.at}`, said('not-found.risk-case-not-yet', { at: { at: String(result.at) } }))
        : notFound(id);
    await this.accessLog.record(actor, `risk-case/${id}`, `timeline ${result.at}`);
    return { caseId: id, ...result };
  }

  /** A case outside the reader's unit reads as not recorded; unscoped readers need no look-up. */
  private async mustSee(reader: Principal, id: string): Promise<void> {
    const scope = riskScopeOf(reader);
    if (scope && !(await this.queries.execute(new GetRiskCase(id, scope)))) throw notFound(id);
  }
}
