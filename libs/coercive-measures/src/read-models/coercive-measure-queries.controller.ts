import { Controller, Get, Header, Inject, NotFoundException, Param, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { problem } from '@vigil/http-problems';
import { COERCIVE_MEASURE_PROBLEMS } from '../coercive-measure-problems';
import { placementIdParam } from '../command-handling/request-context';
import { judge } from '../domain/case-judgement';
import { RuleSetCatalogue } from '../rule-sets/rule-set.catalogue';
import { CaseFilterQuery, CaseViewQuery, TimelineQuery } from './placement-cases/case-filter.query';
import { PlacementCaseQueries } from './placement-cases/placement-case.queries';
import { PlacementTimelineQueries } from './placement-timeline/placement-timeline.queries';

const notFound = (id: string, detail = `No placement ${id} is recorded`) =>
  new NotFoundException(problem(404, 'placement-not-found', 'Placement not found', detail));

/** Reads of placements for auditors; every read is written to the access log with its reader. */
@ApiTags('coercive-measures')
@Controller('coercive-measures')
@UseFilters(COERCIVE_MEASURE_PROBLEMS)
export class CoerciveMeasureQueriesController {
  constructor(
    private readonly cases: PlacementCaseQueries,
    private readonly replays: PlacementTimelineQueries,
    private readonly ruleSets: RuleSetCatalogue,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private moment(at?: string): Date {
    return at ? new Date(at) : this.clock.now();
  }

  @Get('placements')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Placements by institution and period, each with a count of its verdicts at the moment asked' })
  async list(@Actor() actor: string, @Query() query: CaseFilterQuery) {
    const at = this.moment(query.at);
    const judged = await this.cases.judged(query, await this.ruleSets.all(), at);
    await this.accessLog.record(actor, 'coercive-measures', `placements ${new URLSearchParams(query as unknown as Record<string, string>).toString()}`);
    return {
      at: at.toISOString(),
      items: judged.map(({ row, judgement }) => ({
        placementId: row.placementId,
        status: row.status,
        institution: row.institution,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        ruleSetVersion: judgement.ruleSet?.version ?? null,
        verdicts: Object.fromEntries(
          ['kept', 'breached', 'not-yet-due', 'not-applicable'].map((v) => [v, judgement.verdicts.filter((x) => x.verdict === v).length]),
        ),
      })),
    };
  }

  @Get('breaches')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Rule breaches across placements by institution and period (start), judged at the moment asked (default now)' })
  async breaches(@Actor() actor: string, @Query() query: CaseFilterQuery) {
    const at = this.moment(query.at);
    const judged = await this.cases.judged(query, await this.ruleSets.all(), at);
    await this.accessLog.record(actor, 'coercive-measures', `breaches ${new URLSearchParams(query as unknown as Record<string, string>).toString()}`);
    const items = judged
      .map(({ row, judgement }) => ({
        placementId: row.placementId,
        institution: row.institution,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        ruleSetVersion: judgement.ruleSet?.version ?? null,
        breaches: judgement.verdicts.filter((v) => v.verdict === 'breached'),
      }))
      .filter((item) => item.breaches.length > 0);
    return { at: at.toISOString(), casesJudged: judged.length, items };
  }

  @Get('placements/:id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case as it stands with its rule verdicts and evidence; ?ruleSetVersion= judges it by another version side by side' })
  @ApiOkResponse({ description: '`judgement` by the rule set in force at the start; `comparison` by the version asked for' })
  async get(@Actor() actor: string, @Param('id', placementIdParam) id: string, @Query() query: CaseViewQuery) {
    const row = await this.cases.get(id);
    if (!row) throw notFound(id);
    const at = this.moment(query.at);
    const ruleSets = await this.ruleSets.all();
    const judgement = judge(ruleSets, row.timeline, at);
    const comparison = query.ruleSetVersion !== undefined ? judge(ruleSets, row.timeline, at, query.ruleSetVersion) : undefined;
    await this.accessLog.record(actor, `placement/${id}`, query.ruleSetVersion ? `case v${query.ruleSetVersion}` : 'case');
    const { timeline: _timeline, ...rest } = row;
    return { ...rest, judgement, ...(comparison ? { comparison } : {}) };
  }

  @Get('placements/:id/timeline')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case replayed from its stream to a moment (?at=): what was recorded by then, and how it stood against the rules then' })
  async timeline(@Actor() actor: string, @Param('id', placementIdParam) id: string, @Query() query: TimelineQuery) {
    const at = this.moment(query.at);
    const replay = await this.replays.replay(id, at);
    if (replay.entries.length === 0) throw notFound(id, replay.eventsRecordedSince > 0 ? `Placement ${id} was not yet recorded at ${replay.at}` : undefined);
    const judgement = replay.timeline ? judge(await this.ruleSets.all(), replay.timeline, at) : null;
    await this.accessLog.record(actor, `placement/${id}`, `timeline at ${replay.at}`);
    const { timeline: _timeline, ...rest } = replay;
    return { placementId: id, ...rest, judgement };
  }
}
