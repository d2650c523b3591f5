import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, CommandRequest, CommandRequestInfo, commandMeta, uuidParam } from '@vigil/http-commands';
import { RequestValidationException } from '@vigil/http-problems';
import type { Response } from 'express';
import { ChangeMeasureStateDto } from './change-measure-state.dto';
import { ChangeMeasureStateCommand } from './change-measure-state.handler';

@ApiTags('risk-assessments')
@Controller('risk-cases')
export class ChangeMeasureStateController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/measures/:measureId/state-changes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a measure of the current safety plan on: planned, in place, ended' })
  @ApiOkResponse({ description: 'Recorded as a new event. ETag is the new revision.' })
  async change(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('id', uuidParam('id')) id: string,
    @Param('measureId') measureId: string,
    @Body() body: ChangeMeasureStateDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!/^m[0-9]{1,3}$/.test(measureId)) throw new RequestValidationException([{ field: 'measureId', message: 'measureId must be like m1' }]);
    const outcome = await this.commands.execute(
      new ChangeMeasureStateCommand(body.toCommand(id, measureId, actor), commandMeta(actor, request, body.expectedRevision)),
    );
    return answer(response, outcome, { caseId: id });
  }
}
