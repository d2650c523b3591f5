import type { SchemaObject } from 'ajv';
import { CrisisReadinessContractName } from './crisis-readiness-contracts';
import { closedObject, code, flag, id, isoTime, listOf, orNull, wholeNumber } from './json-schema-fields';

/** Version 1 JSON Schema of every crisis-readiness contract: the twin of crisis-readiness-contract.schemas.ts. */
export const CRISIS_READINESS_JSON_SCHEMAS: Record<CrisisReadinessContractName, SchemaObject> = {
  'crisis-readiness.activation-started': closedObject({
    activationId: id,
    planId: id,
    planVersion: wholeNumber(1),
    actionCardTemplateIds: listOf(id, 100),
    scopeKind: code,
    area: orNull(code),
    institutionId: orNull(code),
    unitId: orNull(code),
    level: code,
    exercise: flag,
    activatedAt: isoTime,
  }),
};
