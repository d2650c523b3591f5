import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SERVICE_AREA_CODES } from '@vigil/integration-contracts';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AssessGoal, Goal, SetTargetPlan } from '../domain/target-plan';

const CODE = /^[a-z0-9][a-z0-9-]{1,59}$/;

export class GoalDto {
  @ApiProperty({ example: 'staff-minus-3' })
  @Matches(CODE, { message: 'goal must be a short code such as staff-minus-3' })
  goal!: string;

  @ApiProperty({ example: 'Violence and threats against staff down 3 % a year' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ example: 25, description: 'its share of the plan, in %; the goals add up to 100' })
  @IsNumber()
  @Min(0.1)
  @Max(100)
  weight!: number;

  @ApiPropertyOptional({ example: 'staff-episodes', description: 'the indicator that measures it; leave out and set assessed for a goal no figure measures' })
  @IsOptional()
  @Matches(CODE, { message: 'indicator must be an indicator code such as staff-episodes' })
  indicator?: string;

  @ApiPropertyOptional({ example: 2023 })
  @IsOptional()
  @IsInt()
  baselineYear?: number;

  @ApiPropertyOptional({ example: -3, description: '% a year, compounded from the baseline year' })
  @IsOptional()
  @IsNumber()
  changePerYear?: number;

  @ApiPropertyOptional({ enum: SERVICE_AREA_CODES, description: "one area's figures; the whole service when left out" })
  @IsOptional()
  @IsIn(SERVICE_AREA_CODES)
  area?: string;

  @ApiPropertyOptional({ example: true, description: 'a goal no figure measures: its verdict is recorded each year' })
  @IsOptional()
  @IsBoolean()
  assessed?: boolean;

  toGoal(): Goal {
    if (this.assessed) return { goal: this.goal, title: this.title, weight: this.weight, assessed: true };
    return {
      goal: this.goal,
      title: this.title,
      weight: this.weight,
      indicator: this.indicator as string,
      baselineYear: this.baselineYear as number,
      changePerYear: this.changePerYear as number,
      ...(this.area !== undefined && { area: this.area }),
    };
  }
}

export class SetTargetPlanDto {
  @ApiProperty({ example: 'Action plan against violence and threats' })
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty({ type: GoalDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => GoalDto)
  goals!: GoalDto[];

  toCommand(planId: string, actor: string): SetTargetPlan {
    return { planId, title: this.title, goals: this.goals.map((g) => g.toGoal()), actor };
  }
}

export class AssessGoalDto {
  @ApiProperty({ example: 'intervention-catalogue' })
  @Matches(CODE, { message: 'goal must be a goal code such as intervention-catalogue' })
  goal!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  met!: boolean;

  @ApiProperty({ example: 'The catalogue of interventions was adopted in June and is in use in all four areas.' })
  @IsString()
  @Length(3, 1000)
  note!: string;

  toCommand(planId: string, actor: string): AssessGoal {
    return { planId, goal: this.goal, year: this.year, met: this.met, note: this.note, actor };
  }
}
