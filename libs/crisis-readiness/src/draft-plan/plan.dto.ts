import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Text } from '../command-handling/dto-parts';
import { CrisisChangeCommandDto } from '../command-handling/http-parts';
import { MAX_REVISION_INTERVAL_DAYS } from '../domain/plan';
import { CRISIS_LEVELS, CRISIS_ROLES, SCENARIOS, SLUG } from '../domain/crisis.vocabulary';

/** A readiness plan as written: the scenario, the action cards to start, the roles to fill, the revision cycle. */
export class PlanDto extends CrisisChangeCommandDto {
  @ApiProperty({ example: 'Uro og mytteri på institution' }) @Text(200)
  title: string;

  @ApiProperty({ enum: SCENARIOS }) @IsIn(SCENARIOS)
  scenario: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000)
  summary?: string;

  @ApiProperty({ example: ['crisis-riot'], description: 'action-card template ids the action-cards context starts on activation' })
  @IsArray() @ArrayMaxSize(20) @Matches(SLUG, { each: true, message: 'each action-card template id must be a slug' })
  actionCardTemplateIds: string[];

  @ApiProperty({ enum: CRISIS_ROLES, isArray: true }) @IsArray() @IsIn(CRISIS_ROLES, { each: true })
  roles: string[];

  @ApiPropertyOptional({ enum: CRISIS_LEVELS, default: 'operational' }) @IsOptional() @IsIn(CRISIS_LEVELS)
  initialLevel?: string;

  @ApiProperty({ example: 365, description: 'the plan falls due for revision this many days after publication or a confirmed revision' })
  @IsInt() @Min(1) @Max(MAX_REVISION_INTERVAL_DAYS)
  revisionIntervalDays: number;
}

export class CreatePlanDto extends PlanDto {
  @ApiProperty({ example: 'riot-institution' }) @Matches(SLUG, { message: 'planId must be a slug such as riot-institution' })
  planId: string;
}
