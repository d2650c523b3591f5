import { FALLBACK_LANGUAGE, fieldLabel, hasMessage, negotiateLanguage, Translator, translator } from '@vigil/i18n';
import type { Request, Response } from 'express';
import { FieldError, PROBLEM_BASE, ProblemDetails, WORDS } from './problem-details';

/** The language a request reads answers in, from its `Accept-Language`; the answer says which (`Content-Language`). */
export function readerOf(request: Pick<Request, 'headers'>, response?: Pick<Response, 'setHeader'> & Partial<Pick<Response, 'vary'>>): Translator {
  const language = negotiateLanguage(request.headers?.['accept-language']);
  response?.setHeader('Content-Language', language);
  // Added to whatever Vary the answer has already (Express merges), not in its place.
  if (typeof response?.vary === 'function') response.vary('Accept-Language');
  else response?.setHeader('Vary', 'Accept-Language');
  return translator(language);
}

/**
 * A problem in the reader's language: `title` from the catalogue by the problem's type (every domain error code is
 * one), `detail` from its words, each field's `message` from its words with the field named in words. What programs
 * read stays as it was: `type`, `status`, `errors[].field`, codes and extensions. An English reader of a problem
 * without words keeps the text the code wrote; another language gets the title, or the fields' messages.
 */
export function localizeProblem(body: ProblemDetails, t: Translator): ProblemDetails {
  const slug = body.type.startsWith(PROBLEM_BASE) ? body.type.slice(PROBLEM_BASE.length) : '';
  const titleKey = `problem.${slug}`;
  const title = hasMessage(titleKey) ? t(titleKey) : body.title;
  const english = t.language === FALLBACK_LANGUAGE;
  const errors = body.errors?.map((error): FieldError => {
    const label = fieldLabel(error.field, t.language);
    const words = error[WORDS];
    if (words) return { field: error.field, message: t(words.key, { ...words.values, label }) };
    // After "Label:" the title reads on in lower case ("Hjemmel: en værdi er ikke gyldig").
    const what = title.charAt(0).toLocaleLowerCase(t.language) + title.slice(1);
    return { field: error.field, message: english ? error.message : t('problem.field', { label, title: what }) };
  });
  const words = body[WORDS];
  const field = body.errors?.[0]?.field;
  const label = field ? fieldLabel(field, t.language) : '';
  // A validation problem's detail names each offending field once, in words.
  const fields = [...new Set(body.errors?.map((e) => fieldLabel(e.field, t.language)))];
  const detail = words
    ? t(words.key, { label, count: fields.length, fields, ...words.values })
    : english
      ? body.detail
      : errors?.length
        ? errors.map((e) => e.message).join('; ')
        : title;
  const { [WORDS]: _words, ...rest } = body;
  return { ...rest, title, detail, ...(errors ? { errors } : {}) };
}
