import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One line of the start policy: an incident of this kind against one of these targets starts this card. */
export class StartRuleDto {
  @ApiProperty({ description: "the incident register's kind code", example: 'violence' }) incidentKind: string;
  @ApiProperty({ type: [String], description: "the incident register's target codes", example: ['staff-on-duty', 'staff-off-duty'] }) targets: string[];
  @ApiProperty({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$', example: 'violence-against-employee' }) templateId: string;
  @ApiProperty({ description: 'why the rule exists' }) why: string;
  @ApiPropertyOptional({ enum: ['dk', 'no'], description: "only incidents in this country's areas; absent, every country" }) country?: string;
}

/** The start policy in force, or an empty one before the first is published. */
export class StartPolicyDto {
  @ApiProperty({ description: 'false until the first policy is published' }) inForce: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, nullable: true }) version: number | null;
  @ApiProperty({ type: [StartRuleDto], description: 'checked in order; the first that matches starts its card' }) rules: StartRuleDto[];
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'it applies to incidents recorded after this' })
  publishedAt: string | null;
}
