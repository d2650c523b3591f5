import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { newPlacementId } from '../placement-stream';
import { StartPlacementDto } from './start-placement.dto';
import { StartPlacementCommand } from './start-placement.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class StartPlacementController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a security-cell placement: legal basis, reason, alternatives tried first, who decided and authorised' })
  @ApiCommandAnswer(201, 'Recorded; Location names the new placement, ETag its revision', { placementId: 'uuid' })
  async start(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: StartPlacementDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    // With an Idempotency-Key and no id, a retry must land on the same placement.
    const placementId = body.placementId ?? newPlacementId(actor, request.idempotencyKey);
    const outcome = await this.commands.execute(new StartPlacementCommand(body.toCommand(placementId, actor), commandMeta(actor, request)));
    response.setHeader('Location', `/coercive-measures/placements/${placementId}`);
    return answer(response, outcome, { placementId });
  }
}
