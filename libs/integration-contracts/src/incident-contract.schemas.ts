import { IsBoolean, IsIn, IsISO8601, IsOptional, Matches, ValidateIf } from 'class-validator';
import { CODE, ID } from './contract-fields';
import { IncidentContractName } from './incident-contracts';

class IncidentRef {
  @Matches(ID) incidentId!: string;
}

export class IncidentReportedSchema extends IncidentRef {
  @Matches(CODE) kind!: string;
  @Matches(CODE) target!: string;
  @Matches(CODE) perpetrator!: string;
  @Matches(CODE) severity!: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @Matches(CODE) area!: string;
  @ValidateIf((_, v) => v !== null) @Matches(CODE) institutionId!: string | null;
}

export class IncidentReclassifiedSchema extends IncidentRef {
  @Matches(CODE) kind!: string;
  @Matches(CODE) target!: string;
}

export class IncidentFactsCorrectedSchema extends IncidentRef {
  @IsOptional() @IsISO8601({ strict: true }) occurredAt?: string;
  @IsOptional() @Matches(CODE) severity?: string;
  @IsOptional() @Matches(CODE) area?: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(CODE) institutionId?: string | null;
}

export class IncidentCountingChangedSchema extends IncidentRef {
  @IsBoolean() counted!: boolean;
  @IsIn(['duplicate', 'not-reportable', 'reopened']) because!: string;
}

export class IncidentClosedSchema extends IncidentRef {}

/** Version 1 schema of every incident contract. */
export const INCIDENT_SCHEMAS: Record<IncidentContractName, new () => object> = {
  'incidents.incident-reported': IncidentReportedSchema,
  'incidents.incident-reclassified': IncidentReclassifiedSchema,
  'incidents.incident-facts-corrected': IncidentFactsCorrectedSchema,
  'incidents.incident-counting-changed': IncidentCountingChangedSchema,
  'incidents.incident-closed': IncidentClosedSchema,
};
