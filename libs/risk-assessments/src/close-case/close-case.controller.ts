import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { CloseCaseDto } from './close-case.dto';
import { CloseRiskCaseCommand } from './close-case.handler';

@ApiTags('risk-assessments')
@Controller('risk-cases')
export class CloseCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the case; no further reassessments fall due' })
  @ApiCommandAnswer(200, 'Recorded as a new event. ETag is the new revision.', { caseId: 'uuid' })
  async close(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: CloseCaseDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new CloseRiskCaseCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { caseId: id });
  }
}
