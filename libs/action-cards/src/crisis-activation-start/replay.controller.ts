import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessLog, Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { UuidParam } from '@vigil/http-commands';
import { said } from '@vigil/event-sourcing';
import { saidProblem } from '@vigil/http-problems';
import { ActivationReplayDto } from './replay-responses.dto';
import { ReplayActivation } from './replay.queries';

/** Exercise replay ("øvelse"): how an activation's action cards were worked against their deadlines. */
@ApiTags('action-card-runs')
@Controller('action-card-replays')
export class ReplayController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':activationId')
  @ApiOperation({
    summary:
      'Replay a crisis activation against its action cards: every step with its deadline (minutes after activation and absolute), when it was done or skipped, and on time, late or still open',
  })
  @ApiOkResponse({
    type: ActivationReplayDto,
    description: 'Runs the activation started, their steps and verdicts; cards that started no run under notStarted with the reason',
  })
  @ApiNotFoundResponse({ description: 'No activation with this id has reached the action cards' })
  async replay(@Actor() actor: string, @UuidParam('activationId') activationId: string) {
    const replay = await this.queries.execute(new ReplayActivation(activationId, this.clock.now()));
    if (!replay)
      throw new NotFoundException(
        saidProblem(
          404,
          'activation-not-found',
          said('not-found.activation-not-in-cards'),
          `No crisis activation ${activationId} has reached the action cards`,
        ),
      );
    await this.accessLog.record(actor, `action-card-replay/${activationId}`, 'replay');
    return replay;
  }
}
