import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, ValidateNested, IsObject } from 'class-validator';
import { RiskCaseChangeCommandDto } from '../command-handling/change-command.dto';
import { AssessorCertifications } from '../domain/assessor-certification.state';
import { RatedFactor } from '../domain/risk-case.events';
import { FACTOR_RATINGS, INSTRUMENT_CODES, INSTRUMENT_VERSION, InstrumentCode, PSEUDONYMOUS_REF, SLUG } from '../domain/risk-case.vocabulary';
import { RecordAssessment } from './record-assessment.decide';

export class InstrumentDto {
  @ApiProperty({ enum: INSTRUMENT_CODES })
  @IsIn(INSTRUMENT_CODES)
  code: InstrumentCode;

  @ApiProperty({ example: '3' })
  @IsString()
  @Matches(INSTRUMENT_VERSION, { message: 'version must be like 3 or 2.1' })
  version: string;

  @ApiPropertyOptional({ example: 'kf-trusselsvurdering', description: 'required for code internal: the internal instrument’s name' })
  @IsOptional()
  @Matches(SLUG, { message: 'name must be a lower-case slug' })
  name?: string;

  @ApiPropertyOptional({ type: [String], example: ['lav', 'forhoejet', 'alvorlig'], description: 'internal instruments only: their scale, lowest first' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(7)
  @Matches(SLUG, { each: true, message: 'each scale step must be a slug' })
  scale?: string[];
}

export class RatedFactorDto {
  @ApiProperty({ example: 'sara-sv.v3-escalation', description: 'the instrument item as a slug; never free text' })
  @Matches(SLUG, { message: 'key must be a lower-case slug' })
  key: string;

  @ApiProperty({ enum: FACTOR_RATINGS })
  @IsIn(FACTOR_RATINGS)
  rating: RatedFactor['rating'];
}

export class RecordAssessmentDto extends RiskCaseChangeCommandDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' })
  @IsOptional()
  @IsUUID()
  assessmentId?: string;

  @ApiProperty({ type: InstrumentDto })
  @IsObject({ message: 'instrument must be an object' })
  @ValidateNested()
  @Type(() => InstrumentDto)
  instrument: InstrumentDto;

  @ApiProperty({ example: 'high', description: 'a step of the instrument’s scale (low, moderate, high for SARA-SV, SAM, PATRIARK)' })
  @IsString()
  riskLevel: string;

  @ApiProperty({ type: [RatedFactorDto], description: 'the factors behind the level' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => RatedFactorDto)
  factors: RatedFactorDto[];

  @ApiPropertyOptional({ example: 'ST-4RV8WQ', description: 'the certified assessor; defaults to the acting user' })
  @IsOptional()
  @Matches(PSEUDONYMOUS_REF, { message: 'assessedBy must be a pseudonymous staff reference' })
  assessedBy?: string;

  @ApiPropertyOptional({ description: 'when the assessment was made; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  assessedAt?: string;

  /** The command this request asks for: by `assessedBy`, who held `certifications` as read from their stream. */
  toCommand(caseId: string, assessmentId: string, actor: string, assessedBy: string, certifications: AssessorCertifications): RecordAssessment {
    const { code, version, name, scale } = this.instrument;
    const instrument = { code, version, ...(name !== undefined ? { name } : {}), ...(scale !== undefined ? { scale } : {}) };
    const factors = this.factors.map(({ key, rating }) => ({ key, rating }));
    return {
      caseId,
      assessmentId,
      actor,
      instrument,
      riskLevel: this.riskLevel,
      factors,
      assessedBy,
      ...(this.assessedAt !== undefined ? { assessedAt: this.assessedAt } : {}),
      certifications,
    };
  }
}
