import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import {
  INCIDENT_KIND_CODES,
  LOCATION_TYPE_CODES,
  PERPETRATOR_CODES,
  PERSON_KIND_CODES,
  PersonKindCode,
  TARGET_GROUP_CODES,
} from '@vigil/integration-contracts';
import { COUNTING_UNITS, CountingUnit, Exclusion, EXCLUSIONS, IndicatorRules } from '../domain/indicator-rules';
import { PublishIndicatorVersion } from '../domain/indicator';

export class DayOfYearDto {
  @ApiProperty({ example: 4 })
  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(31)
  day!: number;
}

/** A definition version as proposed: every rule spelled out, nothing taken from the version before. */
export class PublishIndicatorDto {
  @ApiProperty({ example: 'Episodes of violence and threats against staff' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ enum: INCIDENT_KIND_CODES, isArray: true, example: ['violence', 'threat'] })
  @IsArray()
  @IsIn(INCIDENT_KIND_CODES, { each: true })
  kinds!: string[];

  @ApiProperty({ enum: TARGET_GROUP_CODES, isArray: true, example: ['staff-on-duty', 'staff-off-duty'] })
  @IsArray()
  @IsIn(TARGET_GROUP_CODES, { each: true })
  targets!: string[];

  @ApiProperty({ enum: PERPETRATOR_CODES, isArray: true, example: [...PERPETRATOR_CODES] })
  @IsArray()
  @IsIn(PERPETRATOR_CODES, { each: true })
  perpetrators!: string[];

  @ApiProperty({ enum: LOCATION_TYPE_CODES, isArray: true, description: 'institution: on duty; off-duty: outside work', example: ['institution', 'off-duty'] })
  @IsArray()
  @IsIn(LOCATION_TYPE_CODES, { each: true })
  locations!: string[];

  @ApiProperty({ enum: COUNTING_UNITS, description: 'episodes: one per incident; exposed-persons: one per target of the kinds in exposedPersons' })
  @IsIn(COUNTING_UNITS)
  counting!: CountingUnit;

  @ApiProperty({ enum: PERSON_KIND_CODES, isArray: true, example: [], description: 'with exposed-persons: whose exposure counts' })
  @IsArray()
  @IsIn(PERSON_KIND_CODES, { each: true })
  exposedPersons!: PersonKindCode[];

  @ApiProperty({
    enum: EXCLUSIONS,
    isArray: true,
    example: ['duplicate', 'not-reportable'],
    description: 'markings that take an incident out; exercises are always out',
  })
  @IsArray()
  @IsIn(EXCLUSIONS, { each: true })
  excludes!: Exclusion[];

  @ApiProperty({ enum: ['occurred'], description: 'figures are dated by when the incident occurred' })
  @IsIn(['occurred'])
  referenceDate!: 'occurred';

  @ApiProperty({ type: DayOfYearDto, description: 'the provisional figures go out on this day of the following year', example: { month: 1, day: 9 } })
  @ValidateNested()
  @Type(() => DayOfYearDto)
  firstRelease!: DayOfYearDto;

  @ApiProperty({ type: DayOfYearDto, description: 'the year is final from this day of the following year', example: { month: 4, day: 1 } })
  @ValidateNested()
  @Type(() => DayOfYearDto)
  cutOff!: DayOfYearDto;

  @ApiProperty({ example: 'A common definition for staff and inmates, agreed by the safety partnership' })
  @IsString()
  @Length(3, 1000)
  reason!: string;

  toCommand(indicator: string, actor: string): PublishIndicatorVersion {
    const { reason, ...rest } = this;
    const rules: IndicatorRules = { ...rest, firstRelease: { ...rest.firstRelease }, cutOff: { ...rest.cutOff } };
    return { indicator, rules, reason, actor };
  }
}
