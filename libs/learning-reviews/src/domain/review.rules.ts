import { said, Words } from '@vigil/event-sourcing';
import { ReviewDomainError } from './review.errors';
import { ReviewState } from './review.state';
import { DAY, REF_IN_TEXT } from './review.vocabulary';

export const fail = (field: string, message: string, words?: Words): never => {
  throw new ReviewDomainError('invalid-value', message, field, words);
};

/** One of a closed list, or a 400 naming the field and the list. */
export function oneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value))
    fail(field, `${field} must be one of ${values.join(', ')}`, said('validation.choice'));
  return value as T;
}

/**
 * A text of the review: trimmed, of a sane length, and naming no person. People take part by role and
 * reference in the participant list; the findings speak of roles ("the officer on the wing").
 */
export function reviewText(value: unknown, field: string, min = 3, max = 4000): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < min || text.length > max) fail(field, `${field} must be ${min} to ${max} characters`, said('validation.length-between', { min, max }));
  if (REF_IN_TEXT.test(text))
    throw new ReviewDomainError(
      'person-in-text',
      `${field} names a person (${REF_IN_TEXT.exec(text)![0]}): speak of roles; people are participants`,
      field,
      said('learning-reviews.person-in-text', { ref: REF_IN_TEXT.exec(text)![0] }),
    );
  return text;
}

export function day(value: unknown, field: string): string {
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()))
    fail(field, `${field} must be a day such as 2026-03-01`, said('validation.date'));
  return value as string;
}

/** Drafting (findings, factors, moments, summary, participants) is for a started review that is not yet agreed. */
export function requireDraft(state: ReviewState): void {
  if (state.status === 'none')
    throw new ReviewDomainError('review-not-found', 'No such review is recorded', undefined, said('learning-reviews.review-not-found'));
  if (state.status === 'required')
    throw new ReviewDomainError('not-started', 'The review is required but nobody has started it yet', undefined, said('learning-reviews.not-started'));
  if (state.status === 'published')
    throw new ReviewDomainError('published', 'The review is published and is never edited: add an addendum', undefined, said('learning-reviews.published'));
  if (state.status === 'agreed')
    throw new ReviewDomainError('not-a-draft', 'The review is agreed by both sides; publish it, then add addenda', undefined, said('learning-reviews.agreed'));
}

/** Follow-up (actions, their status, responses) goes on after publication too. */
export function requireStarted(state: ReviewState): void {
  if (state.status === 'none')
    throw new ReviewDomainError('review-not-found', 'No such review is recorded', undefined, said('learning-reviews.review-not-found'));
  if (state.status === 'required')
    throw new ReviewDomainError('not-started', 'The review is required but nobody has started it yet', undefined, said('learning-reviews.not-started'));
}

export function evidence(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) fail(field, `${field} must list the recorded events it rests on (may be empty)`, said('learning-reviews.evidence'));
  const ids = [...new Set(value as unknown[])];
  if (ids.some((id) => typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id))) fail(field, `${field} must hold event ids`, said('learning-reviews.evidence'));
  return ids as string[];
}
