import { Principal, SignedIn, unitText } from '@vigil/identity';
import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import type { Response } from 'express';
import { newId } from '../command-handling/new-id';
import { OpenCaseDto } from './open-case.dto';
import { OpenRiskCaseCommand } from './open-case.handler';

@ApiTags('risk-assessments')
@Controller('risk-cases')
export class OpenCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a risk case for a threatened person (employee off duty, victim, inmate at risk)' })
  @ApiCommandAnswer(201, 'Recorded; Location names the new case, ETag its revision', { caseId: 'uuid' })
  async open(
    @Actor() actor: string,
    @SignedIn() opener: Principal,
    @CommandRequest() request: CommandRequestInfo,
    @Body() body: OpenCaseDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    // With an Idempotency-Key and no id, a retry must land on the same case.
    const caseId = body.caseId ?? newId('risk-case', actor, request.idempotencyKey);
    const outcome = await this.commands.execute(new OpenRiskCaseCommand(body.toCommand(caseId, actor, unitText(opener.unit)), commandMeta(actor, request)));
    response.setHeader('Location', `/risk-cases/${caseId}`);
    return answer(response, outcome, { caseId });
  }
}
