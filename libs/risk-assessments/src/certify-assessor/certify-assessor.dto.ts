import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { CERTIFICATION_END_REASONS } from '../domain/risk-case.vocabulary';
import { CertifyAssessor, EndCertification } from './certify-assessor.decide';

/** A change to an assessor's certifications may name the revision last read (or send it as If-Match). */
export class AssessorChangeCommandDto extends ChangeCommandDto {}

export class CertifyAssessorDto extends AssessorChangeCommandDto {
  @ApiProperty({ example: 'SARA-SV', description: 'SARA-SV, SAM, PATRIARK or internal:<name>' })
  @IsString()
  instrument: string;

  @ApiPropertyOptional({ description: 'when the certification took effect; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  certifiedOn?: string;

  @ApiPropertyOptional({ description: 'when it lapses unless renewed' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string;

  toCommand(assessorRef: string, certifiedBy: string): CertifyAssessor {
    return { assessorRef, certifiedBy, instrument: this.instrument, certifiedOn: this.certifiedOn, validUntil: this.validUntil };
  }
}

export class EndCertificationDto extends AssessorChangeCommandDto {
  @ApiProperty({ example: 'SARA-SV' })
  @IsString()
  instrument: string;

  @ApiProperty({ enum: CERTIFICATION_END_REASONS })
  @IsIn(CERTIFICATION_END_REASONS)
  reason: string;

  @ApiPropertyOptional({ description: 'when it ended; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiredOn?: string;

  toCommand(assessorRef: string): EndCertification {
    return { assessorRef, instrument: this.instrument, reason: this.reason, expiredOn: this.expiredOn };
  }
}
