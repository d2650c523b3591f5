import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** What every command answers: the record's revision after it (also the ETag), and whether a retry found it done. */
export class CommandAnswerDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 3 })
  revision: number;

  @ApiProperty({ description: 'true when an earlier request with the same Idempotency-Key already did this' })
  alreadyRecorded: boolean;
}

/** How each kind of id is written: a UUID, a slug, or a pseudonymous reference such as ST-7K3Q9P. */
const ID_SCHEMAS = {
  uuid: { type: 'string', format: 'uuid' },
  slug: { type: 'string', pattern: '^[a-z0-9-]+$' },
  ref: { type: 'string', pattern: '^[A-Z]{2,4}-[0-9A-Z]{4,12}$' },
} as const;

/** Documents a command's success answer: the shared shape plus the id (or ids) of the record it changed. */
export function ApiCommandAnswer(status: 200 | 201, description: string, ids: Record<string, keyof typeof ID_SCHEMAS>, extra: Record<string, object> = {}) {
  const properties = Object.fromEntries(Object.entries(ids).map(([name, kind]) => [name, ID_SCHEMAS[kind]]));
  return applyDecorators(
    ApiExtraModels(CommandAnswerDto),
    ApiResponse({
      status,
      description,
      schema: { allOf: [{ $ref: getSchemaPath(CommandAnswerDto) }, { type: 'object', required: Object.keys(ids), properties: { ...properties, ...extra } }] },
    }),
  );
}
