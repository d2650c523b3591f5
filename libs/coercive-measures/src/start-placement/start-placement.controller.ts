import { Body, Controller, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { COERCIVE_MEASURE_PROBLEMS } from '../coercive-measure-problems';
import { deterministicUuid } from '../command-handling/command-ids';
import { PlacementCommandExecutor } from '../command-handling/placement-command.executor';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { decide, StartPlacement } from './start-placement.decide';
import { StartPlacementDto } from './start-placement.dto';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
@UseFilters(COERCIVE_MEASURE_PROBLEMS)
export class StartPlacementController {
  constructor(private readonly executor: PlacementCommandExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a security-cell placement: legal basis, reason, alternatives tried first, who decided and authorised' })
  @ApiCreatedResponse({ description: 'Recorded; Location names the new placement' })
  async start(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: StartPlacementDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    // With an Idempotency-Key and no id, a retry must land on the same placement.
    const placementId = body.placementId ?? (request.idempotencyKey ? deterministicUuid('vigil-placement', actor, request.idempotencyKey) : randomUUID());
    const command = { ...body, placementId, actor } as unknown as StartPlacement;
    const outcome = await this.executor.execute(placementId, { actor, ...request }, (state, now) => decide(command, state, now));
    response.setHeader('Location', `/coercive-measures/placements/${placementId}`);
    return outcome;
  }
}
