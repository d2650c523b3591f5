import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ChangeCommandDto } from '@vigil/http-commands';
import { COUNTRIES, Country } from '@vigil/organisation';
import { all, Instant, Text } from '../command-handling/placement-dto-parts';
import { DEADLINE_FACTS, RULE_ANCHORS, RULE_KINDS, RULE_SCOPES } from '../domain/rule-set';
import { ProposedRule, PublishRuleSet } from './publish-rule-set.decide';

const MAX_MINUTES = 366 * 24 * 60;

export class RuleDto {
  @ApiProperty({ example: 'observation-notes' })
  @Matches(/^[a-z][a-z0-9-]{1,60}$/, { message: 'id must be a lower-case slug' })
  id: string;

  @ApiProperty({ enum: RULE_KINDS })
  @IsIn(RULE_KINDS)
  kind: string;

  @ApiProperty()
  @all(...Text(500))
  description: string;

  @ApiProperty({ description: 'where the rule and its value come from' })
  @all(...Text(500))
  source: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_MINUTES, description: 'max-gap-between-notes: the longest allowed stretch' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES)
  maxGapMinutes?: number;

  @ApiPropertyOptional({ enum: DEADLINE_FACTS })
  @IsOptional()
  @IsIn(DEADLINE_FACTS)
  fact?: string;

  @ApiPropertyOptional({ enum: RULE_ANCHORS })
  @IsOptional()
  @IsIn(RULE_ANCHORS)
  anchor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_MINUTES, description: 'deadline: within how many minutes of the anchor' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MINUTES)
  withinMinutes?: number;

  @ApiPropertyOptional({ enum: RULE_SCOPES, default: 'all' })
  @IsOptional()
  @IsIn(RULE_SCOPES)
  appliesTo?: string;

  toRule(): ProposedRule {
    const { id, kind, description, source, maxGapMinutes, fact, anchor, withinMinutes, appliesTo } = this;
    return { id, kind, description, source, maxGapMinutes, fact, anchor, withinMinutes, appliesTo };
  }
}

export class PublishRuleSetDto extends ChangeCommandDto {
  @ApiPropertyOptional({ enum: COUNTRIES, default: 'dk', description: "the country whose rule set this is a version of; it judges that country's placements" })
  @IsOptional()
  @IsIn(COUNTRIES)
  country?: Country;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2, description: 'must be the next version' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ example: '2026-06-01T00:00:00Z', description: 'placements starting from then are judged by this version' })
  @Instant()
  effectiveFrom: string;

  @ApiProperty()
  @all(...Text(200))
  title: string;

  @ApiProperty({ type: [RuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RuleDto)
  rules: RuleDto[];

  @ApiProperty({ description: 'why this version is published' })
  @all(...Text(2000))
  reason: string;

  toCommand(actor: string): PublishRuleSet {
    const { version, effectiveFrom, title, reason, country } = this;
    return { version, effectiveFrom, title, rules: this.rules.map((rule) => rule.toRule()), reason, actor, country };
  }
}
