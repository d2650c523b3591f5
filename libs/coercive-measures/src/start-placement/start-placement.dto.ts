import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, Matches, ValidateNested, IsObject } from 'class-validator';
import { all, Instant, StaffRef, Text } from '../command-handling/placement-dto-parts';
import {
  ALTERNATIVE_MEASURES,
  ALTERNATIVE_OUTCOMES,
  AlternativeMeasure,
  AlternativeOutcome,
  INSTITUTION_SLUG,
  LEGAL_BASES,
  LEGAL_BASIS_CODES,
  LegalBasis,
  Measure,
  MEASURES,
  PSEUDONYMOUS_REF,
  REASON_CATEGORIES,
  ReasonCategory,
} from '../domain/placement.vocabulary';
import { StartPlacement } from './start-placement.decide';

export class PlacementReasonDto {
  @ApiProperty({ enum: REASON_CATEGORIES })
  @IsIn(REASON_CATEGORIES)
  category: ReasonCategory;

  @ApiProperty({ example: 'Indsat gjorde voldsom modstand ved visitation.' })
  @all(...Text(2000))
  text: string;
}

export class AlternativeDto {
  @ApiProperty({ enum: ALTERNATIVE_MEASURES })
  @IsIn(ALTERNATIVE_MEASURES)
  measure: AlternativeMeasure;

  @ApiProperty({ enum: ALTERNATIVE_OUTCOMES })
  @IsIn(ALTERNATIVE_OUTCOMES)
  outcome: AlternativeOutcome;

  @ApiProperty({ example: 'Samtale i 10 minutter uden effekt.' })
  @all(...Text(2000))
  note: string;
}

export class StartPlacementDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' })
  @IsOptional()
  @IsUUID()
  placementId?: string;

  @ApiProperty({ enum: MEASURES, default: 'security-cell' })
  @IsIn(MEASURES)
  measure: Measure;

  @ApiProperty({ description: 'restrained with belt and straps (tvangsfiksering)' })
  @IsBoolean()
  restrained: boolean;

  @ApiProperty({ example: 'IN-4F7K2Q', description: 'pseudonymous inmate or case reference, never a name' })
  @Matches(PSEUDONYMOUS_REF, { message: 'inmateRef must be a pseudonymous reference such as IN-4F7K2Q, never a name' })
  inmateRef: string;

  @ApiProperty({ example: 'nyborg' })
  @Matches(INSTITUTION_SLUG, { message: 'institution must be an institution slug such as nyborg' })
  institution: string;

  @ApiProperty({ example: '2026-03-20T09:00:00+01:00' })
  @Instant()
  startedAt: string;

  @ApiProperty({ enum: LEGAL_BASIS_CODES, description: LEGAL_BASIS_CODES.map((c) => `${c}: ${LEGAL_BASES[c].paragraph}`).join('; ') })
  @IsIn(LEGAL_BASIS_CODES)
  legalBasis: LegalBasis;

  @ApiProperty({ type: PlacementReasonDto })
  @IsObject({ message: 'reason must be an object' })
  @ValidateNested()
  @Type(() => PlacementReasonDto)
  reason: PlacementReasonDto;

  @ApiProperty({ type: [AlternativeDto], description: 'less intrusive measures tried or considered first (proportionality)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'alternatives must name at least one less intrusive measure tried or considered first' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AlternativeDto)
  alternatives: AlternativeDto[];

  @ApiProperty({ example: 'ST-2M8R4T', description: 'who decided' })
  @StaffRef()
  decidedBy: string;

  @ApiProperty({ example: 'ST-9X1L5V', description: 'who authorised (leadership)' })
  @StaffRef()
  authorisedBy: string;

  /** The placement this request starts, under the id the controller settled on. */
  toCommand(placementId: string, actor: string): StartPlacement {
    return {
      placementId,
      actor,
      measure: this.measure,
      restrained: this.restrained,
      inmateRef: this.inmateRef,
      institution: this.institution,
      startedAt: this.startedAt,
      legalBasis: this.legalBasis,
      reason: { category: this.reason.category, text: this.reason.text },
      alternatives: this.alternatives.map(({ measure, outcome, note }) => ({ measure, outcome, note })),
      decidedBy: this.decidedBy,
      authorisedBy: this.authorisedBy,
    };
  }
}
