import { Body, Controller, Get, HttpCode, Inject, Param, PipeTransform, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { Clock, CLOCK } from '@vigil/event-store';
import { answer, ApiCommandAnswer, CommandRequest, CommandRequestInfo, commandMeta } from '@vigil/http-commands';
import { RequestValidationException } from '@vigil/http-problems';
import type { Response } from 'express';
import { certifiedInstruments } from '../domain/assessor-certification.state';
import { PSEUDONYMOUS_REF } from '../domain/risk-case.vocabulary';
import { GetAssessorCertifications } from '../read-models/assessor-certifications/assessor-certifications.queries';
import { AssessorCertificationsDto } from '../read-models/assessor-certifications/certification-responses.dto';
import { CertifyAssessorDto, EndCertificationDto } from './certify-assessor.dto';
import { CertifyAssessorCommand, EndCertificationCommand } from './certify-assessor.handler';

/** Assessors are named by pseudonymous staff reference only; anything else is a 400 naming `ref`. */
const assessorRef: PipeTransform<string, string> = {
  transform(ref: string) {
    if (!PSEUDONYMOUS_REF.test(ref))
      throw new RequestValidationException([{ field: 'ref', message: 'ref must be a pseudonymous staff reference such as ST-4RV8WQ' }]);
    return ref;
  },
};

/** Assessors' certifications per instrument (002_…: risk assessment needs certified or trained staff). */
@ApiTags('risk-assessments')
@ApiParam({
  name: 'ref',
  description: 'the assessor, by pseudonymous staff reference',
  schema: { type: 'string', pattern: PSEUDONYMOUS_REF.source, example: 'ST-4RV8WQ' },
})
@Controller('risk-assessors')
export class CertifyAssessorController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':ref/certifications')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an assessor’s certification for an instrument (or its renewal)' })
  @ApiCommandAnswer(201, 'Recorded; ETag is the revision of the assessor’s certifications', { assessorRef: 'ref' })
  async certify(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('ref', assessorRef) ref: string,
    @Body() body: CertifyAssessorDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new CertifyAssessorCommand(body.toCommand(ref, actor), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { assessorRef: ref });
  }

  @Post(':ref/certification-expiries')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that an assessor’s certification for an instrument expired or was withdrawn' })
  @ApiCommandAnswer(200, 'Recorded; ETag is the revision of the assessor’s certifications', { assessorRef: 'ref' })
  async expire(
    @Actor() actor: string,
    @CommandRequest() request: CommandRequestInfo,
    @Param('ref', assessorRef) ref: string,
    @Body() body: EndCertificationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome = await this.commands.execute(new EndCertificationCommand(body.toCommand(ref), commandMeta(actor, request, body.expectedRevision)));
    return answer(response, outcome, { assessorRef: ref });
  }

  @Get(':ref/certifications')
  @ApiOperation({ summary: 'Every certification period of the assessor, and the instruments valid now' })
  @ApiOkResponse({ type: AssessorCertificationsDto, description: 'Folded from the assessor’s stream' })
  async list(@Actor() _actor: string, @Param('ref', assessorRef) ref: string) {
    const state = await this.queries.execute(new GetAssessorCertifications(ref));
    return { assessorRef: ref, validNow: certifiedInstruments(state, this.clock.now().toISOString()), periods: state.periods };
  }
}
