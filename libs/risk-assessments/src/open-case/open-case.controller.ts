import { Body, Controller, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import type { Response } from 'express';
import { newId } from '../command-handling/command-ids';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decide, OpenRiskCase } from './open-case.decide';
import { OpenCaseDto } from './open-case.dto';

@ApiTags('risk-assessments')
@Controller('risk-cases')
@UseFilters(new RiskAssessmentProblemFilter())
export class OpenCaseController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a risk case for a threatened person (employee off duty, victim, inmate at risk)' })
  @ApiCreatedResponse({ description: 'Recorded; Location names the new case' })
  async open(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Body() body: OpenCaseDto, @Res({ passthrough: true }) response: Response) {
    const caseId = body.caseId ?? newId('risk-case', actor, request.idempotencyKey);
    const command = { caseId, actor, personRef: body.personRef, personRole: body.personRole } as OpenRiskCase;
    const outcome = await this.executor.onCase(caseId, { actor, ...request }, (state) => decide(command, state));
    response.setHeader('Location', `/risk-cases/${caseId}`);
    return { caseId, ...outcome };
  }
}
