import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class DayOfYearAnswer {
  @ApiProperty({ type: 'integer', example: 4 }) month!: number;
  @ApiProperty({ type: 'integer', example: 1 }) day!: number;
}

export class RulesAnswer {
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) kinds!: string[];
  @ApiProperty({ type: [String] }) targets!: string[];
  @ApiProperty({ type: [String] }) perpetrators!: string[];
  @ApiProperty({ type: [String] }) locations!: string[];
  @ApiProperty({ enum: ['episodes', 'exposed-persons'] }) counting!: string;
  @ApiProperty({ type: [String] }) exposedPersons!: string[];
  @ApiProperty({ type: [String] }) excludes!: string[];
  @ApiProperty({ enum: ['occurred'] }) referenceDate!: string;
  @ApiProperty({ type: DayOfYearAnswer }) firstRelease!: DayOfYearAnswer;
  @ApiProperty({ type: DayOfYearAnswer }) cutOff!: DayOfYearAnswer;
}

export class DefinitionAnswer {
  @ApiProperty({ type: 'integer' }) id!: number;
  @ApiProperty({ example: 'staff-episodes' }) indicator!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: RulesAnswer }) rules!: RulesAnswer;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty() publishedBy!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'incidents it counted when its history was re-projected (null until then)' }) incidentsCounted!:
    number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'how long re-projecting history under it took' }) reprojectedMs!: number | null;
}

class DefinitionSummary {
  @ApiProperty() indicator!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ description: 'a version after the first begins a new series (a break, never a revision)' }) breakInSeries!: boolean;
  @ApiProperty({ type: RulesAnswer }) rules!: RulesAnswer;
}

class FilterAnswer {
  @ApiPropertyOptional() area?: string;
  @ApiPropertyOptional() institution?: string;
  @ApiPropertyOptional() kind?: string;
  @ApiPropertyOptional() target?: string;
}

class FigureRowAnswer {
  @ApiProperty({ example: '2024' }) period!: string;
  @ApiPropertyOptional() area?: string;
  @ApiPropertyOptional({ description: 'off-duty for incidents outside any institution' }) institution?: string;
  @ApiPropertyOptional() kind?: string;
  @ApiPropertyOptional() target?: string;
  @ApiProperty({ type: 'integer' }) knownNow!: number;
  @ApiPropertyOptional({ type: 'integer', description: 'with asKnownOn' }) knownOn?: number;
  @ApiProperty({ example: 'p', description: 'p: provisional (before the year is final)' }) flags!: string;
  @ApiPropertyOptional({ description: 'the flags of knownOn' }) flagsOn?: string;
}

export class FiguresAnswer {
  @ApiProperty({ type: DefinitionSummary }) definition!: DefinitionSummary;
  @ApiProperty({ type: 'integer' }) from!: number;
  @ApiProperty({ type: 'integer' }) to!: number;
  @ApiProperty({ enum: ['year', 'quarter', 'month'] }) period!: string;
  @ApiProperty({ type: [String] }) by!: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date' }) asKnownOn!: string | null;
  @ApiProperty({ type: FilterAnswer }) filter!: FilterAnswer;
  @ApiProperty({ type: [FigureRowAnswer] }) rows!: FigureRowAnswer[];
}

class LateRowAnswer {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'date' }) firstReleaseOn!: string;
  @ApiProperty({ format: 'date' }) cutOffOn!: string;
  @ApiProperty({ type: 'integer', nullable: true }) atFirstRelease!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) atCutOff!: number | null;
  @ApiProperty({ type: 'integer' }) recordedAfterCutOff!: number;
  @ApiProperty({ type: 'integer' }) otherRevisionsAfterCutOff!: number;
  @ApiProperty({ type: 'integer' }) knownNow!: number;
  @ApiProperty({ enum: ['final', 'provisional'] }) status!: string;
}

export class LateRegistrationsAnswer {
  @ApiProperty({ type: DefinitionSummary }) definition!: DefinitionSummary;
  @ApiProperty({ type: FilterAnswer }) filter!: FilterAnswer;
  @ApiProperty({ type: [LateRowAnswer] }) rows!: LateRowAnswer[];
}

class TriangleRowAnswer {
  @ApiProperty({ example: '2024' }) period!: string;
  @ApiProperty({ format: 'date' }) firstRelease!: string;
  @ApiProperty({ type: 'array', items: { type: 'integer', nullable: true } }) values!: (number | null)[];
  @ApiProperty({ type: 'integer', nullable: true }) firstEstimate!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) latest!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) revision!: number | null;
}

