import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { INSTITUTION_SLUG } from '../../domain/placement.vocabulary';

/** Which placements (by institution, and start in the half-open period [from, to)), judged at `at`. */
export class CaseFilterQuery {
  @ApiPropertyOptional({ example: 'nyborg' })
  @IsOptional()
  @Matches(INSTITUTION_SLUG, { message: 'institution must be an institution slug' })
  institution?: string;

  @ApiPropertyOptional({ description: 'placements started at or after' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'placements started before' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ description: 'the moment to judge at (default now): a rule not yet due then may be breached later' })
  @IsOptional()
  @IsISO8601()
  at?: string;

  @ApiPropertyOptional({ default: 200, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 200;
}

export class CaseViewQuery {
  @ApiPropertyOptional({ description: 'the moment to judge at (default now)' })
  @IsOptional()
  @IsISO8601()
  at?: string;

  @ApiPropertyOptional({ description: 'also judge by this rule-set version, side by side' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  ruleSetVersion?: number;
}

export class TimelineQuery {
  @ApiPropertyOptional({ example: '2026-03-20T10:00:00Z', description: 'replay what was recorded up to this moment (default now)' })
  @IsOptional()
  @IsISO8601()
  at?: string;
}
