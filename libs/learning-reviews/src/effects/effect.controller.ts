import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { slugParam } from '@vigil/http-commands';
import { said } from '@vigil/event-sourcing';
import { saidProblem } from '@vigil/http-problems';
import { Principal, SignedIn } from '@vigil/identity';
import { Matches } from 'class-validator';
import { UNIT } from '../domain/review.vocabulary';
import { readerSees } from '../read-models/review-reader-scope';
import { InterventionEffectAnswer } from './effect-responses.dto';
import { GetInterventionEffect } from './effect.queries';

const INTERVENTION = /^[a-z0-9][a-z0-9-]{1,59}$/;

export class EffectQuery {
  @ApiProperty({ example: 'institution:nyborg', description: 'where it was put in place: area:<area>, institution:<institution> or national' })
  @Matches(UNIT, { message: 'unit must be national, area:<area> or institution:<institution>' })
  unit!: string;
}

/** What happened to the registrations an intervention is meant to bring down, before and after it was put in place. */
@ApiTags('learning-reviews')
@Controller('learning-interventions')
export class EffectController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':interventionId/effect')
  @ApiOperation({
    summary:
      'An intervention put in place at a unit: monthly counts of the incident kinds it is meant for, 12 months before and 12 after it was first under way, ' +
      'from the statistics (registrations, not incidence), with totals before and after and what they can and cannot say',
  })
  @ApiParam({ name: 'interventionId', schema: { type: 'string', pattern: INTERVENTION.source, example: 'conflict-communication-training' } })
  @ApiOkResponse({ type: InterventionEffectAnswer })
  async effect(
    @Actor() actor: string,
    @SignedIn() reader: Principal,
    @Param('interventionId', slugParam('interventionId', INTERVENTION, 'conflict-communication-training')) interventionId: string,
    @Query() query: EffectQuery,
  ) {
    if (!readerSees(reader, query.unit))
      throw new NotFoundException(
        saidProblem(
          404,
          'not-in-place',
          said('not-found.not-in-place', { intervention: interventionId, unit: query.unit }),
          `No follow-up action puts ${interventionId} in place at ${query.unit} that you may read`,
        ),
      );
    const outcome = await this.queries.execute(new GetInterventionEffect(interventionId, query.unit, this.clock.now()));
    if ('missing' in outcome) {
      if (outcome.missing === 'intervention')
        throw new NotFoundException(
          saidProblem(
            404,
            'not-found',
            said('not-found.intervention', { intervention: interventionId }),
            `The catalogue has no intervention ${interventionId}`,
          ),
        );
      throw new NotFoundException(
        saidProblem(
          404,
          'not-in-place',
          said('not-found.not-in-place', { intervention: interventionId, unit: query.unit }),
          `No follow-up action puts ${interventionId} in place at ${query.unit}`,
        ),
      );
    }
    await this.accessLog.record(actor, `learning-intervention/${interventionId}`, `effect ${query.unit}`);
    return outcome.found;
  }
}
