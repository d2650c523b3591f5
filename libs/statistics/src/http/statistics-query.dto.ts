import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_AREA_CODES, INCIDENT_KIND_CODES, TARGET_GROUP_CODES } from '@vigil/integration-contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DIMENSIONS, Dimension, Period, PERIODS } from '../figures/figures.query';

/** An optional whole year, 2000–2100, named in its message. */
const OptionalYear = (name: string, example: number, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ example, ...(description && { description }) }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: `${name} must be a year such as ${example}` }),
    Min(2000),
    Max(2100),
  );

/** `format=csv` downloads the table (so does Accept: text/csv). */
const TableFormat = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv downloads the table (so does Accept: text/csv)' }),
    IsOptional(),
    IsIn(['json', 'csv'], { message: 'format must be json or csv' }),
  );

const INDICATOR = /^[a-z0-9][a-z0-9-]{1,59}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const BY = new RegExp(`^(${DIMENSIONS.join('|')})(,(${DIMENSIONS.join('|')}))*$`);

/** Which indicator, which definition version, and the figure's filter: common to every statistics read. */
export class IndicatorQuery {
  @ApiPropertyOptional({ example: 'staff-episodes', description: 'the indicator; every read names one', default: 'staff-episodes' })
  @IsOptional()
  @Matches(INDICATOR, { message: 'indicator must be an indicator code such as staff-episodes' })
  indicator: string = 'staff-episodes';

  @ApiPropertyOptional({ description: "the definition version; the indicator's latest when left out", example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ enum: SERVICE_AREA_CODES, description: "one area's figures; an area-scoped reader gets their own area's" })
  @IsOptional()
  @IsIn(SERVICE_AREA_CODES, { message: `area must be one of ${SERVICE_AREA_CODES.join(', ')}` })
  area?: string;

  @ApiPropertyOptional({ example: 'nyborg', description: "one institution's figures, or off-duty for those outside any institution" })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,60}$/, { message: 'institution must be an institution code such as nyborg' })
  institution?: string;

  @ApiPropertyOptional({ enum: INCIDENT_KIND_CODES })
  @IsOptional()
  @IsIn(INCIDENT_KIND_CODES, { message: `kind must be one of ${INCIDENT_KIND_CODES.join(', ')}` })
  kind?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUP_CODES })
  @IsOptional()
  @IsIn(TARGET_GROUP_CODES, { message: `target must be one of ${TARGET_GROUP_CODES.join(', ')}` })
  target?: string;

  @TableFormat()
  format?: 'json' | 'csv';
}

/** A span of whole years. */
export class YearsQuery extends IndicatorQuery {
  @OptionalYear('from', 2023, 'the first year; three years before this one when left out')
  from?: number;

  @OptionalYear('to', 2026, 'the last year, included; this year when left out')
  to?: number;
}

export class FiguresQuery extends YearsQuery {
  @ApiPropertyOptional({ enum: PERIODS, default: 'year' })
  @IsOptional()
  @IsIn(PERIODS, { message: `period must be one of ${PERIODS.join(', ')}` })
  period: Period = 'year';

  @ApiPropertyOptional({ example: 'area,institution', description: `breakdowns, comma-separated: ${DIMENSIONS.join(', ')}` })
  @IsOptional()
  @Matches(BY, { message: `by must list breakdowns from ${DIMENSIONS.join(', ')}, comma-separated` })
  by?: string;

  @ApiPropertyOptional({ example: '2025-01-09', description: 'also the figures as known at the end of this day (only what had been recorded by then)' })
  @IsOptional()
  @Matches(DAY, { message: 'asKnownOn must be a day such as 2025-01-09' })
  asKnownOn?: string;

  dimensions(): Dimension[] {
    return this.by ? [...new Set(this.by.split(',') as Dimension[])] : [];
  }
}

export class TriangleQuery extends YearsQuery {
  @ApiPropertyOptional({
    enum: ['year', 'quarter'],
    default: 'year',
    description: 'reference periods; vintages are quarter starts for years, month starts for quarters',
  })
  @IsOptional()
  @IsIn(['year', 'quarter'], { message: 'period must be year or quarter' })
  period: 'year' | 'quarter' = 'year';
}

export class RevisionReportQuery extends IndicatorQuery {
  @ApiPropertyOptional({ example: 2025, description: 'the reference year whose figure moved' })
  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2025' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ example: '2026-01-09', description: 'between this day and `until`: what moved (leave out with `versus`)' })
  @IsOptional()
  @Matches(DAY, { message: 'since must be a day such as 2026-01-09' })
  since?: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'the later day; today when left out' })
  @IsOptional()
  @Matches(DAY, { message: 'until must be a day such as 2026-04-01' })
  until?: string;

  @ApiPropertyOptional({ example: 1, description: 'compare this definition version with `version` (the latest when left out), as known on `until`' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'versus must be a definition version number' })
  @Min(1)
  versus?: number;
}

export class PublishedQuery {
  @ApiPropertyOptional({ example: 'staff-episodes' })
  @IsOptional()
  @Matches(INDICATOR, { message: 'indicator must be an indicator code such as staff-episodes' })
  indicator?: string;

  @TableFormat()
  format?: 'json' | 'csv';
}

export class TargetsQuery {
  @TableFormat()
  format?: 'json' | 'csv';

  @OptionalYear('from', 2023)
  from?: number;

  @OptionalYear('to', 2026)
  to?: number;
}
