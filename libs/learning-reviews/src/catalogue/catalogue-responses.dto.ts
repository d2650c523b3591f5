import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class InterventionAnswer {
  @ApiProperty({ example: 'assault-alarm' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['organisational', 'static', 'dynamic'] }) category!: string;
  @ApiProperty({ enum: ['short', 'long'] }) horizon!: string;
  @ApiProperty({ type: [String] }) kinds!: string[];
  @ApiProperty() ownerRole!: string;
  @ApiProperty() description!: string;
}

export class CatalogueAnswer {
  @ApiProperty({ type: 'integer', description: '0 before any is published' }) version!: number;
  @ApiProperty({ type: [InterventionAnswer] }) interventions!: InterventionAnswer[];
}

class ConditionAnswer {
  @ApiPropertyOptional({ type: [String] }) kinds?: string[];
  @ApiPropertyOptional({ type: [String] }) targets?: string[];
  @ApiPropertyOptional() injuryAtLeast?: string;
  @ApiPropertyOptional() severityAtLeast?: string;
}

class RuleAnswer {
  @ApiProperty() rule!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: ConditionAnswer }) when!: ConditionAnswer;
  @ApiProperty({ enum: ['huddle', 'after-action', 'full', 'thematic'] }) review!: string;
  @ApiProperty({ type: 'integer' }) startWithinDays!: number;
  @ApiProperty({ type: 'integer' }) finishWithinDays!: number;
}

export class PolicyAnswer {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: [RuleAnswer] }) rules!: RuleAnswer[];
}
