import type { SchemaObject } from '@nestjs/swagger';

/** RFC 9457 problem details, the one error shape every endpoint returns. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; `errors` names each offending field by its path in the request',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://vigil.example/problems/validation' },
    title: { type: 'string', example: 'The request is not valid' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 400 },
    detail: { type: 'string', example: '1 field(s) are not valid: occurredAt' },
    instance: { type: 'string', example: '/incidents' },
    errors: {
      type: 'array',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'occurredAt' }, message: { type: 'string' } } },
    },
    currentRevision: { type: 'integer', nullable: true, description: 'on 409: the revision the record is at now' },
    current: { type: 'object', description: 'on 409: the record as it stands now' },
  },
};
