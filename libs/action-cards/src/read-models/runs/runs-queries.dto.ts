import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches } from 'class-validator';
import { BOARD_AREAS } from '../../domain/action-card.vocabulary';

export class BoardQuery {
  @ApiPropertyOptional({ enum: BOARD_AREAS, description: '`national`: runs started by a national crisis activation' })
  @IsOptional()
  @IsIn(BOARD_AREAS)
  area?: string;

  @ApiPropertyOptional({ example: 'nyborg' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{2,60}$/)
  institution?: string;
}

export class FiguresQuery extends BoardQuery {
  @ApiPropertyOptional({ example: 'violence-against-employee' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/)
  templateId?: string;

  @ApiPropertyOptional({ description: 'runs started at or after' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'runs started before' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({
    enum: ['exclude', 'only'],
    default: 'exclude',
    description: 'exercise runs (crisis "øvelser") are left out by default; `only` gives their figures alone',
  })
  @IsOptional()
  @IsIn(['exclude', 'only'])
  exercises?: 'exclude' | 'only';
}
