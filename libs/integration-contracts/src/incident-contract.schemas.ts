import { IsBoolean, IsIn, IsISO8601, IsOptional, Matches, ValidateBy, ValidateIf } from 'class-validator';
import { CODE, ID } from './contract-fields';
import { INVOLVED_ROLE_CODES, LOCATION_TYPE_CODES, PERSON_KIND_CODES, PHYSICAL_INJURY_CODES } from './incident-codes';
import { IncidentContractName } from './incident-contracts';

/** `{ role: { kind of person: count } }` with known roles and kinds and whole counts from 0 to 999: nothing else fits. */
export function isInvolvedCounts(value: unknown): boolean {
  const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isPlain(value)) return false;
  return Object.entries(value).every(
    ([role, byKind]) =>
      (INVOLVED_ROLE_CODES as readonly string[]).includes(role) &&
      isPlain(byKind) &&
      Object.entries(byKind).every(
        ([kind, n]) => (PERSON_KIND_CODES as readonly string[]).includes(kind) && Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1000,
      ),
  );
}

const InvolvedCounts = () =>
  ValidateBy({ name: 'involvedCounts', validator: { validate: isInvolvedCounts, defaultMessage: () => 'involved must be counts by role and kind of person' } });

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

export class IncidentReportedV2Schema extends IncidentReportedSchema {
  @IsIn(LOCATION_TYPE_CODES) locationType!: string;
  @IsIn(PHYSICAL_INJURY_CODES) physicalInjury!: string;
  @InvolvedCounts() involved!: object;
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

export class IncidentFactsCorrectedV2Schema extends IncidentFactsCorrectedSchema {
  @IsOptional() @Matches(CODE) perpetrator?: string;
  @IsOptional() @IsIn(PHYSICAL_INJURY_CODES) physicalInjury?: string;
  @IsOptional() @IsIn(LOCATION_TYPE_CODES) locationType?: string;
  @IsOptional() @InvolvedCounts() involved?: object;
}

export class IncidentCountingChangedSchema extends IncidentRef {
  @IsBoolean() counted!: boolean;
  @IsIn(['duplicate', 'not-reportable', 'reopened']) because!: string;
}

export class IncidentClosedSchema extends IncidentRef {}

/** The schema of every version of every incident contract still read: consumers accept each. */
export const INCIDENT_SCHEMAS: Record<IncidentContractName, Record<number, new () => object>> = {
  'incidents.incident-reported': { 1: IncidentReportedSchema, 2: IncidentReportedV2Schema },
  'incidents.incident-reclassified': { 1: IncidentReclassifiedSchema },
  'incidents.incident-facts-corrected': { 1: IncidentFactsCorrectedSchema, 2: IncidentFactsCorrectedV2Schema },
  'incidents.incident-counting-changed': { 1: IncidentCountingChangedSchema },
  'incidents.incident-closed': { 1: IncidentClosedSchema },
};
