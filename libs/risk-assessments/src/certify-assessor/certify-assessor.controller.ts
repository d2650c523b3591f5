import { Body, Controller, Get, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { RequestValidationException } from '@vigil/http-problems';
import { CommandRequest, CommandRequestInfo } from '../command-handling/request-context';
import { RiskCommandExecutor } from '../command-handling/risk-command.executor';
import { certifiedInstruments } from '../domain/assessor-certification.state';
import { PSEUDONYMOUS_REF } from '../domain/risk-case.vocabulary';
import { RiskAssessmentProblemFilter } from '../risk-assessment-problems';
import { decideCertification, decideExpiry } from './certify-assessor.decide';
import { CertifyAssessorDto, EndCertificationDto } from './certify-assessor.dto';

function assessorRef(ref: string): string {
  if (!PSEUDONYMOUS_REF.test(ref)) throw new RequestValidationException([{ field: 'ref', message: 'ref must be a pseudonymous staff reference such as ST-4RV8WQ' }]);
  return ref;
}

/** Assessors' certifications per instrument (002_…: risk assessment needs certified or trained staff). */
@ApiTags('risk-assessments')
@Controller('risk-assessors')
@UseFilters(new RiskAssessmentProblemFilter())
export class CertifyAssessorController {
  constructor(private readonly executor: RiskCommandExecutor) {}

  @Post(':ref/certifications')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an assessor’s certification for an instrument (or its renewal)' })
  async certify(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('ref') ref: string, @Body() body: CertifyAssessorDto) {
    const command = { assessorRef: assessorRef(ref), instrument: body.instrument, certifiedOn: body.certifiedOn, validUntil: body.validUntil };
    return this.executor.onAssessor(ref, { actor, ...request }, (state, now) => decideCertification(command, state, now));
  }

  @Post(':ref/certification-expiries')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that an assessor’s certification for an instrument expired or was withdrawn' })
  async expire(@Actor() actor: string, @CommandRequest() request: CommandRequestInfo, @Param('ref') ref: string, @Body() body: EndCertificationDto) {
    const command = { assessorRef: assessorRef(ref), instrument: body.instrument, reason: body.reason, expiredOn: body.expiredOn };
    return this.executor.onAssessor(ref, { actor, ...request }, (state, now) => decideExpiry(command, state, now));
  }

  @Get(':ref/certifications')
  @ApiOperation({ summary: 'Every certification period of the assessor, and the instruments valid now' })
  @ApiOkResponse({ description: 'Folded from the assessor’s stream' })
  async list(@Actor() _actor: string, @Param('ref') ref: string) {
    const state = await this.executor.certifications(assessorRef(ref));
    return { assessorRef: ref, validNow: certifiedInstruments(state, this.executor.now().toISOString()), periods: state.periods };
  }
}
