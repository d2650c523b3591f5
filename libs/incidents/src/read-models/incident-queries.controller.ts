import { Controller, Get, Header, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Principal, SignedIn } from '@vigil/identity';
import { incidentReaderScope } from './incident-reader-scope';
import { MinRevision, UuidParam } from '@vigil/http-commands';
import { said, Words } from '@vigil/event-sourcing';
import { RequestValidationException, saidProblem } from '@vigil/http-problems';
import type { Response } from 'express';
import { IncidentCurrentDto, IncidentHistoryDto, IncidentKnownAtDto, IncidentPageDto } from './incident-responses.dto';
import { GetIncident, ListIncidents } from './incident-current/incident-current.queries';
import { ListIncidentsQuery } from './incident-current/list-incidents.query';
import { GetIncidentHistory } from './incident-history/incident-history.queries';
import { GetIncidentKnownAt } from './incident-known-at/incident-known-at.queries';

function notFound(id: string, detail = `No incident ${id} is recorded`, words: Words = said('not-found.incident')): NotFoundException {
  return new NotFoundException(saidProblem(404, 'incident-not-found', words, detail));
}

/** Reads of incidents; every read of one incident is written to the access log with its reader. */
@ApiTags('incidents')
@Controller('incidents')
export class IncidentQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List incidents by area, institution, kind, target, status and period (occurred or recorded)' })
  @ApiOkResponse({ type: IncidentPageDto })
  async list(@Actor() actor: string, @SignedIn() reader: Principal, @Query() query: ListIncidentsQuery) {
    const result = await this.queries.execute(new ListIncidents(query, incidentReaderScope(reader)));
    await this.accessLog.record(
      actor,
      'incidents',
      `list ${new URLSearchParams(
        Object.entries(query)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]): [string, string] => [k, String(v)]),
      ).toString()}`,
    );
    return { ...result, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @ApiOperation({ summary: 'The incident as it stands now (ETag = its revision); Vigil-Min-Revision waits for your own write' })
  @ApiOkResponse({ type: IncidentCurrentDto })
  async get(
    @Actor() actor: string,
    @SignedIn() reader: Principal,
    @UuidParam('id') id: string,
    @MinRevision() minRevision: number | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const incident = await this.queries.execute(new GetIncident(id, incidentReaderScope(reader), minRevision));
    if (!incident) throw notFound(id);
    await this.accessLog.record(actor, `incident/${id}`, 'current');
    response.setHeader('ETag', `"${incident.revision}"`);
    return { id, ...incident };
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change to the incident: what, who, when and why' })
  @ApiOkResponse({ type: IncidentHistoryDto })
  async history(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('id') id: string) {
    await this.mustSee(reader, id);
    const entries = await this.queries.execute(new GetIncidentHistory(id));
    if (entries.length === 0) throw notFound(id);
    await this.accessLog.record(actor, `incident/${id}`, 'history');
    return { id, entries };
  }

  @Get(':id/known-at')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The incident as it was known on a date: only what had been recorded by then' })
  @ApiQuery({ name: 'date', required: true, schema: { type: 'string', format: 'date-time' }, example: '2026-03-01T00:00:00Z' })
  @ApiOkResponse({ type: IncidentKnownAtDto, description: 'The state folded from events recorded at or before the date' })
  async knownAt(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('id') id: string, @Query('date') date?: string) {
    await this.mustSee(reader, id);
    const when = date ? new Date(date) : undefined;
    if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(when!.getTime())) {
      throw new RequestValidationException([{ field: 'date', message: 'date must be an ISO 8601 date or date-time' }]);
    }
    const result = await this.queries.execute(new GetIncidentKnownAt(id, when!));
    if (result.eventsIncluded === 0) {
      throw result.eventsRecordedSince > 0
        ? notFound(id, `Incident ${id} was not yet recorded on ${result.date}`, said('not-found.not-yet-recorded-on', { date: String(result.date) }))
        : notFound(id);
    }
    await this.accessLog.record(actor, `incident/${id}`, `known-at ${result.date}`);
    return { id, ...result };
  }

  /** Out of the reader's scope reads as not recorded: the incident's existence does not leak. */
  private async mustSee(reader: Principal, id: string): Promise<void> {
    const scope = incidentReaderScope(reader);
    if (Object.keys(scope).length === 0) return; // an unscoped reader needs no look-up (and known-at must not wait for the read model)
    if (!(await this.queries.execute(new GetIncident(id, scope)))) throw notFound(id);
  }
}
