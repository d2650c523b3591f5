import { Controller, Get, Inject, Query, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { ListReassessmentsQuery } from './reassessment-due/list-reassessments.query';
import { ReassessmentDueQueries } from './reassessment-due/reassessment-due.queries';

/** The due and overdue reassessments across cases; names no person, only case and role. */
@ApiTags('risk-assessments')
@Controller('reassessments')
@UseFilters(new RiskAssessmentProblemFilter())
export class ReassessmentDueController {
  constructor(private readonly due: ReassessmentDueQueries, private readonly accessLog: AccessLog, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  @ApiOperation({ summary: 'Reassessments that are escalated, overdue or soon due, earliest due first' })
  async list(@Actor() actor: string, @Query() query: ListReassessmentsQuery) {
    const now = this.clock.now();
    const result = await this.due.list(query, now);
    await this.accessLog.record(actor, 'risk-cases', `reassessments ${query.standing}`);
    return { ...result, asOf: now.toISOString(), limit: query.limit, offset: query.offset };
  }
}
