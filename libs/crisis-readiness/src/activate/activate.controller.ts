import { Body, Controller, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { newIdFor } from '../command-handling/command-ids';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { answer } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { ACTIVATION_MODEL, PLAN_MODEL } from '../command-handling/stream-models';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { activationStreamId, planStreamId } from '../crisis-streams';
import { decide } from './activate.decide';
import { ActivateDto } from './activate.dto';

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class ActivateController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Activate crisis readiness from a plan (real or exercise); pins the plan version and its action cards' })
  @ApiCreatedResponse({ description: 'Recorded as crisis-readiness.activation-started.v1; Location names the activation' })
  async activate(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: ActivateDto, @Res({ passthrough: true }) response: Response) {
    // With an Idempotency-Key and no id, a retry must land on the same activation.
    const activationId = body.activationId ?? newIdFor('activation', actor, request.idempotencyKey);
    const { state: plan } = await this.executor.load(planStreamId(body.planId), PLAN_MODEL);
    const command = { activationId, planId: body.planId, plan, scope: body.scope, level: body.level, exercise: body.exercise, reason: body.reason, actor };
    const outcome = await this.executor.execute(activationStreamId(activationId), ACTIVATION_MODEL, { actor, ...request }, (state, now) => decide(command, state, now));
    response.setHeader('Location', `/crisis-activations/${activationId}`);
    return answer(response, outcome, { activationId });
  }
}
