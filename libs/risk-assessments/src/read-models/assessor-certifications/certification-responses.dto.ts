import { ApiProperty } from '@nestjs/swagger';
import { instant, personRef } from '../risk-case-responses.dto';

const instrument = { example: 'SARA-SV', description: 'SARA-SV, SAM, PATRIARK or internal:<name>' } as const;

/** One period in which the assessor held a certification. */
export class CertificationPeriodDto {
  @ApiProperty(instrument) instrument: string;
  @ApiProperty(instant) certifiedOn: string;
  @ApiProperty({ ...instant, nullable: true, description: 'when it lapses unless renewed' }) validUntil: string | null;
  @ApiProperty({ ...instant, nullable: true, description: 'when it expired or was withdrawn' }) expiredOn: string | null;
}

export class AssessorCertificationsDto {
  @ApiProperty(personRef) assessorRef: string;
  @ApiProperty({ type: [String], description: 'the instruments the assessor holds a valid certification for now', example: ['SARA-SV'] }) validNow: string[];
  @ApiProperty({ type: [CertificationPeriodDto], description: 'every period, renewals included' }) periods: CertificationPeriodDto[];
}
