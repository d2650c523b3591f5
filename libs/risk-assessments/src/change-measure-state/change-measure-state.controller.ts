import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
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
  @ApiParam({
    name: 'measureId',
    description: 'the measure within the current safety plan',
    schema: { type: 'string', pattern: '^m[0-9]{1,3}$', example: 'm1' },
  })
  @ApiCommandAnswer(200, 'Recorded as a new event. ETag is the new revision.', { caseId: 'uuid' })
  async change(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
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
