import { Body, Controller, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { StepCommand, StepIdParam } from '../action-card-http';
import { AssignStepDto } from './assign-step.dto';
import { AssignStepCommand } from './assign-step.handler';

@ApiTags('action-card-runs')
@Controller('action-card-runs')
export class AssignStepController {
  constructor(private readonly commands: CommandBus) {}

  @StepCommand('assignment', 'Give a step to a role or to one person (pseudonymous reference)')
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('runId') runId: string,
    @StepIdParam() stepId: string,
    @Body() body: AssignStepDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new AssignStepCommand(body.toCommand(runId, stepId, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { runId, stepId, state: outcome.state });
  }
}
