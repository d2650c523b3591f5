import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta, UuidParam } from '@vigil/http-commands';
import type { Response } from 'express';
import { newId } from '../command-handling/new-id';
import { GetAssessorCertifications } from '../read-models/assessor-certifications/assessor-certifications.queries';
import { RecordAssessmentDto } from './record-assessment.dto';
import { RecordAssessmentCommand } from './record-assessment.handler';

@ApiTags('risk-assessments')
@Controller('risk-cases')
export class RecordAssessmentController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/assessments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a risk assessment or reassessment with a named instrument, by a certified assessor' })
  @ApiCommandAnswer(201, 'Recorded; every earlier assessment is kept. ETag is the new revision.', { caseId: 'uuid', assessmentId: 'uuid' })
  @ApiUnprocessableEntityResponse({ description: 'assessor-not-certified: the assessor held no valid certification for the instrument' })
  async record(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @UuidParam('id') id: string,
    @Body() body: RecordAssessmentDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const assessedBy = body.assessedBy ?? actor;
    // The certification check reads the assessor's own stream; the decide stays pure.
    const certifications = await this.queries.execute(new GetAssessorCertifications(assessedBy));
    const assessmentId = body.assessmentId ?? newId('risk-assessment', actor, request.idempotencyKey);
    const command = body.toCommand(id, assessmentId, actor, assessedBy, certifications);
    const outcome = await this.commands.execute(new RecordAssessmentCommand(command, commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { caseId: id, assessmentId });
  }
}
