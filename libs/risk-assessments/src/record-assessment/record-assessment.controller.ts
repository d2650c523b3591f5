import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { newId } from '../command-handling/command-ids';
import { caseIdPipe } from '../command-handling/ids';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decide, RecordAssessment } from './record-assessment.decide';
import { RecordAssessmentDto } from './record-assessment.dto';

@ApiTags('risk-assessments')
@Controller('risk-cases')
@UseFilters(new RiskAssessmentProblemFilter())
export class RecordAssessmentController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post(':id/assessments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a risk assessment or reassessment with a named instrument, by a certified assessor' })
  @ApiCreatedResponse({ description: 'Recorded; every earlier assessment is kept' })
  @ApiUnprocessableEntityResponse({ description: 'assessor-not-certified: the assessor held no valid certification for the instrument' })
  async record(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', caseIdPipe) id: string, @Body() body: RecordAssessmentDto) {
    const assessedBy = body.assessedBy ?? actor;
    const certifications = await this.executor.certifications(assessedBy);
    const assessmentId = body.assessmentId ?? newId('risk-assessment', actor, request.idempotencyKey);
    const command = { caseId: id, assessmentId, actor, instrument: body.instrument, riskLevel: body.riskLevel, factors: body.factors, assessedBy, assessedAt: body.assessedAt, certifications } as RecordAssessment;
    const outcome = await this.executor.onCase(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state, now) => decide(command, state, now));
    return { caseId: id, assessmentId, ...outcome };
  }
}
