import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ReviewCommand } from '../domain/placement.review';
import { PSEUDONYMOUS_REF } from '../domain/placement.vocabulary';

/** Every change to a placement may name the revision the user saw (or send it as If-Match); a stale one is refused with 409. */
export class PlacementChangeDto extends ChangeCommandDto {}

export const Text = (max = 4000) => [IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(max)];
export const Instant = () => IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' });
export const StaffRef = () => Matches(PSEUDONYMOUS_REF, { message: '$property must be a pseudonymous reference such as ST-7K3Q9P, never a name' });

/** Applies a list of property decorators (class-validator's are plain functions). */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export abstract class ReviewDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-23T10:00:00+01:00' })
  @Instant()
  reviewedAt: string;

  @ApiProperty({ example: 'ST-9X1L5V', description: 'pseudonymous reference of the reviewer' })
  @StaffRef()
  reviewedBy: string;

  abstract conclusion: string;

  @ApiPropertyOptional({ description: 'required unless the conclusion is plainly positive' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  remarks?: string;

  /** The review this request records, on the placement in the path. */
  toCommand(placementId: string, actor: string): ReviewCommand & { actor: string } {
    return {
      placementId,
      actor,
      recordedBy: actor,
      reviewedAt: this.reviewedAt,
      reviewedBy: this.reviewedBy,
      conclusion: this.conclusion,
      remarks: this.remarks,
    };
  }
}
