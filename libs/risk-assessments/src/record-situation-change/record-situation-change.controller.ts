import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RecordSituationChangeDto } from './record-situation-change.dto';
import { RecordSituationChangeCommand } from './record-situation-change.handler';

@ApiTags('risk-assessments')
@Controller('risk-cases')
export class RecordSituationChangeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/situation-changes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a change of the person’s situation; the reassessment becomes due at once' })
  @ApiCommandAnswer(200, 'Recorded as a new event. ETag is the new revision.', { caseId: 'uuid' })
  async record(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordSituationChangeDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new RecordSituationChangeCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { caseId: id });
  }
}
