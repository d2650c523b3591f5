import { BadRequestException, ValidationError } from '@nestjs/common';
import { said, Words } from '@vigil/event-sourcing';
import { FieldError, problem, WORDS } from './problem-details';

/** class-validator's rule names, by what a person is told (`validation.<key>`; `{label}` names the field). */
const RULE_WORDS: Record<string, string> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  whitelistValidation: 'unknown-field',
  isString: 'text',
  maxLength: 'too-long',
  minLength: 'too-short',
  isArray: 'list',
  arrayMinSize: 'list-too-short',
  arrayNotEmpty: 'list-too-short',
  arrayMaxSize: 'list-too-long',
  isIso8601: 'date-time',
  isDateString: 'date-time',
  isIn: 'choice',
  isEnum: 'choice',
  isBoolean: 'yes-no',
  isInt: 'whole-number',
  isNumber: 'number',
  isNumberString: 'number',
  min: 'at-least',
  max: 'at-most',
  isUuid: 'id',
  isObject: 'object',
  nestedValidation: 'object',
};

/** Every `validation.<key>` the rules above can give, for the missing-key test. */
export const VALIDATION_WORD_KEYS = [...new Set([...Object.values(RULE_WORDS), 'blank', 'pseudonymous-ref', 'form', 'invalid'])].map((k) => `validation.${k}`);

/**
 * What a failed rule says in words; the limit a rule names (min 1, at most 4000) is the last number of its message.
 * A pattern (`matches`) means only what its message says: blank, a pseudonymous reference, or else no words (English
 * readers keep the message the request class wrote, others the problem's title).
 */
function wordsOf(rule: string, message: string): Words | undefined {
  const numbers = message.match(/\d+/g);
  const limit = numbers ? Number(numbers[numbers.length - 1]) : 1;
  if (rule === 'matches') {
    if (/must not be blank/.test(message)) return said('validation.blank');
    if (/pseudonymous/.test(message)) return said('validation.pseudonymous-ref');
    return /must match .* regular expression/.test(message) ? said('validation.form') : undefined;
  }
  if (rule === 'arrayNotEmpty') return said('validation.list-too-short', { min: 1 });
  const key = Object.prototype.hasOwnProperty.call(RULE_WORDS, rule) ? RULE_WORDS[rule] : 'invalid';
  return said(`validation.${key}`, { min: limit, max: limit });
}

/** Flattens class-validator's tree into `field.path: message` entries, each with its words for the reader's language. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]): FieldError => {
      const words = wordsOf(rule, message);
      return words ? { field, message, [WORDS]: words } : { field, message };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class RequestValidationException extends BadRequestException {
  constructor(readonly fields: FieldError[]) {
    super({
      ...problem(
        400,
        'validation',
        'The request is not valid',
        `${fields.length} field(s) are not valid: ${[...new Set(fields.map((f) => f.field))].join(', ')}`,
        {
          errors: fields,
        },
      ),
      [WORDS]: said('problem.validation.detail'),
    });
  }
}

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationException {
  return new RequestValidationException(flattenValidationErrors(errors));
}
