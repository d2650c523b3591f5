import type { SchemaObject } from 'ajv';
import { LOCATION_TYPE_CODES, PHYSICAL_INJURY_CODES } from './incident-codes';
import { IncidentContractName } from './incident-contracts';
import { closedObject, code, flag, id, involvedCounts, isoTime, oneOfCodes, orNull } from './json-schema-fields';

const ref = { incidentId: id };
const reportedV1 = { ...ref, kind: code, target: code, perpetrator: code, severity: code, occurredAt: isoTime, area: code, institutionId: orNull(code) };
const correctedV1 = { occurredAt: isoTime, severity: code, area: code, institutionId: code };

/** The JSON Schema of every version of every incident contract still read: the twins of INCIDENT_SCHEMAS, field for field. */
export const INCIDENT_JSON_SCHEMAS: Record<IncidentContractName, Record<number, SchemaObject>> = {
  'incidents.incident-reported': {
    1: closedObject(reportedV1),
    2: closedObject({
      ...reportedV1,
      locationType: oneOfCodes(LOCATION_TYPE_CODES),
      physicalInjury: oneOfCodes(PHYSICAL_INJURY_CODES),
      involved: involvedCounts,
    }),
  },
  'incidents.incident-reclassified': { 1: closedObject({ ...ref, kind: code, target: code }) },
  'incidents.incident-facts-corrected': {
    1: closedObject(ref, correctedV1),
    2: closedObject(ref, {
      ...correctedV1,
      perpetrator: code,
      physicalInjury: oneOfCodes(PHYSICAL_INJURY_CODES),
      locationType: oneOfCodes(LOCATION_TYPE_CODES),
      involved: involvedCounts,
    }),
  },
  'incidents.incident-counting-changed': { 1: closedObject({ ...ref, counted: flag, because: oneOfCodes(['duplicate', 'not-reportable', 'reopened']) }) },
  'incidents.incident-closed': { 1: closedObject(ref) },
};
