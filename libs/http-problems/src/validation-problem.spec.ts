import { ValidationError } from '@nestjs/common';
import { translator } from '@vigil/i18n';
import { localizeProblem } from './localize-problem';
import { ProblemDetails } from './problem-details';
import { validationExceptionFactory } from './validation-problem';

const failed = (property: string, constraints: Record<string, string>): ValidationError => ({ property, constraints, children: [] });

/** The validation problem class-validator's failures make, as a reader of `language` gets it. */
function problemFor(errors: ValidationError[], language: 'da' | 'nb' | 'en') {
  return localizeProblem(validationExceptionFactory(errors).getResponse() as ProblemDetails, translator(language));
}

describe('validation failures in words', () => {
  const errors = [
    failed('legalBasis', { matches: 'legalBasis must not be blank' }),
    failed('alternativesConsidered', { arrayMinSize: 'alternativesConsidered must contain at least 1 elements' }),
    failed('rationale', { maxLength: 'rationale must be shorter than or equal to 4000 characters' }),
    failed('by', { matches: 'by must list breakdowns from area, institution, kind, target' }),
    failed('colour', { whitelistValidation: 'property colour should not exist' }),
  ];

  it('says what is wrong with each field by its rule, naming the field in words; field names stay as sent', () => {
    const en = problemFor(errors, 'en');
    expect(en.errors).toEqual([
      { field: 'legalBasis', message: 'Legal basis: required' },
      { field: 'alternativesConsidered', message: 'Alternatives considered: name at least one' },
      { field: 'rationale', message: 'Rationale: at most 4,000 characters' },
      { field: 'by', message: 'by must list breakdowns from area, institution, kind, target' }, // a pattern's own message
      { field: 'colour', message: 'Colour: not part of this request' },
    ]);
    expect(en.detail).toBe('5 fields need correcting: Legal basis, Alternatives considered, Rationale, Broken down by, and Colour.');
    const da = problemFor(errors, 'da');
    expect(da.errors!.map((e) => e.message)).toEqual([
      'Hjemmel: skal udfyldes',
      'Overvejede alternativer: angiv mindst én',
      'Begrundelse: højst 4.000 tegn',
      'Opdelt efter: forespørgslen er ikke udfyldt korrekt',
      'Colour: hører ikke til denne forespørgsel',
    ]);
    expect(da.title).toBe('Forespørgslen er ikke udfyldt korrekt');
  });
});
