import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, CLOCK } from '@vigil/event-store';
import { RequestValidationException } from '@vigil/http-problems';
import { Principal, SignedIn } from '@vigil/identity';
import { FollowUpActionPageDto, ThemesDto } from './follow-up-responses.dto';
import { ListFollowUpActions } from './review-list.queries';
import { ListActionsQuery, ThemesQuery } from './review-queries.dto';
import { reviewScopeOf } from './review-reader-scope';
import { GetThemes } from './themes.queries';

const YEAR_IN_COPENHAGEN = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric' });

/** Follow-up across reviews and the themes that recur: what the safety partnership tracks. */
@ApiTags('learning-reviews')
@Controller()
export class FollowUpQueriesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('learning-review-actions')
  @ApiOperation({ summary: 'Follow-up actions across reviews in your unit, earliest due first: owner, status, response, overdue, escalated, repeat' })
  @ApiOkResponse({ type: FollowUpActionPageDto })
  async actions(@SignedIn() reader: Principal, @Query() query: ListActionsQuery) {
    const page = await this.queries.execute(new ListFollowUpActions(query, reviewScopeOf(reader)));
    return { ...page, limit: query.limit, offset: query.offset };
  }

  @Get('learning-review-themes')
  @ApiOperation({
    summary:
      "Which factor classes and texts recur (by half-year), which interventions are used where (by area), and the year's goal: every area starting interventions from the catalogue. Counts of reports, never incidence: they never rank institutions.",
  })
  @ApiOkResponse({ type: ThemesDto })
  async themes(@SignedIn() reader: Principal, @Query() query: ThemesQuery) {
    if (query.from && query.to && query.from > query.to) throw new RequestValidationException([{ field: 'to', message: 'to must not be before from' }]);
    const now = this.clock.now();
    const year = query.year ?? Number(YEAR_IN_COPENHAGEN.format(now));
    const themes = await this.queries.execute(new GetThemes(query.from ?? null, query.to ?? null, year, reviewScopeOf(reader), query.country));
    return { asOf: now.toISOString(), ...themes };
  }
}
