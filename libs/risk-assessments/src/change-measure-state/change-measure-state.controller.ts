import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { caseIdPipe } from '../command-handling/ids';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decide } from './change-measure-state.decide';
import { ChangeMeasureStateDto } from './change-measure-state.dto';

@ApiTags('risk-assessments')
@Controller('risk-cases')
@UseFilters(new RiskAssessmentProblemFilter())
export class ChangeMeasureStateController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post(':id/measures/:measureId/state-changes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a measure of the current safety plan on: planned, in place, ended' })
  @ApiOkResponse({ description: 'Recorded as a new event' })
  async change(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', caseIdPipe) id: string, @Param('measureId') measureId: string, @Body() body: ChangeMeasureStateDto) {
    if (!/^m[0-9]{1,3}$/.test(measureId)) throw new RequestValidationException([{ field: 'measureId', message: 'measureId must be like m1' }]);
    const outcome = await this.executor.onCase(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state) => decide({ caseId: id, measureId, state: body.state, actor }, state));
    return { caseId: id, ...outcome };
  }
}
