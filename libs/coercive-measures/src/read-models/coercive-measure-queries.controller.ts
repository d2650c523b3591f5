import { Controller, Get, Header, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { hasRole, institutionsOf, Principal, SignedIn } from '@vigil/identity';
import { COUNTRIES } from '@vigil/organisation';
import { Clock, CLOCK } from '@vigil/event-store';
import { UuidParam } from '@vigil/http-commands';
import { said, Words } from '@vigil/event-sourcing';
import { Reader, saidProblem } from '@vigil/http-problems';
import type { Translator } from '@vigil/i18n';
import type { Response } from 'express';
import { judge } from '../domain/case-judgement';
import { VERDICTS } from '../domain/rule-evaluator';
import { RuleSetCatalogue } from '../rule-sets/rule-set.catalogue';
import { BreachListDto, PlacementCaseDto, PlacementPageDto, PlacementReplayDto, RuleSetVersionsDto } from './coercive-measure-responses.dto';
import { CaseFilterQuery, CaseViewQuery, TimelineQuery } from './placement-cases/case-filter.query';
import { PlacementCaseQueries, PlacementScope } from './placement-cases/placement-case.queries';
import { PlacementTimelineQueries } from './placement-timeline/placement-timeline.queries';
import { judgementInWords, verdictInWords } from './verdict-words';

/** A reader sees the placements of the institutions in their unit; auditors see all. */
const scopeOf = (reader: Principal): PlacementScope => (hasRole(reader, 'auditor') ? null : institutionsOf(reader.unit));

const notFound = (id: string, detail = `No placement ${id} is recorded`, words: Words = said('coercive-measures.placement-not-found')) =>
  new NotFoundException(saidProblem(404, 'placement-not-found', words, detail));

/** Reads of placements for auditors; every read is written to the access log with its reader. */
@ApiTags('coercive-measures')
@Controller('coercive-measures')
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
  @ApiOkResponse({ type: PlacementPageDto })
  async list(@Actor() actor: string, @SignedIn() reader: Principal, @Query() query: CaseFilterQuery) {
    const at = this.moment(query.at);
    const judged = await this.cases.judged(query, await this.ruleSets.book(), at, scopeOf(reader));
    await this.accessLog.record(actor, 'coercive-measures', `placements ${query.describe()}`);
    const items = judged.map(({ row, judgement }) => ({
      placementId: row.placementId,
      status: row.status,
      institution: row.institution,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      ruleSetVersion: judgement.ruleSet?.version ?? null,
      ruleSetTitle: judgement.ruleSet?.title ?? null,
      verdicts: Object.fromEntries(VERDICTS.map((v) => [v, judgement.verdicts.filter((x) => x.verdict === v).length])),
    }));
    return { at: at.toISOString(), items, limit: query.limit, offset: query.offset };
  }

  @Get('breaches')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Rule breaches across placements by institution and period (start), judged at the moment asked (default now)' })
  @ApiOkResponse({ type: BreachListDto })
  async breaches(@Actor() actor: string, @SignedIn() reader: Principal, @Query() query: CaseFilterQuery, @Reader() t: Translator) {
    const at = this.moment(query.at);
    const judged = await this.cases.judged(query, await this.ruleSets.book(), at, scopeOf(reader));
    await this.accessLog.record(actor, 'coercive-measures', `breaches ${query.describe()}`);
    const items = judged
      .map(({ row, judgement }) => ({
        placementId: row.placementId,
        institution: row.institution,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        ruleSetVersion: judgement.ruleSet?.version ?? null,
        ruleSetTitle: judgement.ruleSet?.title ?? null,
        breaches: judgement.verdicts.filter((v) => v.verdict === 'breached').map((v) => verdictInWords(v, t)),
      }))
      .filter((item) => item.breaches.length > 0);
    return { at: at.toISOString(), casesJudged: judged.length, items, limit: query.limit, offset: query.offset };
  }

  @Get('placements/:id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case as it stands with its rule verdicts and evidence; ?ruleSetVersion= judges it by another version side by side' })
  @ApiOkResponse({
    type: PlacementCaseDto,
    description: '`judgement` by the rule set in force at the start; `comparison` by the version asked for. ETag is the revision.',
  })
  async get(
    @Actor() actor: string,
    @SignedIn() reader: Principal,
    @UuidParam('id') id: string,
    @Query() query: CaseViewQuery,
    @Res({ passthrough: true }) response: Response,
    @Reader() t: Translator,
  ) {
    const row = await this.cases.get(id, scopeOf(reader));
    if (!row) throw notFound(id);
    const at = this.moment(query.at);
    const ruleSets = await this.ruleSets.book();
    const judgement = judge(ruleSets, row.timeline, at);
    const comparison = query.ruleSetVersion !== undefined ? judge(ruleSets, row.timeline, at, query.ruleSetVersion) : undefined;
    await this.accessLog.record(actor, `placement/${id}`, query.ruleSetVersion ? `case v${query.ruleSetVersion}` : 'case');
    response.setHeader('ETag', `"${row.revision}"`);
    const { timeline: _timeline, ...rest } = row;
    return { ...rest, judgement: judgementInWords(judgement, t), ...(comparison ? { comparison: judgementInWords(comparison, t) } : {}) };
  }

  @Get('placements/:id/timeline')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case replayed from its stream to a moment (?at=): what was recorded by then, and how it stood against the rules then' })
  @ApiOkResponse({ type: PlacementReplayDto })
  async timeline(@Actor() actor: string, @SignedIn() reader: Principal, @UuidParam('id') id: string, @Query() query: TimelineQuery, @Reader() t: Translator) {
    if (!(await this.cases.get(id, scopeOf(reader)))) throw notFound(id);
    const at = this.moment(query.at);
    const replay = await this.replays.replay(id, at);
    if (replay.entries.length === 0)
      throw replay.eventsRecordedSince > 0
        ? notFound(id, `Placement ${id} was not yet recorded at ${replay.at}`, said('not-found.not-yet-recorded', { at: { at: String(replay.at) } }))
        : notFound(id);
    const judgement = replay.timeline ? judge(await this.ruleSets.book(), replay.timeline, at) : null;
    await this.accessLog.record(actor, `placement/${id}`, `timeline at ${replay.at}`);
    const { timeline: _timeline, ...rest } = replay;
    return { placementId: id, ...rest, judgement: judgement && judgementInWords(judgement, t) };
  }

  @Get('rule-sets')
  @ApiOperation({ summary: "Every published version of each country's rule set, with its rules and their sources as published" })
  @ApiOkResponse({ type: RuleSetVersionsDto })
  async ruleSetVersions(@Actor() _actor: string) {
    const book = await this.ruleSets.book();
    return { items: COUNTRIES.flatMap((country) => (book[country] ?? []).map((ruleSet) => ({ country, ...ruleSet }))) };
  }
}
