import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Instant, PlacementChangeDto } from '../command-handling/placement-dto-parts';
import { DOCTOR_CALL_REASONS, DoctorCallReason } from '../domain/placement.vocabulary';
import { CallDoctor } from './call-doctor.decide';

export class CallDoctorDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-20T09:20:00+01:00' })
  @Instant()
  calledAt: string;

  @ApiProperty({ enum: DOCTOR_CALL_REASONS })
  @IsIn(DOCTOR_CALL_REASONS)
  reason: DoctorCallReason;

  toCommand(placementId: string, actor: string): CallDoctor {
    return { placementId, actor, calledAt: this.calledAt, reason: this.reason };
  }
}
