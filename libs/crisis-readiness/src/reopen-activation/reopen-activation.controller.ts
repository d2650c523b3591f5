import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { ReasonDto } from '../command-handling/reason.dto';
import { ReopenActivationCommand } from './reopen-activation.handler';

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class ReopenActivationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':activationId/reopening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a stood-down activation, with the reason' })
  @ApiCommandAnswer(200, 'Reopened; ETag is the new revision', { activationId: 'uuid' }, EXERCISE_FLAG)
  async reopen(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('activationId') activationId: string,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new ReopenActivationCommand({ activationId, reason: body.reason, actor }, commandMeta(actor, request, body.expectedRevision));
    return answerActivation(response, await this.commands.execute(command), { activationId });
  }
}
