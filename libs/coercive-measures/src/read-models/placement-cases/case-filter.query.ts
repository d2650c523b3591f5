import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@vigil/http-commands';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Min } from 'class-validator';
import { INSTITUTION_SLUG } from '../../domain/placement.vocabulary';

/** Which placements (by institution, and start in the half-open period [from, to)), judged at `at`, a page at a time. */
export class CaseFilterQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: 'nyborg' })
  @IsOptional()
  @Matches(INSTITUTION_SLUG, { message: 'institution must be an institution slug' })
  institution?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'placements started at or after' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'placements started before' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'the moment to judge at (default now): a rule not yet due then may be breached later' })
  @IsOptional()
  @IsISO8601()
  at?: string;

  /** The filter as the access log records it: only what was asked for. */
  describe(): string {
    const asked = Object.entries({ institution: this.institution, from: this.from, to: this.to, at: this.at, limit: this.limit, offset: this.offset });
    return new URLSearchParams(asked.flatMap(([name, value]): [string, string][] => (value === undefined ? [] : [[name, String(value)]]))).toString();
  }
}

export class CaseViewQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'the moment to judge at (default now)' })
  @IsOptional()
  @IsISO8601()
  at?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'also judge by this rule-set version, side by side' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  ruleSetVersion?: number;
}

export class TimelineQuery {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-20T10:00:00Z', description: 'replay what was recorded up to this moment (default now)' })
  @IsOptional()
  @IsISO8601()
  at?: string;
}
