import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PERSON_ROLES } from '../../domain/risk-case.vocabulary';

export const STANDINGS = ['overdue', 'escalated', 'due-soon', 'all'] as const;

/** Filters of the due/overdue list. */
export class ListReassessmentsQuery {
  @ApiPropertyOptional({ enum: STANDINGS, default: 'all', description: 'overdue includes escalated; due-soon is due within `withinDays` and not yet overdue' })
  @IsOptional()
  @IsIn(STANDINGS)
  standing: (typeof STANDINGS)[number] = 'all';

  @ApiPropertyOptional({ default: 14, maximum: 365 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  withinDays = 14;

  @ApiPropertyOptional({ enum: PERSON_ROLES })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  personRole?: string;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
