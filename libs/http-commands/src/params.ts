import { Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { RequestValidationException } from '@vigil/http-problems';

/** A path parameter that must be a UUID; anything else is a 400 naming it. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationException([{ field, message: `${field} must be a UUID` }]) });

/** A path parameter that must be a slug (lower-case words joined by hyphens); anything else is a 400 naming it. */
export const slugParam = (field: string, pattern: RegExp, example: string): PipeTransform<string, string> => ({
  transform(value: string) {
    if (!pattern.test(value)) throw new RequestValidationException([{ field, message: `${field} must be a slug such as ${example}` }]);
    return value;
  },
});

/** A UUID path parameter, checked (400 naming it) and documented with its format in one. */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, key, index) => {
    Param(name, uuidParam(name))(target, key!, index);
    ApiParam({ name, schema: { type: 'string', format: 'uuid' } })(target, key!, Object.getOwnPropertyDescriptor(target, key!)!);
  };
