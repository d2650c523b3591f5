import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IncidentChangeCommandDto } from '../command-handling/incident-dto-parts';

export class RecordPoliceReportDto extends IncidentChangeCommandDto {
  @ApiProperty({ example: '2026-03-15T09:00:00+01:00' })
  @IsISO8601({ strict: true })
  reportedAt: string;

  @ApiProperty({ example: 'Fyns Politi' })
  @IsString()
  @Matches(/\S/, { message: 'policeDistrict must not be blank' })
  @MaxLength(200)
  policeDistrict: string;

  @ApiPropertyOptional({ example: '2300-80123-00045-26' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  journalNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
