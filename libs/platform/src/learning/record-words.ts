import { RecordedEvent } from '@vigil/event-store';
import { hasMessage, Translator, translator } from '@vigil/i18n';
import { findArea, findInstitution } from '@vigil/organisation';

/** English, the language a timeline is read in when no reader asks for another. */
export const ENGLISH: Translator = translator('en');

/** A recorded event of another context as a learning review reads it (its timeline line, without `source` and `recordId`). */
export interface RecordLine {
  readonly what: string;
  readonly occurredAt?: string;
  readonly detail?: string;
  readonly verdict?: 'on-time' | 'late';
}

/** A code as words: staff-on-duty → staff on duty. */
export const words = (code: unknown): string => String(code ?? '').replace(/-/g, ' ');

/** The code groups the catalogues name (`code.<group>.<code>`): an incident's, and a crisis activation's. */
export type CodeGroup = 'kind' | 'target' | 'perpetrator' | 'severity' | 'injury' | 'crisis-role' | 'crisis-level' | 'audience' | 'channel';

/** A code (an incident's kind, a crisis role, a channel, …) in the reader's words; an unknown one as its words. */
export const codeWords = (t: Translator, group: CodeGroup, code: unknown): string =>
  hasMessage(`code.${group}.${String(code)}`) ? t(`code.${group}.${String(code)}`) : words(code);

/** An institution by its catalogue name (renbaek → Renbæk Fængsel); one the catalogue lacks as its words. */
export const institutionName = (slug: unknown): string => findInstitution(String(slug ?? ''))?.name ?? words(slug);

/** An area or region by its catalogue name, as a sentence says it: syddanmark → Syddanmark (the word "område" is the sentence's), region-ost → Region øst. */
export const areaName = (slug: unknown): string => findArea(String(slug ?? ''))?.name.replace(/^Område /, '') ?? words(slug);

/** Whether a slug names a Norwegian region, whose name says "region" itself. */
export const isRegion = (slug: unknown): boolean => findArea(String(slug ?? ''))?.type === 'region';

/** Joins the parts that are there into one detail, or none. */
export const detailOf = (...parts: (string | null | undefined | false)[]): string | undefined => {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
  return text || undefined;
};

/** Text that already ends a sentence (a full stop, ?, ! or …, perhaps inside quotes or brackets) gets no second full stop. */
const ENDS_SENTENCE = /[.!?…]["'’”)\]]*$/u;

/** "Reason: …." with the label in the reader's language (`timeline.label.<label>`), ending in one full stop. */
export const sentence = (label: string, text: unknown) => {
  const said = typeof text === 'string' ? text.trim() : '';
  return said ? `${label}: ${ENDS_SENTENCE.test(said) ? said : `${said}.`}` : null;
};

/** The line for a stored event, by its type's reader; null for a type the reader does not know (it is left out, not guessed at). */
export type LineReader = (event: RecordedEvent) => RecordLine | null;
