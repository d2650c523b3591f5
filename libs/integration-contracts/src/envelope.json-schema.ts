import type { SchemaObject } from 'ajv';
import { anObject, closedObject, id, isoTime, text, wholeNumber } from './json-schema-fields';

/** The envelope's JSON Schema: the twin of EnvelopeSchema (envelope.schema.ts). The payload is checked by its contract's schema. */
export const ENVELOPE_JSON_SCHEMA: SchemaObject = closedObject({
  contract: text,
  version: wholeNumber(1),
  messageId: id,
  streamId: text,
  streamRevision: wholeNumber(0),
  recordedAt: isoTime,
  correlationId: text,
  payload: anObject,
});
