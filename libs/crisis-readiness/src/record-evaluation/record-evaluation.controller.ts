import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { activationCommand } from '../command-handling/activation-command';
import { newIdFor } from '../command-handling/command-ids';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { uuidParam } from '../command-handling/http-parts';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { decide } from './record-evaluation.decide';
import { RecordEvaluationDto } from './record-evaluation.dto';

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class RecordEvaluationController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':activationId/evaluation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the after-action evaluation; its referenceId hands it to a later learning review' })
  record(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('activationId', uuidParam('activationId')) activationId: string, @Body() body: RecordEvaluationDto, @Res({ passthrough: true }) response: Response) {
    const referenceId = newIdFor(`evaluation:${activationId}`, actor, request.idempotencyKey);
    const target = { activationId, actor, request, bodyRevision: body.expectedRevision, response };
    return activationCommand(this.executor, target, (state, now) => decide({ activationId, referenceId, summary: body.summary, points: body.points, actor }, state, now), { referenceId });
  }
}
