import { BadRequestException, ValidationError } from '@nestjs/common';
import { problem } from './problem-details';

/** Flattens class-validator's tree into `field.path: message` entries. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class RequestValidationException extends BadRequestException {
  constructor(readonly fields: { field: string; message: string }[]) {
    super(
      problem(
        400,
        'validation',
        'The request is not valid',
        `${fields.length} field(s) are not valid: ${[...new Set(fields.map((f) => f.field))].join(', ')}`,
        {
          errors: fields,
        },
      ),
    );
  }
}

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationException {
  return new RequestValidationException(flattenValidationErrors(errors));
}
