import { Principal, SignedIn } from '@vigil/identity';
import { riskScopeOf } from './risk-reader-scope';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { ListReassessmentsQuery } from './reassessment-due/list-reassessments.query';
import { ListReassessments } from './reassessment-due/reassessment-due.queries';
import { ReassessmentPageDto } from './reassessment-due/reassessment-responses.dto';

/** The due and overdue reassessments across cases; names no person, only case and role. */
@ApiTags('risk-assessments')
@Controller('reassessments')
export class ReassessmentDueController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reassessments that are escalated, overdue or soon due, earliest due first' })
  @ApiOkResponse({ type: ReassessmentPageDto })
  async list(@Actor() actor: string, @SignedIn() reader: Principal, @Query() query: ListReassessmentsQuery) {
    const now = this.clock.now();
    const result = await this.queries.execute(new ListReassessments(query, now, riskScopeOf(reader)));
    await this.accessLog.record(actor, 'risk-cases', `reassessments ${query.standing}`);
    return { ...result, asOf: now.toISOString(), limit: query.limit, offset: query.offset };
  }
}
