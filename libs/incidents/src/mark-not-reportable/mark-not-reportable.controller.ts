import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { MarkNotReportableCommand } from './mark-not-reportable.handler';
import { MarkNotReportableDto } from './mark-not-reportable.dto';

@ApiTags('incidents')
@Controller('incidents')
export class MarkNotReportableController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/not-reportable-marking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark as not reportable (kept, but out of the statistics)' })
  @ApiCommandAnswer(200, 'Recorded as a new event; nothing earlier is changed. ETag is the new revision.', { incidentId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: MarkNotReportableDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = { incidentId: id, actor, reason: body.reason.trim() };
    const outcome = await this.commands.execute(new MarkNotReportableCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { incidentId: id });
  }
}
