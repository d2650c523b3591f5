import type { SchemaObject } from 'ajv';
import { INVOLVED_ROLE_CODES, PERSON_KIND_CODES } from './incident-codes';

/**
 * JSON Schema pieces the contracts are written in, each the twin of a class-validator rule in the *.schemas.ts
 * classes (contract-agreement.spec.ts proves they accept and refuse alike). A field's `description` says what it
 * must be, so a refusal names the field and that ("kind (not a code)").
 */
export type FieldSchema = SchemaObject & { readonly description: string };

/** `@Matches(CODE)`: the format is the very CODE expression (contract-validator.ts registers it). */
export const code: FieldSchema = { type: 'string', format: 'code', description: 'a code' };
/** `@Matches(ID)`. */
export const id: FieldSchema = { type: 'string', format: 'id', description: 'an id' };
/** `@IsISO8601({ strict: true })`: checked by isStrictIso8601 (iso-date.ts), class-validator's own check with a fast lane. */
export const isoTime: FieldSchema = { type: 'string', format: 'iso8601', description: 'an ISO 8601 date' };
/** `@IsString()`. */
export const text: FieldSchema = { type: 'string', description: 'text' };
/** `@IsBoolean()`. */
export const flag: FieldSchema = { type: 'boolean', description: 'true or false' };
/** `@IsObject()`. */
export const anObject: FieldSchema = { type: 'object', description: 'an object' };

/** `@IsInt() @Min(min)`. */
export function wholeNumber(min: number): FieldSchema {
  return { type: 'integer', minimum: min, description: `a whole number from ${min}` };
}

/** `@IsIn(values)`. */
export function oneOfCodes(values: readonly string[]): FieldSchema {
  return { enum: [...values], description: `one of ${values.join(', ')}` };
}

/** `@IsArray() @ArrayMaxSize(max)` with the item rule `{ each: true }`. */
export function listOf(item: FieldSchema, max: number): FieldSchema {
  return { type: 'array', maxItems: max, items: item, description: `a list of at most ${max} ${item.description.replace(/^an? /, '')}s` };
}

/** `ValidateIf(value !== null)` in front of the rule, or `@IsOptional()` (which lets null through too). */
export function orNull(field: FieldSchema): FieldSchema {
  const { type, enum: values, description } = field;
  return {
    ...field,
    ...(type !== undefined && { type: [...new Set([type, 'null'].flat())] }),
    ...(values !== undefined && { enum: [...(values as unknown[]), null] }),
    description: `${description} or null`,
  };
}

const count: SchemaObject = { type: 'integer', minimum: 0, maximum: 999 };
const byKind: SchemaObject = { type: 'object', properties: Object.fromEntries(PERSON_KIND_CODES.map((kind) => [kind, count])), additionalProperties: false };

/** isInvolvedCounts as a schema: `{ role: { kind of person: 0..999 } }`, known roles and kinds only. */
export const involvedCounts: FieldSchema = {
  type: 'object',
  properties: Object.fromEntries(INVOLVED_ROLE_CODES.map((role) => [role, byKind])),
  additionalProperties: false,
  description: 'counts by role and kind of person',
};

/** A closed object: every `required` field present (null only where its rule allows), `optional` ones may be left out or null, nothing else. */
export function closedObject(required: Record<string, FieldSchema>, optional: Record<string, FieldSchema> = {}): SchemaObject {
  const optionals = Object.fromEntries(Object.entries(optional).map(([name, field]) => [name, orNull(field)]));
  return { type: 'object', properties: { ...required, ...optionals }, required: Object.keys(required), additionalProperties: false };
}
