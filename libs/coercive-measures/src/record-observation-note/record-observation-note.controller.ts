import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { RecordObservationNoteDto } from './record-observation-note.dto';
import { RecordObservationNoteCommand } from './record-observation-note.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class RecordObservationNoteController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/notes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a continuous note: what was observed, and when' })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordObservationNoteDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new RecordObservationNoteCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { placementId: id });
  }
}
