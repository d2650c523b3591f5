import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { HoldFollowUpConversationDto } from './hold-follow-up-conversation.dto';
import { HoldFollowUpConversationCommand } from './hold-follow-up-conversation.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class HoldFollowUpConversationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/follow-up-conversation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the follow-up conversation with the inmate after the end (§ 13)' })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: HoldFollowUpConversationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new HoldFollowUpConversationCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { placementId: id });
  }
}