export class TriangleAnswer {
  @ApiProperty({ type: DefinitionSummary }) definition!: DefinitionSummary;
  @ApiProperty({ type: FilterAnswer }) filter!: FilterAnswer;
  @ApiProperty({ enum: ['year', 'quarter'] }) period!: string;
  @ApiProperty({ type: [String], description: 'days, oldest first; the last is "now"' }) vintages!: string[];
  @ApiProperty({ type: [TriangleRowAnswer] }) rows!: TriangleRowAnswer[];
  @ApiProperty({ type: Number, nullable: true }) meanRevision!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanAbsoluteRevision!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanAbsoluteRevisionPercent!: number | null;
}

class MoveCauseAnswer {
  @ApiProperty({ example: 'recorded-late' }) reason!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordedAt!: string | null;
  @ApiProperty({ format: 'uuid', description: 'the event that moved it' }) eventId!: string;
  @ApiProperty() detail!: string;
}

class MovedAnswer {
  @ApiProperty() incidentId!: string;
  @ApiProperty() imported!: boolean;
  @ApiProperty({ type: 'integer' }) before!: number;
  @ApiProperty({ type: 'integer' }) after!: number;
  @ApiProperty({ format: 'date' }) occurredOn!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() target!: string;
  @ApiProperty() area!: string;
  @ApiProperty({ type: String, nullable: true }) institution!: string | null;
  @ApiProperty({ type: [MoveCauseAnswer] }) causes!: MoveCauseAnswer[];
}

export class RevisionReportAnswer {
  @ApiProperty({ type: DefinitionSummary }) definition!: DefinitionSummary;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) since!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) until!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) versus!: number | null;
  @ApiProperty({ type: FilterAnswer }) filter!: FilterAnswer;
  @ApiProperty({ type: 'integer' }) figureBefore!: number;
  @ApiProperty({ type: 'integer' }) figureAfter!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'net change by reason' }) byReason!: Record<string, number>;
  @ApiProperty({ type: [MovedAnswer] }) moved!: MovedAnswer[];
  @ApiProperty() truncated!: boolean;
}

class GoalAnswer {
  @ApiProperty() goal!: string;
  @ApiProperty() title!: string;
  @ApiProperty() weight!: number;
  @ApiPropertyOptional() indicator?: string;
  @ApiPropertyOptional({ type: 'integer' }) baselineYear?: number;
  @ApiPropertyOptional() changePerYear?: number;
  @ApiPropertyOptional() area?: string;
  @ApiPropertyOptional() assessed?: boolean;
}

class GoalYearAnswer {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ enum: ['baseline', 'met', 'missed', 'not-final', 'not-assessed', 'no-definition'] }) verdict!: string;
  @ApiPropertyOptional({ type: 'integer' }) actual?: number;
  @ApiPropertyOptional() expected?: number;
  @ApiPropertyOptional() note?: string;
}

class GoalProgressAnswer {
  @ApiProperty({ type: GoalAnswer }) goal!: GoalAnswer;
  @ApiProperty({ type: 'integer', nullable: true }) definitionVersion!: number | null;
  @ApiProperty({ type: [GoalYearAnswer] }) years!: GoalYearAnswer[];
}

class FulfilmentAnswer {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ description: '% of the plan met' }) met!: number;
  @ApiProperty({ description: '% of the plan with a verdict' }) decided!: number;
}

class PlanAnswer {
  @ApiProperty() planId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [GoalProgressAnswer] }) goals!: GoalProgressAnswer[];
  @ApiProperty({ type: [FulfilmentAnswer] }) fulfilment!: FulfilmentAnswer[];
}

export class TargetsAnswer {
  @ApiProperty({ type: 'integer' }) from!: number;
  @ApiProperty({ type: 'integer' }) to!: number;
  @ApiProperty({ type: [PlanAnswer] }) plans!: PlanAnswer[];
}

class PublishedFiguresAnswer {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) byArea!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) byInstitution!: Record<string, number>;
  @ApiProperty({ type: 'array', items: { type: 'integer' } }) byMonth!: number[];
}

export class PublishedYearAnswer {
  @ApiProperty() indicator!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: 'integer' }) edition!: number;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) asKnownOn!: string;
  @ApiProperty() final!: boolean;
  @ApiProperty({ type: PublishedFiguresAnswer }) published!: PublishedFiguresAnswer;
  @ApiProperty({ type: 'integer' }) knownNow!: number;
  @ApiProperty({ type: 'integer' }) revisedSincePublication!: number;
  @ApiProperty({ description: 'p: provisional; b: break in series' }) flags!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

class RefusedRowAnswer {
  @ApiProperty({ type: 'integer' }) line!: number;
  @ApiProperty({ type: String, nullable: true }) legacyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) column!: string | null;
  @ApiProperty() reason!: string;
}

export class ImportAnswer {
  @ApiProperty() source!: string;
  @ApiProperty({ type: 'integer' }) rows!: number;
  @ApiProperty({ type: 'integer' }) imported!: number;
  @ApiProperty({ type: 'integer' }) alreadyImported!: number;
  @ApiProperty({ type: [RefusedRowAnswer] }) refused!: RefusedRowAnswer[];
}
