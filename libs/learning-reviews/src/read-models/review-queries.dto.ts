import { COUNTRIES, Country } from '@vigil/organisation';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@vigil/http-commands';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ACTION_STATUSES, REVIEW_KINDS } from '../domain/review.vocabulary';

export const REVIEW_STATUSES = ['required', 'draft', 'agreed', 'published'] as const;
const UNIT = /^(national|(area|institution):[a-z0-9-]{2,60})$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const UNIT_DOC = 'national, area:<area> (with its institutions) or institution:<institution>';

/** Filters of the review list, paged like every list. */
export class ListReviewsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: (typeof REVIEW_STATUSES)[number];

  @ApiPropertyOptional({ type: 'boolean', description: 'only reviews overdue to start or to publish (true), or only those that are not (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: REVIEW_KINDS })
  @IsOptional()
  @IsIn(REVIEW_KINDS)
  kind?: string;

  @ApiPropertyOptional({ example: 'area:syddanmark', description: UNIT_DOC })
  @IsOptional()
  @Matches(UNIT, { message: `unit must be ${UNIT_DOC}` })
  unit?: string;
}

/** Filters of the follow-up actions across reviews. */
export class ListActionsQuery extends PageQueryDto {
  @ApiPropertyOptional({ type: 'boolean', description: 'only open actions past their due day as the workflow recorded it (true), or the others (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: 'institution:nyborg', description: `the unit the action is for: ${UNIT_DOC}` })
  @IsOptional()
  @Matches(UNIT, { message: `unit must be ${UNIT_DOC}` })
  unit?: string;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: string;
}

/** The period of the themes (by when factors were recorded and actions added) and the goal's year. */
export class ThemesQuery {
  @ApiPropertyOptional({ example: '2025-01-01', description: 'first day (default: from the first review)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day such as 2025-01-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'last day, included (default: up to now)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day such as 2026-12-31' })
  to?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026, description: "the goal's year (default this year)" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: COUNTRIES, description: "whose goal: each country's areas or regions (default: the first country this installation serves)" })
  @IsOptional()
  @IsIn(COUNTRIES, { message: 'country must be dk or no' })
  country?: Country;
}
