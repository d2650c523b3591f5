import { Controller, Get, Inject, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Clock, CLOCK } from '@vigil/event-store';
import { said } from '@vigil/event-sourcing';
import { saidProblem } from '@vigil/http-problems';
import { RequestValidationException } from '@vigil/http-problems';
import { figuresArea, Principal, SignedIn } from '@vigil/identity';
import type { Request, Response } from 'express';
import { yearOf } from '../figures/calendar';
import { DefinitionRow } from '../figures/definitions.query';
import { endOfDay, FiguresFilter } from '../figures/figures.query';
import {
  GetDefinition,
  GetDefinitions,
  GetFigures,
  GetLateRegistrations,
  GetPlanProgress,
  GetPublishedYears,
  GetRevisionReport,
  GetRevisionTriangle,
} from '../figures/statistics.queries';
import { FiguresQuery, IndicatorQuery, PublishedQuery, RevisionReportQuery, TargetsQuery, TriangleQuery, YearsQuery } from './statistics-query.dto';
import { FIGURE_COLUMNS, LATE_COLUMNS, MOVED_COLUMNS, PUBLISHED_COLUMNS, TARGET_COLUMNS, TRIANGLE_COLUMNS } from './statistics-columns';
import { sendCsv, wantsCsv } from './table-answer';
import {
  DefinitionAnswer,
  FiguresAnswer,
  LateRegistrationsAnswer,
  PublishedYearAnswer,
  RevisionReportAnswer,
  TargetsAnswer,
  TriangleAnswer,
} from './statistics-responses.dto';

