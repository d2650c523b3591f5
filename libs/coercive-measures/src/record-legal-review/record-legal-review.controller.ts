import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { RecordLegalReviewDto } from './record-legal-review.dto';
import { RecordLegalReviewCommand } from './record-legal-review.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class RecordLegalReviewController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/legal-review')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the legal review of the case by the area's lawyers" })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordLegalReviewDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new RecordLegalReviewCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { placementId: id });
  }
}
