import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { ReasonedChangeDto } from '../command-handling/incident-dto-parts';
import { IncidentCorrectionsDto } from './incident-corrections.dto';
export class CorrectIncidentDto extends ReasonedChangeDto {
  @ApiProperty({ type: IncidentCorrectionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => IncidentCorrectionsDto)
  corrections: IncidentCorrectionsDto;
}
