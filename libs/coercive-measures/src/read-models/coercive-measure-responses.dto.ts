import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COUNTRIES } from '@vigil/organisation';
import { VERDICTS } from '../domain/rule-evaluator';
import { DEADLINE_FACTS, RULE_ANCHORS, RULE_KINDS, RULE_SCOPES } from '../domain/rule-set';

const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const STATE = {
  type: 'object',
  description: 'the placement folded from its events: status, start facts, note count and the time of each once-only fact',
  additionalProperties: true,
} as const;

export class PublishedRuleDto {
  @ApiProperty({ example: 'observation-notes' }) id: string;
  @ApiProperty({ enum: RULE_KINDS }) kind: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'where the rule and its value come from' }) source: string;
  @ApiPropertyOptional({ type: 'integer' }) maxGapMinutes?: number;
  @ApiPropertyOptional({ enum: DEADLINE_FACTS }) fact?: string;
  @ApiPropertyOptional({ enum: RULE_ANCHORS }) anchor?: string;
  @ApiPropertyOptional({ type: 'integer' }) withinMinutes?: number;
  @ApiPropertyOptional({ enum: RULE_SCOPES }) appliesTo?: string;
}

export class PublishedRuleSetDto {
  @ApiProperty({ enum: COUNTRIES, description: 'the country whose placements this version judges' }) country: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ ...instant, description: 'placements started from then are judged by this version' }) effectiveFrom: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [PublishedRuleDto] }) rules: PublishedRuleDto[];
}

export class RuleSetVersionsDto {
  @ApiProperty({ type: [PublishedRuleSetDto], description: 'in publication order' }) items: PublishedRuleSetDto[];
}

export class EvidenceDto {
  @ApiProperty({ example: 'note' }) role: string;
  @ApiProperty(instant) at: string;
  @ApiProperty({ type: 'integer', nullable: true }) revision: number | null;
  @ApiProperty({ ...uuid, nullable: true }) eventId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) type: string | null;
}

export class RuleVerdictDto {
  @ApiProperty() ruleId: string;
  @ApiProperty({ enum: RULE_KINDS }) kind: string;
  @ApiProperty({ description: "what the rule asks, in the reader's language (Accept-Language: da, nb or en)" }) description: string;
  @ApiProperty({ enum: VERDICTS }) verdict: string;
  @ApiProperty({ ...instant, nullable: true, description: 'when a not-yet-due rule turns into a breach' }) dueBy: string | null;
  @ApiProperty({ description: "what the verdict means, in the reader's language (Accept-Language: da, nb or en); durations in days and hours" })
  detail: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence: EvidenceDto[];
}

export class JudgingRuleSetDto {
  @ApiProperty({ enum: COUNTRIES, description: "the country of the placement's institution, whose rules judge it" }) country: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty() title: string;
  @ApiProperty(instant) effectiveFrom: string;
}

export class CaseJudgementDto {
  @ApiProperty({ type: JudgingRuleSetDto, nullable: true, description: 'null when no version was in force at the start' }) ruleSet: JudgingRuleSetDto | null;
  @ApiProperty({ description: 'false for a side-by-side comparison' }) inForceAtStart: boolean;
  @ApiProperty(instant) evaluatedAt: string;
  @ApiProperty({ type: [RuleVerdictDto] }) verdicts: RuleVerdictDto[];
}

export class VerdictCountsDto {
  @ApiProperty({ type: 'integer' }) kept: number;
  @ApiProperty({ type: 'integer' }) breached: number;
  @ApiProperty({ type: 'integer', name: 'not-yet-due' }) notYetDue: number;
  @ApiProperty({ type: 'integer', name: 'not-applicable' }) notApplicable: number;
}

export class PlacementListItemDto {
  @ApiProperty(uuid) placementId: string;
  @ApiProperty({ enum: ['ongoing', 'ended'] }) status: string;
  @ApiProperty() institution: string;
  @ApiProperty(instant) startedAt: string;
  @ApiProperty({ ...instant, nullable: true }) endedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) ruleSetVersion: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the title of the country's rule set that judged it" }) ruleSetTitle: string | null;
  @ApiProperty({ type: VerdictCountsDto }) verdicts: VerdictCountsDto;
}

export class PlacementPageDto {
  @ApiProperty(instant) at: string;
  @ApiProperty({ type: [PlacementListItemDto] }) items: PlacementListItemDto[];
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class PlacementBreachesDto {
  @ApiProperty(uuid) placementId: string;
  @ApiProperty() institution: string;
  @ApiProperty(instant) startedAt: string;
  @ApiProperty({ ...instant, nullable: true }) endedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) ruleSetVersion: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the title of the country's rule set that judged it" }) ruleSetTitle: string | null;
  @ApiProperty({ type: [RuleVerdictDto] }) breaches: RuleVerdictDto[];
}

export class BreachListDto {
  @ApiProperty(instant) at: string;
  @ApiProperty({ type: 'integer', description: 'cases on this page, breached or not' }) casesJudged: number;
  @ApiProperty({ type: [PlacementBreachesDto], description: 'only the cases with a breach' }) items: PlacementBreachesDto[];
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class PlacementCaseDto {
  @ApiProperty(uuid) placementId: string;
  @ApiProperty({ type: 'integer', description: 'also the ETag' }) revision: number;
  @ApiProperty({ enum: ['ongoing', 'ended'] }) status: string;
  @ApiProperty() institution: string;
  @ApiProperty({ example: 'IN-4F7K2Q' }) inmateRef: string;
  @ApiProperty() restrained: boolean;
  @ApiProperty(instant) startedAt: string;
  @ApiProperty({ ...instant, nullable: true }) endedAt: string | null;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty(instant) updatedAt: string;
  @ApiProperty(STATE) state: object;
  @ApiProperty({ type: CaseJudgementDto, description: 'by the rule set in force at the start' }) judgement: CaseJudgementDto;
  @ApiPropertyOptional({ type: CaseJudgementDto, description: 'by the version asked for (?ruleSetVersion=)' }) comparison?: CaseJudgementDto;
}

export class TimelineEntryDto {
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty(uuid) eventId: string;
  @ApiProperty({ example: 'coercive-measures.observation-noted.v1' }) type: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty({ description: 'pseudonymous reference of who recorded it', example: 'ST-7K3Q9P' }) actor: string;
  @ApiProperty({ type: 'object', description: 'the event as recorded', additionalProperties: true }) data: object;
}

export class PlacementReplayDto {
  @ApiProperty(uuid) placementId: string;
  @ApiProperty(instant) at: string;
  @ApiProperty(STATE) state: object;
  @ApiProperty({ type: [TimelineEntryDto], description: 'events recorded at or before `at`' }) entries: TimelineEntryDto[];
  @ApiProperty({ type: 'integer', description: 'events recorded after `at` (late registrations)' }) eventsRecordedSince: number;
  @ApiProperty({ type: 'integer', nullable: true }) revision: number | null;
  @ApiProperty({ type: CaseJudgementDto, nullable: true, description: 'how the case stood against the rules then' }) judgement: CaseJudgementDto | null;
}
