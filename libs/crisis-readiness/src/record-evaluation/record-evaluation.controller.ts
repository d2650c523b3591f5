import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { answerActivation } from '../command-handling/activation-answer';
import { EXERCISE_FLAG } from '../command-handling/crisis-http';
import { newIdFor } from '../crisis-streams';
import { RecordEvaluationDto } from './record-evaluation.dto';
import { RecordEvaluationCommand } from './record-evaluation.handler';

@ApiTags('crisis-activations')
@Controller('crisis-activations')
export class RecordEvaluationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':activationId/evaluation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the after-action evaluation; its referenceId hands it to a later learning review' })
  @ApiCommandAnswer(201, 'Recorded; ETag is the new revision', { activationId: 'uuid', referenceId: 'uuid' }, EXERCISE_FLAG)
  async record(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('activationId') activationId: string,
    @Body() body: RecordEvaluationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const referenceId = newIdFor(`evaluation:${activationId}`, actor, request.idempotencyKey);
    const outcome = await this.commands.execute(
      new RecordEvaluationCommand(body.toCommand(activationId, referenceId, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answerActivation(response, outcome, { activationId, referenceId });
  }
}
