import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { RECORDED } from '../command-handling/placement-http';
import { RecordManagementReviewDto } from './record-management-review.dto';
import { RecordManagementReviewCommand } from './record-management-review.handler';

@ApiTags('coercive-measures')
@Controller('coercive-measures/placements')
export class RecordManagementReviewController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/management-review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the management review of the case' })
  @ApiCommandAnswer(200, RECORDED, { placementId: 'uuid' })
  async handle(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordManagementReviewDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(
      new RecordManagementReviewCommand(body.toCommand(id, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { placementId: id });
  }
}
