import type { WordValue, Words } from '@vigil/event-sourcing';
import type { IntlMessageFormat as MessageFormat } from 'intl-messageformat' with { 'resolution-mode': 'import' };
import { da } from './catalogues/da';
import { en, MessageKey } from './catalogues/en';
import { nb } from './catalogues/nb';
import { FALLBACK_LANGUAGE, Language } from './languages';

// intl-messageformat is published as ESM only; Node 24 requires it from our CommonJS (and jest transpiles it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { IntlMessageFormat } = require('intl-messageformat') as { IntlMessageFormat: typeof MessageFormat };

/** Every message in every language, by key: ICU MessageFormat (plurals, numbers, selects). */
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { da, nb, en };

export type MessageValues = Record<string, WordValue>;

/** Moments are read in the services' own time zone (the same for Denmark and Norway). */
const TIME_ZONES: Record<Language, string> = { da: 'Europe/Copenhagen', nb: 'Europe/Oslo', en: 'Europe/Copenhagen' };

const compiled = new Map<string, MessageFormat>();

export function hasMessage(key: string, language: Language = FALLBACK_LANGUAGE): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES[language], key);
}

function message(language: Language, key: MessageKey): MessageFormat {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) compiled.set(id, (format = new IntlMessageFormat(CATALOGUES[language][key], language)));
  return format;
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * A span of minutes as a person says it, in days and hours (minutes only below a day): 2880 is "2 days" ("2 dage",
 * "2 dager"), 1500 "1 day and 1 hour", 90 "1 hour and 30 minutes", 12 "12 minutes". Rounded to whole minutes, at most
 * two units; a negative span reads as its size.
 */
export function formatDuration(minutes: number, language: Language): string {
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = total % MINUTES_PER_HOUR;
  const parts: string[] = [];
  if (days) parts.push(String(message(language, 'duration.days').format({ count: days })));
  if (hours) parts.push(String(message(language, 'duration.hours').format({ count: hours })));
  if (!days && (rest || !hours)) parts.push(String(message(language, 'duration.minutes').format({ count: rest })));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

/** A moment (ISO 8601) as a date and time in the language's way of writing one. */
export function formatMoment(iso: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONES[language] }).format(at);
}

function fill(language: Language, value: WordValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return new Intl.ListFormat(language, { type: 'conjunction' }).format(value as readonly string[]);
  if ('minutes' in value) return formatDuration(value.minutes, language);
  if ('term' in value) return translate(language, value.term);
  return formatMoment((value as { at: string }).at, language);
}

/**
 * The message `key` in `language` with `values` filled in: a list is joined as the language joins one ("a, b og c")
 * and also gives its length as `<name>Count` for plurals; `{ minutes }` reads as days and hours; `{ at }` as a date.
 * `{ term }` is another message. A key the language lacks falls back to English, then to the key itself (the missing-key test keeps that away).
 */
export function translate(language: Language, key: MessageKey | string, values: MessageValues = {}): string {
  const lang = hasMessage(key, language) ? language : FALLBACK_LANGUAGE;
  if (!hasMessage(key, lang)) return key;
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    filled[name] = fill(lang, value);
    if (Array.isArray(value)) filled[`${name}Count`] = value.length;
  }
  return String(message(lang, key).format(filled));
}

/** A translator bound to one language, as a request carries it. */
export interface Translator {
  readonly language: Language;
  (key: MessageKey | string, values?: MessageValues): string;
  /** Words a refusal or verdict carries, in this language. */
  words(words: Words): string;
}

export function translator(language: Language): Translator {
  const t = (key: MessageKey | string, values?: MessageValues) => translate(language, key, values);
  return Object.assign(t, { language, words: (w: Words) => translate(language, w.key, w.values) });
}
