import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { caseIdPipe } from '../command-handling/ids';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decide } from './record-situation-change.decide';
import { RecordSituationChangeDto } from './record-situation-change.dto';

@ApiTags('risk-assessments')
@Controller('risk-cases')
@UseFilters(new RiskAssessmentProblemFilter())
export class RecordSituationChangeController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post(':id/situation-changes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a change of the person’s situation; the reassessment becomes due at once' })
  @ApiOkResponse({ description: 'Recorded as a new event' })
  async record(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', caseIdPipe) id: string, @Body() body: RecordSituationChangeDto) {
    const outcome = await this.executor.onCase(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide({ caseId: id, change: body.change, actor }, state, now));
    return { caseId: id, ...outcome };
  }
}
