import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@vigil/http-commands';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PERSON_ROLES } from '../../domain/risk-case.vocabulary';

export const STANDINGS = ['overdue', 'escalated', 'due-soon', 'all'] as const;

/** Filters of the due/overdue list, paged like every list (100 to a page unless asked otherwise). */
export class ListReassessmentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: STANDINGS, default: 'all', description: 'overdue includes escalated; due-soon is due within `withinDays` and not yet overdue' })
  @IsOptional()
  @IsIn(STANDINGS)
  standing: (typeof STANDINGS)[number] = 'all';

  @ApiPropertyOptional({ type: 'integer', default: 14, minimum: 0, maximum: 365, description: 'how many days ahead counts as due soon' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  withinDays: number = 14;

  @ApiPropertyOptional({ enum: PERSON_ROLES })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  personRole?: string;

  @ApiPropertyOptional({ type: 'integer', default: 100, minimum: 1, maximum: 500 })
  override limit: number = 100;
}
