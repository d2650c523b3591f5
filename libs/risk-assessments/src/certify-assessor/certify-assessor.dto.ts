import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { CERTIFICATION_END_REASONS } from '../domain/risk-case.vocabulary';

export class CertifyAssessorDto {
  @ApiProperty({ example: 'SARA-SV', description: 'SARA-SV, SAM, PATRIARK or internal:<name>' }) @IsString()
  instrument: string;

  @ApiPropertyOptional({ description: 'when the certification took effect; defaults to now' }) @IsOptional() @IsISO8601({ strict: true })
  certifiedOn?: string;

  @ApiPropertyOptional({ description: 'when it lapses unless renewed' }) @IsOptional() @IsISO8601({ strict: true })
  validUntil?: string;
}

export class EndCertificationDto {
  @ApiProperty({ example: 'SARA-SV' }) @IsString()
  instrument: string;

  @ApiProperty({ enum: CERTIFICATION_END_REASONS }) @IsIn(CERTIFICATION_END_REASONS)
  reason: string;

  @ApiPropertyOptional({ description: 'when it ended; defaults to now' }) @IsOptional() @IsISO8601({ strict: true })
  expiredOn?: string;
}
