import { RecordedEvent } from '@vigil/event-store';
import { hasMessage, Translator, translator } from '@vigil/i18n';

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

/** An incident's code (kind, target, perpetrator, severity, injury) in the reader's words; an unknown one as its words. */
export const codeWords = (t: Translator, group: 'kind' | 'target' | 'perpetrator' | 'severity' | 'injury', code: unknown): string =>
  hasMessage(`code.${group}.${String(code)}`) ? t(`code.${group}.${String(code)}`) : words(code);

/** Joins the parts that are there into one detail, or none. */
export const detailOf = (...parts: (string | null | undefined | false)[]): string | undefined => {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
  return text || undefined;
};

/** "Reason: …." with the label in the reader's language (`timeline.label.<label>`). */
export const sentence = (label: string, text: unknown) => (typeof text === 'string' && text.trim() ? `${label}: ${text.trim().replace(/\.$/, '')}.` : null);

/** The line for a stored event, by its type's reader; null for a type the reader does not know (it is left out, not guessed at). */
export type LineReader = (event: RecordedEvent) => RecordLine | null;
