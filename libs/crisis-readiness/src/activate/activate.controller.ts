import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { newIdFor } from '../crisis-streams';
import { ActivateDto } from './activate.dto';
import { ActivateCommand } from './activate.handler';

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class ActivateController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Activate crisis readiness from a plan (real or exercise); pins the plan version and its action cards' })
  @ApiCommandAnswer(201, 'Recorded as crisis-readiness.activation-started.v1; Location names the activation', { activationId: 'uuid' }, EXERCISE_FLAG)
  async activate(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: ActivateDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    // With an Idempotency-Key and no id, a retry must land on the same activation.
    const activationId = body.activationId ?? newIdFor('activation', actor, request.idempotencyKey);
    const outcome = await this.commands.execute(new ActivateCommand(body.toCommand(activationId, actor), commandMeta(actor, request)));
    response.setHeader('Location', `/crisis-activations/${activationId}`);
    return answerActivation(response, outcome, { activationId });
  }
}
