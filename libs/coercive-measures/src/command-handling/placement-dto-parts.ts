import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PSEUDONYMOUS_REF } from '../domain/placement.vocabulary';

/** Every change command may name the revision the user saw; a stale one is refused with 409. */
export class PlacementChangeDto {
  @ApiPropertyOptional({ description: 'the revision you last read; stale gives 409' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number;
}

export const Text = (max = 4000) => [IsString(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(max)];
export const Instant = () => IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date-time' });
export const StaffRef = () => Matches(PSEUDONYMOUS_REF, { message: '$property must be a pseudonymous reference such as ST-7K3Q9P, never a name' });

/** Applies a list of property decorators (class-validator's are plain functions). */
export function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

export class ReviewDto extends PlacementChangeDto {
  @ApiProperty({ example: '2026-03-23T10:00:00+01:00' })
  @Instant()
  reviewedAt: string;

  @ApiProperty({ example: 'ST-9X1L5V', description: 'pseudonymous reference of the reviewer' })
  @StaffRef()
  reviewedBy: string;

  @ApiPropertyOptional({ description: 'required unless the conclusion is plainly positive' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  remarks?: string;
}
