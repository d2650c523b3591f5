import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CrisisChangeCommandDto, Text } from '../command-handling/dto-parts';
import { CRISIS_LEVELS, CRISIS_ROLES, CrisisLevel, CrisisRole, Scenario, SCENARIOS, SLUG } from '../domain/crisis.vocabulary';
import { MAX_REVISION_INTERVAL_DAYS } from '../domain/plan';
import { DraftPlan } from './draft-plan.decide';

/** A readiness plan as written: the scenario, the action cards to start, the roles to fill, the revision cycle. */
export class PlanDto extends CrisisChangeCommandDto {
  @ApiProperty({ example: 'Uro og mytteri på institution' })
  @Text(200)
  title: string;

  @ApiProperty({ enum: SCENARIOS })
  @IsIn(SCENARIOS)
  scenario: Scenario;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @ApiProperty({ example: ['crisis-riot'], description: 'action-card template ids the action-cards context starts on activation' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true, message: 'each action-card template id must be a slug' })
  actionCardTemplateIds: string[];

  @ApiProperty({ enum: CRISIS_ROLES, isArray: true })
  @IsArray()
  @IsIn(CRISIS_ROLES, { each: true })
  roles: CrisisRole[];

  @ApiPropertyOptional({ enum: CRISIS_LEVELS, default: 'operational' })
  @IsOptional()
  @IsIn(CRISIS_LEVELS)
  initialLevel?: CrisisLevel;

  @ApiProperty({ type: 'integer', example: 365, description: 'the plan falls due for revision this many days after publication or a confirmed revision' })
  @IsInt()
  @Min(1)
  @Max(MAX_REVISION_INTERVAL_DAYS)
  revisionIntervalDays: number;

  /** The draft this request asks for; `isNew` when it creates the plan. */
  toCommand(planId: string, actor: string, isNew: boolean): DraftPlan {
    const { title, scenario, summary, actionCardTemplateIds, roles, initialLevel, revisionIntervalDays } = this;
    return { planId, isNew, actor, plan: { title, scenario, summary, actionCardTemplateIds, roles, initialLevel, revisionIntervalDays } };
  }
}

export class CreatePlanDto extends PlanDto {
  @ApiProperty({ example: 'riot-institution' })
  @Matches(SLUG, { message: 'planId must be a slug such as riot-institution' })
  planId: string;
}
