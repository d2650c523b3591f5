import { Controller, Get, Header, Inject, NotFoundException, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { said, Words } from '@vigil/event-sourcing';
import { RequestValidationException, saidProblem } from '@vigil/http-problems';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { planIdParam } from '../../command-handling/crisis-http';
import { Scenario, SCENARIOS } from '../../domain/crisis.vocabulary';
import { PlanDetailDto, PlanListDto, PlanVersionDto } from './plan-responses.dto';
import { GetPlan, GetPlanVersion, ListPlans } from './plans.queries';

export class PlanListQuery {
  @ApiPropertyOptional({ enum: SCENARIOS })
  @IsOptional()
  @IsIn(SCENARIOS)
  scenario?: Scenario;

  @ApiPropertyOptional({ description: 'only plans past (true) or within (false) their revision date, judged now' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

const PLAN_ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$', example: 'riot-institution' } as const;
const notFound = (detail: string, words: Words) => new NotFoundException(saidProblem(404, 'plan-not-found', words, detail));
const versionParam = new ParseIntPipe({
  exceptionFactory: () => new RequestValidationException([{ field: 'version', message: 'version must be a whole number' }]),
});

/** Readiness plans, their versions, and which are overdue for revision. */
@ApiTags('crisis-plans')
@Controller('crisis-plans')
export class PlansQueriesController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Readiness plans with their revision due date; revisionOverdue is judged at the moment asked' })
  @ApiOkResponse({ type: PlanListDto })
  async list(@Actor() _actor: string, @Query() query: PlanListQuery) {
    const now = this.clock.now();
    return { at: now.toISOString(), items: await this.queries.execute(new ListPlans(now, query)) };
  }

  @Get(':planId')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'One plan: its state, draft and every published version (ETag = revision)' })
  @ApiParam({ name: 'planId', schema: PLAN_ID })
  @ApiOkResponse({ type: PlanDetailDto })
  async get(@Actor() _actor: string, @Param('planId', planIdParam) planId: string, @Res({ passthrough: true }) response: Response) {
    const plan = await this.queries.execute(new GetPlan(planId, this.clock.now()));
    if (!plan) throw notFound(`No readiness plan "${planId}" exists`, said('crisis-readiness.plan-not-found', { plan: planId }));
    response.setHeader('ETag', `"${plan.revision}"`);
    return plan;
  }

  @Get(':planId/versions/:version')
  @ApiOperation({ summary: 'One published version, exactly as activations pinned it' })
  @ApiParam({ name: 'planId', schema: PLAN_ID })
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 } })
  @ApiOkResponse({ type: PlanVersionDto })
  async version(@Actor() _actor: string, @Param('planId', planIdParam) planId: string, @Param('version', versionParam) version: number) {
    const found = await this.queries.execute(new GetPlanVersion(planId, version));
    if (!found)
      throw notFound(
        `Readiness plan "${planId}" has no published version ${version}`,
        said('not-found.plan-version', { plan: planId, version: String(version) }),
      );
    return found;
  }
}
