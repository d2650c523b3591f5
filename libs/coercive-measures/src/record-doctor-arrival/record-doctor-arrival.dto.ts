import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Instant, PlacementChangeDto } from '../command-handling/placement-dto-parts';
import { DOCTOR_ASSESSMENTS, DoctorAssessment } from '../domain/placement.vocabulary';
import { RecordDoctorArrival } from './record-doctor-arrival.decide';

export class RecordDoctorArrivalDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-20T09:45:00+01:00' })
  @Instant()
  arrivedAt: string;

  @ApiProperty({ enum: DOCTOR_ASSESSMENTS })
  @IsIn(DOCTOR_ASSESSMENTS)
  assessment: DoctorAssessment;

  @ApiPropertyOptional({ description: 'no health details: only what the case needs' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  toCommand(placementId: string, actor: string): RecordDoctorArrival {
    return { placementId, actor, arrivedAt: this.arrivedAt, assessment: this.assessment, note: this.note };
  }
}
