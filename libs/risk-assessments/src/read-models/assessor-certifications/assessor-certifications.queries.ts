import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CommandRunner } from '@vigil/command-handling';
import { AssessorCertifications } from '../../domain/assessor-certification.state';
import { ASSESSOR_STREAM } from '../../risk-case-stream';

/** An assessor's certifications as they stand, folded from the assessor's own stream. */
export class GetAssessorCertifications extends Query<AssessorCertifications> {
  constructor(readonly assessorRef: string) {
    super();
  }
}

@QueryHandler(GetAssessorCertifications)
export class GetAssessorCertificationsHandler implements IQueryHandler<GetAssessorCertifications> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ assessorRef }: GetAssessorCertifications): Promise<AssessorCertifications> {
    const { state } = await this.runner.load(ASSESSOR_STREAM.streamOf({ assessorRef }), ASSESSOR_STREAM.model);
    return state;
  }
}
