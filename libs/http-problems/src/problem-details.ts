import type { Words } from '@vigil/event-sourcing';

/** The words behind a problem's detail or a field's message, for the reader's language; JSON never shows a symbol key. */
export const WORDS = Symbol('words');

/** One offending field, by its path in the request, with what is wrong with it (in the reader's language). */
export interface FieldError {
  field: string;
  message: string;
  [WORDS]?: Words;
}

/** RFC 9457 problem details, the one error shape every Vigil endpoint returns. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Each offending field, by its path in the request, with what is wrong with it. */
  errors?: FieldError[];
  /** The detail in words; the English `detail` is what a reader without a catalogue message gets. */
  [WORDS]?: Words;
  [extension: string]: unknown;
}

export const PROBLEM_BASE = 'https://vigil.example/problems/';

export function problem(status: number, slug: string, title: string, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: `${PROBLEM_BASE}${slug}`, title, status, detail, ...extra };
}

/** A problem whose detail is said in words (the English `detail` stays for logs and tests that read it). */
export function saidProblem(status: number, slug: string, words: Words, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { ...problem(status, slug, slug, detail, extra), [WORDS]: words };
}