/** The safety partnership's figures: aggregates, and (in the revision report) which incidents moved and why. */
@ApiTags('statistics')
@Controller('statistics')
export class StatisticsReadsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('indicators')
  @ApiOkResponse({ type: DefinitionAnswer, isArray: true })
  @ApiOperation({ summary: 'Every indicator with each published definition version: what counts, how, and when a year is final' })
  indicators() {
    return this.queries.execute(new GetDefinitions());
  }

  @Get('figures')
  @ApiOkResponse({ type: FiguresAnswer, description: 'JSON, or CSV with format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Figures per year, quarter or month by area, institution, kind and target group, as known now and as known on a day' })
  async figures(@SignedIn() reader: Principal, @Query() query: FiguresQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const definition = await this.definition(query);
    const { from, to } = this.years(query);
    const filter = this.filter(reader, query);
    const asKnownOn = query.asKnownOn ? endOfDay(query.asKnownOn) : undefined;
    if (asKnownOn && asKnownOn > new Date(this.clock.now().getTime() + 86_400_000))
      throw new RequestValidationException([{ field: 'asKnownOn', message: 'asKnownOn cannot be after today' }]);
    const rows = await this.queries.execute(
      new GetFigures(definition, { ...filter, from, to, period: query.period, by: query.dimensions(), asKnownOn }, this.clock.now()),
    );
    if (wantsCsv(request, query.format))
      return sendCsv(response, `${definition.indicator}-v${definition.version}-${from}-${to}`, rows, FIGURE_COLUMNS(query.asKnownOn));
    return { definition: summary(definition), from, to, period: query.period, by: query.dimensions(), asKnownOn: query.asKnownOn ?? null, filter, rows };
  }

  @Get('late-registrations')
  @ApiOkResponse({ type: LateRegistrationsAnswer, description: 'JSON, or CSV with format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "Each year's figure at its first release, at its cut-off and now, with what was recorded after the cut-off" })
  async late(@SignedIn() reader: Principal, @Query() query: YearsQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const definition = await this.definition(query);
    const { from, to } = this.years(query);
    const filter = this.filter(reader, query);
    const rows = await this.queries.execute(new GetLateRegistrations(definition, from, to, filter, this.clock.now()));
    if (wantsCsv(request, query.format)) return sendCsv(response, `${definition.indicator}-late-registrations-${from}-${to}`, rows, LATE_COLUMNS);
    return { definition: summary(definition), filter, rows };
  }

  @Get('revision-triangle')
  @ApiOkResponse({ type: TriangleAnswer, description: 'JSON, or CSV with format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Each reference year (or quarter) as known on successive days, with the mean and mean absolute revision' })
  async triangle(@SignedIn() reader: Principal, @Query() query: TriangleQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const definition = await this.definition(query);
    const { from, to } = this.years(query);
    const filter = this.filter(reader, query);
    const triangle = await this.queries.execute(new GetRevisionTriangle(definition, query.period, from, to, filter, this.clock.now()));
    if (wantsCsv(request, query.format))
      return sendCsv(response, `${definition.indicator}-revision-triangle-${from}-${to}`, triangle.rows, TRIANGLE_COLUMNS(triangle.vintages));
    return { definition: summary(definition), filter, ...triangle };
  }

  @Get('revision-report')
  @ApiOkResponse({ type: RevisionReportAnswer, description: 'JSON, or CSV with format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "Every incident that moved in or out of a year's figure between two days, or between two definition versions, and why" })
  async report(@SignedIn() reader: Principal, @Query() query: RevisionReportQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const definition = await this.definition(query);
    const filter = this.filter(reader, query);
    const until = query.until ? endOfDay(query.until) : this.clock.now();
    if (query.versus !== undefined && query.since !== undefined)
      throw new RequestValidationException([
        { field: 'versus', message: 'compare either two days (since, until) or two definition versions (versus), not both' },
      ]);
    if (query.versus === undefined && query.since === undefined)
      throw new RequestValidationException([{ field: 'since', message: 'name the earlier day (since) or the definition version to compare with (versus)' }]);
    let compare: { since: Date; until: Date } | { older: DefinitionRow; on: Date };
    if (query.versus !== undefined) {
      compare = { older: await this.definition({ indicator: definition.indicator, version: query.versus }), on: until };
    } else {
      const since = endOfDay(query.since!);
      if (since >= until) throw new RequestValidationException([{ field: 'since', message: 'since must be before until' }]);
      compare = { since, until };
    }
    const report = await this.queries.execute(new GetRevisionReport(definition, query.year, filter, compare));
    if (wantsCsv(request, query.format)) return sendCsv(response, `${definition.indicator}-${query.year}-revisions`, report.moved, MOVED_COLUMNS);
    return {
      definition: summary(definition),
      year: query.year,
      since: query.since ?? null,
      until: query.until ?? null,
      versus: query.versus ?? null,
      filter,
      ...report,
    };
  }

  @Get('targets')
  @ApiOkResponse({ type: TargetsAnswer, description: 'JSON, or CSV with format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: "Each target plan's goals with their verdict per year (met, missed, not final yet) and the year's weighted goal fulfilment" })
  async targets(@SignedIn() reader: Principal, @Query() query: TargetsQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { from, to } = this.years(query);
    const own = figuresArea(reader, undefined);
    const plans = (await this.queries.execute(new GetPlanProgress(from, to, this.clock.now()))).map((plan) =>
      // An area-scoped reader sees the goals of their own area and those no figure measures.
      own === undefined ? plan : { ...plan, goals: plan.goals.filter((g) => !('indicator' in g.goal) || g.goal.area === own) },
    );
    if (wantsCsv(request, query.format))
      return sendCsv(
        response,
        `targets-${from}-${to}`,
        plans.flatMap((plan) => plan.goals.flatMap((goal) => goal.years.map((year) => ({ plan, goal, year })))),
        TARGET_COLUMNS,
      );
    return { from, to, plans };
  }

  @Get('publications')
  @ApiOkResponse({ type: PublishedYearAnswer, isArray: true, description: 'JSON, or CSV with format=csv' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Every published edition of a year, with the figure as known now under the same definition, and breaks in series' })
  async publications(@Query() query: PublishedQuery, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const rows = await this.queries.execute(new GetPublishedYears(query.indicator));
    if (wantsCsv(request, query.format)) return sendCsv(response, 'published-figures', rows, PUBLISHED_COLUMNS);
    return rows;
  }

  private async definition(query: Pick<IndicatorQuery, 'indicator' | 'version'>): Promise<DefinitionRow> {
    const found = await this.queries.execute(new GetDefinition(query.indicator, query.version));
    if (!found) {
      const what = query.version === undefined ? `No definition of ${query.indicator} is published` : `${query.indicator} has no version ${query.version}`;
      const words =
        query.version === undefined
          ? said('not-found.definition', { indicator: query.indicator })
          : said('not-found.definition-version', { indicator: query.indicator, version: String(query.version) });
      throw new NotFoundException(saidProblem(404, 'definition-not-found', words, what));
    }
    return found;
  }

  private years(query: { from?: number; to?: number }): { from: number; to: number } {
    const thisYear = yearOf(this.clock.now().toISOString());
    const to = query.to ?? thisYear;
    const from = query.from ?? to - 3;
    if (from > to) throw new RequestValidationException([{ field: 'from', message: `from (${from}) is after to (${to})` }]);
    if (to - from > 30) throw new RequestValidationException([{ field: 'from', message: 'at most 30 years at a time' }]);
    return { from, to };
  }

  /** The figure's filter; an area-scoped reader's area is theirs, whatever they asked. */
  private filter(reader: Principal, query: IndicatorQuery): FiguresFilter {
    const area = figuresArea(reader, query.area);
    return Object.fromEntries(
      Object.entries({ area: area === null ? '-' : area, institution: query.institution, kind: query.kind, target: query.target }).filter(
        ([, v]) => v !== undefined,
      ),
    );
  }
}

function summary(definition: DefinitionRow) {
  return {
    indicator: definition.indicator,
    version: definition.version,
    title: definition.title,
    publishedAt: definition.publishedAt,
    /** A version after the first begins a new series: a break (Eurostat's `b`), never a revision. */
    breakInSeries: definition.version > 1,
    rules: definition.rules,
  };
}
