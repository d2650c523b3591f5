import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Instant, PlacementChangeDto } from '../command-handling/placement-dto-parts';
import { DOCTOR_ASSESSMENTS } from '../domain/placement.vocabulary';

export class RecordDoctorArrivalDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-20T09:45:00+01:00' })
  @Instant()
  arrivedAt: string;

  @ApiProperty({ enum: DOCTOR_ASSESSMENTS })
  @IsIn(DOCTOR_ASSESSMENTS)
  assessment: string;

  @ApiPropertyOptional({ description: 'no health details: only what the case needs' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
