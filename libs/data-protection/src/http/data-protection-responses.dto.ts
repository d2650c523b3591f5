import { ApiProperty } from '@nestjs/swagger';
import { RetentionRuleDto } from './data-protection.dto';

const instant = { type: 'string', format: 'date-time' } as const;
const whole = { type: 'integer' } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

export class LegalHoldViewDto {
  @ApiProperty({ type: 'string', format: 'uuid' }) holdId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: 'string', nullable: true }) caseReference: string | null;
  @ApiProperty(instant) placedAt: string;
}

export class ErasureViewDto {
  @ApiProperty({ ...anyObject, description: 'the rule (version, record type, period, from which day) or the decision (its reason)' }) basis: object;
  @ApiProperty({ description: 'pseudonymous reference, or SYS-RETENTION' }) erasedBy: string;
}

export class RecordProtectionDto {
  @ApiProperty({ example: 'incident' }) recordType: string;
  @ApiProperty({ example: 'Incident' }) label: string;
  @ApiProperty() restricted: boolean;
  @ApiProperty({ type: 'string', nullable: true }) restrictionReason: string | null;
  @ApiProperty({ type: [LegalHoldViewDto] }) legalHolds: LegalHoldViewDto[];
  @ApiProperty({ ...instant, nullable: true }) erasedAt: string | null;
  @ApiProperty({ type: ErasureViewDto, nullable: true, description: 'how it was erased; null while it is not' }) erasure: ErasureViewDto | null;
}

export class RetentionRulesViewDto {
  @ApiProperty({ ...whole, description: '0 until the first version is published' }) version: number;
  @ApiProperty({ type: [RetentionRuleDto] }) rules: RetentionRuleDto[];
}

export class ErasedRecordDto {
  @ApiProperty({ example: 'incident-0b6f…' }) subject: string;
  @ApiProperty({ example: 'incident' }) recordType: string;
}

export class SweepResultDto {
  @ApiProperty(whole) ruleSetVersion: number;
  @ApiProperty({ type: [ErasedRecordDto], description: 'erased by this sweep' }) erased: ErasedRecordDto[];
  @ApiProperty({ ...whole, description: 'past their period but under legal hold' }) held: number;
}

export class ErasureEntryDto {
  @ApiProperty({ example: 'incident-0b6f…' }) record: string;
  @ApiProperty() recordType: string;
  @ApiProperty(anyObject) basis: object;
  @ApiProperty() erasedBy: string;
  @ApiProperty(instant) erasedAt: string;
}

export class ErasureReportDto {
  @ApiProperty(whole) total: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) byRecordType: Record<string, number>;
  @ApiProperty({ type: [ErasureEntryDto] }) erasures: ErasureEntryDto[];
}

export class ExportedEventDto {
  @ApiProperty({ example: 'incidents.incident-reported.v1' }) type: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty({ ...anyObject, description: 'as recorded, personal texts opened (or "[erased]")' }) data: object;
  @ApiProperty({ description: 'who recorded it (pseudonymous reference)' }) by: string;
}

export class ExportedRecordDto {
  @ApiProperty() record: string;
  @ApiProperty() recordType: string;
  @ApiProperty({ type: [ExportedEventDto] }) events: ExportedEventDto[];
}

export class ExportedReadDto {
  @ApiProperty() resource: string;
  @ApiProperty() view: string;
  @ApiProperty(instant) readAt: string;
}

export class AccessExportDto {
  @ApiProperty({ example: 'ST-7K3Q9P' }) person: string;
  @ApiProperty({ type: [ExportedRecordDto] }) records: ExportedRecordDto[];
  @ApiProperty({ type: [ExportedReadDto], description: 'what the person read (the access log)' }) readsMade: ExportedReadDto[];
}

export class PersonRestrictionDto {
  @ApiProperty({ ...whole, description: 'records naming the person' }) records: number;
  @ApiProperty({ ...whole, description: 'restricted now (the others already were)' }) restricted: number;
}
