import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** Every change may name the revision the client saw (or send it as If-Match); a stale one gets 409 with the current state. */
export class ChangeCommandDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'the revision you last read (the ETag); stale gives 409 with the current state' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number;
}
