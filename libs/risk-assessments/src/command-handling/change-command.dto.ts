import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** Every change command may name the revision the user saw; a stale one is refused with 409. */
export class RiskCaseChangeCommandDto {
  @ApiPropertyOptional({ description: 'the revision you last read (ETag); stale gives 409' }) @IsOptional() @IsInt() @Min(0)
  expectedRevision?: number;
}
