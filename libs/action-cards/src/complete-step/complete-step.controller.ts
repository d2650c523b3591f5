import { Body, Controller, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { StepCommand, StepIdParam } from '../action-card-http';
import { CompleteStepDto } from './complete-step.dto';
import { CompleteStepCommand } from './complete-step.handler';

@ApiTags('action-card-runs')
@Controller('action-card-runs')
export class CompleteStepController {
  constructor(private readonly commands: CommandBus) {}

  @StepCommand('completion', 'Tick a step off (prerequisites first; a note when the card requires one)')
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('runId') runId: string,
    @StepIdParam() stepId: string,
    @Body() body: CompleteStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new CompleteStepCommand({ runId, stepId, actor, note: body.note }, commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { runId, stepId, state: outcome.state });
  }
}
