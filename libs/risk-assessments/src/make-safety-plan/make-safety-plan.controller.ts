import { Body, Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { newId } from '../command-handling/command-ids';
import { caseIdPipe } from '../command-handling/ids';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decide, MakeSafetyPlan } from './make-safety-plan.decide';
import { MakeSafetyPlanDto } from './make-safety-plan.dto';

@ApiTags('risk-assessments')
@Controller('risk-cases')
@UseFilters(new RiskAssessmentProblemFilter())
export class MakeSafetyPlanController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post(':id/safety-plans')
  @HttpCode(201)
  @ApiOperation({ summary: 'Make a safety plan with the person: measures with owners and states, and the reassessment interval; replaces the current plan' })
  @ApiCreatedResponse({ description: 'Recorded; measures are numbered m1, m2, … within the plan' })
  async make(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('id', caseIdPipe) id: string, @Body() body: MakeSafetyPlanDto) {
    const planId = newId('safety-plan', actor, request.idempotencyKey);
    const command: MakeSafetyPlan = {
      caseId: id,
      planId,
      actor,
      basedOnAssessmentId: body.basedOnAssessmentId,
      madeWithPerson: body.madeWithPerson,
      measures: body.measures.map((m) => ({ kind: m.kind, owner: m.owner, ...(m.label !== undefined ? { label: m.label } : {}), ...(m.state ? { state: m.state } : {}) })),
      reassessmentIntervalDays: body.reassessmentIntervalDays,
    };
    const outcome = await this.executor.onCase(id, { actor, expectedRevision: body.expectedRevision, ...request }, (state) => decide(command, state));
    return { caseId: id, planId, ...outcome };
  }
}
