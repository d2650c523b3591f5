import { RecordedEvent } from '@vigil/event-store';

/** A recorded event of another context as a learning review reads it (its timeline line, without `source` and `recordId`). */
export interface RecordLine {
  readonly what: string;
  readonly occurredAt?: string;
  readonly detail?: string;
  readonly verdict?: 'on-time' | 'late';
}

/** A code as words: staff-on-duty → staff on duty. */
export const words = (code: unknown): string => String(code ?? '').replace(/-/g, ' ');

const MINUTE_TEXT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as the services read it: 2026-03-14 21:30 (Copenhagen). */
export const localTime = (iso: unknown): string => {
  const at = new Date(String(iso));
  return Number.isNaN(at.getTime()) ? String(iso) : MINUTE_TEXT.format(at);
};

/** A span of minutes in words: 12 min, 2 h 5 min, 3 d 4 h. */
export function spanText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  const hours = Math.floor((minutes % 1440) / 60);
  return `${Math.floor(minutes / 1440)} d${hours ? ` ${hours} h` : ''}`;
}

/** Joins the parts that are there into one detail, or none. */
export const detailOf = (...parts: (string | null | undefined | false)[]): string | undefined => {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
  return text || undefined;
};

export const sentence = (label: string, text: unknown) => (typeof text === 'string' && text.trim() ? `${label}: ${text.trim().replace(/\.$/, '')}.` : null);

/** The line for a stored event, by its type's reader; null for a type the reader does not know (it is left out, not guessed at). */
export type LineReader = (event: RecordedEvent) => RecordLine | null;
