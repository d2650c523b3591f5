import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches, ValidateNested, IsObject } from 'class-validator';
import { Text } from '../command-handling/dto-parts';
import { Area, AREAS, CRISIS_LEVELS, CrisisLevel, SCOPE_KINDS, ScopeKind, SLUG } from '../domain/crisis.vocabulary';
import { ActivateRequest } from './activate.handler';

export class ScopeDto {
  @ApiProperty({ enum: SCOPE_KINDS })
  @IsIn(SCOPE_KINDS)
  kind: ScopeKind;

  @ApiPropertyOptional({ enum: AREAS, description: 'required unless national' })
  @IsOptional()
  @IsIn(AREAS)
  area?: Area;

  @ApiPropertyOptional({ example: 'nyborg', description: 'required for institution and unit' })
  @IsOptional()
  @Matches(SLUG, { message: 'institution must be a slug such as nyborg' })
  institution?: string;

  @ApiPropertyOptional({ example: 'afdeling-b', description: 'required for unit' })
  @IsOptional()
  @Matches(SLUG, { message: 'unit must be a slug such as afdeling-b' })
  unit?: string;
}

export class ActivateDto {
  @ApiPropertyOptional({ description: 'client-chosen id; generated when left out' })
  @IsOptional()
  @IsUUID()
  activationId?: string;

  @ApiProperty({ example: 'riot' })
  @Matches(SLUG, { message: 'planId must be a slug such as riot' })
  planId: string;

  @ApiProperty({ type: ScopeDto })
  @IsObject({ message: 'scope must be an object' })
  @ValidateNested()
  @Type(() => ScopeDto)
  scope: ScopeDto;

  @ApiPropertyOptional({ enum: CRISIS_LEVELS, description: "defaults to the plan's initial level" })
  @IsOptional()
  @IsIn(CRISIS_LEVELS)
  level?: CrisisLevel;

  @ApiProperty({ description: 'true for an exercise ("øvelse"); exercises are marked everywhere and never counted as incidents' })
  @IsBoolean()
  exercise: boolean;

  @ApiProperty({ description: 'why readiness is activated' })
  @Text(2000)
  reason: string;

  /** The activation this request asks for, under the id the controller settled on. */
  toCommand(activationId: string, actor: string): ActivateRequest {
    const { kind, area, institution, unit } = this.scope;
    return {
      activationId,
      planId: this.planId,
      scope: { kind, area, institution, unit },
      level: this.level,
      exercise: this.exercise,
      reason: this.reason,
      actor,
    };
  }
}
