import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { caseIdPipe } from '../command-handling/ids';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decide } from './close-case.decide';
import { CloseCaseDto } from './close-case.dto';

@ApiTags('risk-assessments')
@Controller('risk-cases')
@UseFilters(new RiskAssessmentProblemFilter())
export class CloseCaseController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the case; no further reassessments fall due' })
  @ApiOkResponse({ description: 'Recorded as a new event' })
  async close(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', caseIdPipe) id: string, @Body() body: CloseCaseDto) {
    const outcome = await this.executor.onCase(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state) => decide({ caseId: id, reason: body.reason, actor }, state));
    return { caseId: id, ...outcome };
  }
}
