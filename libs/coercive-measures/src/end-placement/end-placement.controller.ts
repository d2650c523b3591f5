import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { EndPlacementDto } from './end-placement.dto';
import { EndPlacementCommand } from './end-placement.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class EndPlacementController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the placement, with the reason' })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: EndPlacementDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new EndPlacementCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { placementId: id });
  }
}
