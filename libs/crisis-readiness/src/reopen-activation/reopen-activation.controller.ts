import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { activationCommand } from '../command-handling/activation-command';
import { CommandRequest, CommandRequestInfo } from '@vigil/http-commands';
import { uuidParam } from '../command-handling/http-parts';
import { ReasonDto } from '../command-handling/reason.dto';
import { StreamExecutor } from '../command-handling/stream-executor';
import { CRISIS_PROBLEMS } from '../crisis-problems';
import { decide } from './reopen-activation.decide';

@ApiTags('crisis-activations')
@Controller('crisis-activations')
@UseFilters(CRISIS_PROBLEMS)
export class ReopenActivationController {
  constructor(private readonly executor: StreamExecutor) {}

  @Post(':activationId/reopening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a stood-down activation, with the reason' })
  reopen(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('activationId', uuidParam('activationId')) activationId: string, @Body() body: ReasonDto, @Res({ passthrough: true }) response: Response) {
    const target = { activationId, actor, request, bodyRevision: body.expectedRevision, response };
    return activationCommand(this.executor, target, (state, now) => decide({ activationId, reason: body.reason, actor }, state, now));
  }
}
