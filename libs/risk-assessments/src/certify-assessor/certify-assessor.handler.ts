import { CommandHandler } from '@nestjs/cqrs';
import { StreamCommand, StreamCommandHandler } from '@vigil/command-handling';
import { AssessorCertifications } from '../domain/assessor-certification.state';
import { ASSESSOR_STREAM } from '../risk-case-stream';
import { CertifyAssessor, decideCertification, decideExpiry, EndCertification } from './certify-assessor.decide';

export class CertifyAssessorCommand extends StreamCommand<CertifyAssessor, AssessorCertifications> {}
export class EndCertificationCommand extends StreamCommand<EndCertification, AssessorCertifications> {}

@CommandHandler(CertifyAssessorCommand)
export class CertifyAssessorHandler extends StreamCommandHandler<CertifyAssessorCommand> {
  protected readonly stream = ASSESSOR_STREAM;
  protected readonly decide = decideCertification;
}

@CommandHandler(EndCertificationCommand)
export class EndCertificationHandler extends StreamCommandHandler<EndCertificationCommand> {
  protected readonly stream = ASSESSOR_STREAM;
  protected readonly decide = decideExpiry;
}
