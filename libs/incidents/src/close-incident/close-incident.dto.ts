import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IncidentChangeCommandDto } from '../command-handling/incident-dto-parts';

export class CloseIncidentDto extends IncidentChangeCommandDto {
  @ApiProperty({ example: 'handled; follow-up conversation held' })
  @IsString()
  @Matches(/\S/, { message: 'outcome must not be blank' })
  @MaxLength(2000)
  outcome: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
