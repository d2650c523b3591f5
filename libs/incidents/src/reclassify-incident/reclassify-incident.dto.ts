import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { INCIDENT_KINDS, IncidentKind, TARGET_GROUPS, TargetGroup } from '../domain/incident.vocabulary';
import { ReasonedChangeDto } from '../command-handling/incident-dto-parts';

export class ReclassifyIncidentDto extends ReasonedChangeDto {
  @ApiPropertyOptional({ enum: INCIDENT_KINDS })
  @IsOptional()
  @IsIn(INCIDENT_KINDS)
  kind?: IncidentKind;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional()
  @IsIn(TARGET_GROUPS)
  target?: TargetGroup;
}
