import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_KINDS, PERPETRATOR_TYPES, SEVERITIES, TARGET_GROUPS } from '../domain/incident.vocabulary';
import { INCIDENT_STATUSES } from '../domain/incident.state';
import { AREA_SLUGS } from '../catalogue/areas';

const STATE = {
  type: 'object',
  description: 'the incident folded from its events: status, facts (kind, target, location, severity, injuries, description, involved), police reports',
  additionalProperties: true,
} as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;

export class IncidentListItemDto {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ enum: INCIDENT_STATUSES }) status: string;
  @ApiProperty({ enum: INCIDENT_KINDS }) kind: string;
  @ApiProperty({ enum: TARGET_GROUPS }) target: string;
  @ApiProperty({ enum: PERPETRATOR_TYPES }) perpetrator: string;
  @ApiProperty({ enum: AREA_SLUGS }) area: string;
  @ApiProperty({ type: 'string', nullable: true }) institution: string | null;
  @ApiProperty({ type: 'string', nullable: true }) unit: string | null;
  @ApiProperty() offDuty: boolean;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty(instant) occurredAt: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty(instant) updatedAt: string;
  @ApiProperty() policeReported: boolean;
  @ApiProperty({ ...uuid, nullable: true }) duplicateOf: string | null;
}

export class IncidentPageDto {
  @ApiProperty({ type: 'integer', description: 'incidents matching the filters, on every page' }) total: number;
  @ApiProperty({ type: [IncidentListItemDto] }) items: IncidentListItemDto[];
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class IncidentCurrentDto {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ type: 'integer', description: 'also the ETag' }) revision: number;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty(instant) updatedAt: string;
  @ApiProperty(STATE) state: object;
}

export class IncidentHistoryEntryDto {
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty(uuid) eventId: string;
  @ApiProperty({ example: 'incidents.incident-corrected.v1' }) eventType: string;
  @ApiProperty({ example: 'corrected' }) action: string;
  @ApiProperty(instant) recordedAt: string;
  @ApiProperty({ description: 'pseudonymous reference of who did it', example: 'ST-7K3Q9P' }) actor: string;
  @ApiProperty({ type: 'string', nullable: true }) reason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, from: {}, to: {} } } }) changes: object[];
}

export class IncidentHistoryDto {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ type: [IncidentHistoryEntryDto] }) entries: IncidentHistoryEntryDto[];
}

export class IncidentKnownAtDto {
  @ApiProperty(uuid) id: string;
  @ApiProperty(STATE) state: object;
  @ApiProperty(instant) date: string;
  @ApiProperty({ type: 'integer', description: 'events recorded at or before the date' }) eventsIncluded: number;
  @ApiProperty({ type: 'integer', description: 'events recorded after it (late registrations, corrections)' }) eventsRecordedSince: number;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) revision: number | null;
}
