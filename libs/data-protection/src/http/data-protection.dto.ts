import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeCommandDto } from '@vigil/http-commands';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class ReasonDto extends ChangeCommandDto {
  @ApiProperty({ description: 'why, for the record auditors read; name no person' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(2000)
  reason: string;
}

export class LegalHoldDto extends ReasonDto {
  @ApiPropertyOptional({ description: "the complaint's or case's own reference (the ombudsman's, the court's)", example: 'FOB 2026-1234' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  caseReference?: string;
}

export class RetentionRuleDto {
  @ApiProperty({ example: 'incident' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,40}$/, { message: 'recordType must be a slug such as incident' })
  recordType: string;
  @ApiProperty({ example: 'Incident' }) @IsString() @Matches(/\S/, { message: 'label must not be blank' }) @MaxLength(100) label: string;
  @ApiProperty({ example: 'incident' })
  @IsString()
  @Matches(/^[a-z][a-z0-9]*$/, { message: 'category must be a stream category such as incident' })
  category: string;
  @ApiProperty({ example: ['incidents.incident-closed.v2'] }) @IsArray() @ArrayMinSize(1) @IsString({ each: true }) startsWith: string[];
  @ApiProperty({ example: ['incidents.incident-reopened.v1'] }) @IsArray() @IsString({ each: true }) restartsWith: string[];
  @ApiProperty({ example: 'P5Y', description: 'ISO 8601 period in years, months and days' }) @IsString() period: string;
  @ApiProperty({ description: 'where the period comes from' })
  @IsString()
  @Matches(/\S/, { message: 'source must not be blank' })
  @MaxLength(500)
  source: string;
}

export class RetentionRulesDto extends ReasonDto {
  @ApiProperty({ type: [RetentionRuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RetentionRuleDto)
  rules: RetentionRuleDto[];
}
