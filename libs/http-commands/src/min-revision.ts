import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { RequestValidationException } from '@vigil/http-problems';
import type { Request } from 'express';

/** The header a client sends with the revision a command answered, to read its own write. */
export const MIN_REVISION_HEADER = 'Vigil-Min-Revision';

const WHOLE_NUMBER = /^\d+$/;

/** The revision asked for, undefined without the header; anything but a whole number >= 0 is a 400 naming the header. */
export function minRevisionOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const revision = Number(trimmed);
  if (!WHOLE_NUMBER.test(trimmed) || !Number.isSafeInteger(revision)) {
    throw new RequestValidationException([{ field: MIN_REVISION_HEADER, message: 'must be a whole number >= 0: the revision a command answered' }]);
  }
  return revision;
}

const minRevisionParam = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined =>
  minRevisionOf(context.switchToHttp().getRequest<Request>().header(MIN_REVISION_HEADER)),
);

/** The Vigil-Min-Revision header of a read, checked (400 naming it) and documented in one. */
export const MinRevision = (): ParameterDecorator => (target, key, index) => {
  minRevisionParam()(target, key!, index);
  ApiHeader({
    name: MIN_REVISION_HEADER,
    required: false,
    description:
      'Read your own write: the revision a command answered. The read waits (bounded) until the read model holds at least that revision; if the wait runs out it answers as without the header (the ETag says which revision).',
    schema: { type: 'integer', minimum: 0, example: 0 },
  })(target, key!, Object.getOwnPropertyDescriptor(target, key!)!);
};
