import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Area, PHYSICAL_INJURY, PhysicalInjury, PSEUDONYMOUS_REF } from '../domain/incident.vocabulary';
import { AREA_SLUGS } from '../catalogue/areas';

/** Where it happened: at an institution (area, institution, unit) or off duty (the employee's area). */
export class LocationDto {
  @ApiProperty({ enum: ['institution', 'off-duty'] })
  @IsIn(['institution', 'off-duty'])
  type: 'institution' | 'off-duty';

  @ApiProperty({ enum: AREA_SLUGS })
  @IsIn(AREA_SLUGS)
  area: Area;

  @ApiPropertyOptional({ example: 'nyborg', description: 'required for type institution' })
  @ValidateIf((l: LocationDto) => l.type === 'institution')
  @IsString()
  @Matches(/^[a-z0-9-]{2,60}$/)
  institution?: string;

  @ApiPropertyOptional({ example: 'afdeling-b' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  unit?: string;
}

export class InjuriesDto {
  @ApiProperty({ enum: PHYSICAL_INJURY })
  @IsIn(PHYSICAL_INJURY)
  physical: PhysicalInjury;

  @ApiProperty()
  @IsBoolean()
  psychological: boolean;
}

export class InvolvedPersonDto {
  @ApiProperty({ example: 'IN-4F7K2Q', description: 'pseudonymous reference, never a name' })
  @Matches(PSEUDONYMOUS_REF, { message: 'ref must be a pseudonymous reference such as ST-7K3Q9P or IN-4F7K2Q' })
  ref: string;

  @ApiProperty({ enum: ['target', 'perpetrator', 'witness', 'reporter'] })
  @IsIn(['target', 'perpetrator', 'witness', 'reporter'])
  role: 'target' | 'perpetrator' | 'witness' | 'reporter';
}

/** Every change command may name the revision the user saw; a stale one is refused with 409. */
export class IncidentChangeCommandDto extends ChangeCommandDto {}

export class ReasonedChangeDto extends IncidentChangeCommandDto {
  @ApiProperty({ description: 'why: mandatory for every change to what was said' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(2000)
  reason: string;
}
