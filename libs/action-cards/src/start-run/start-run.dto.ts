import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { AREAS } from '../domain/action-card.vocabulary';
import { StartRunRequest } from './start-run.handler';

export class StartRunDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  runId?: string;

  @ApiProperty({ example: 'violence-against-employee', description: 'the card; the run pins its current published version' })
  @IsString()
  templateId: string;

  @ApiProperty({ enum: AREAS })
  @IsIn(AREAS)
  area: string;

  @ApiPropertyOptional({ example: 'nyborg' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{2,60}$/)
  institution?: string;

  @ApiPropertyOptional({ description: 'when the situation began (deadlines count from here); defaults to now', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startedAt?: string;

  /** A manual start of this body's card, under the run id and template id the controller settled on. */
  toCommand(runId: string, templateId: string, actor: string): StartRunRequest {
    return { runId, templateId, area: this.area, institution: this.institution ?? null, startedAt: this.startedAt, trigger: { type: 'manual' }, actor };
  }
}
