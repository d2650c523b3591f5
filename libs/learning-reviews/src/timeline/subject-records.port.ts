import type { Language } from '@vigil/i18n';
import { ReviewSubject } from '../domain/review.vocabulary';

/** Where a recorded event comes from: the incident register, an action-card run, or a crisis activation. */
export const TIMELINE_SOURCES = ['incident', 'action-card', 'crisis'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

/** How an action-card step was closed against its deadline. */
export const STEP_VERDICTS = ['on-time', 'late'] as const;
export type StepVerdict = (typeof STEP_VERDICTS)[number];

/**
 * One recorded event of a review's subject, in words: what the record holds, never retyped and never more
 * (no incident description; people by pseudonymous reference only).
 */
export interface SubjectRecord {
  readonly eventId: string;
  /** When the store recorded it (ISO 8601). */
  readonly at: string;
  /** When it happened, where the record says so (an incident's time, a step's completion, a decision's time). */
  readonly occurredAt?: string;
  readonly source: TimelineSource;
  /** The record the event belongs to: the incident, action-card run or activation id. */
  readonly recordId: string;
  /** One line for a person: "Reclassified from threat to harassment", "Decision logged: lock down wing B". */
  readonly what: string;
  /** The record's own account where it has one: a reason, a decision's rationale and legal basis, a step's note. */
  readonly detail?: string;
  /** Who recorded it: a pseudonymous reference (or a workflow's). */
  readonly actor: string;
  /** A step done or skipped: by its deadline or after it. */
  readonly verdict?: StepVerdict;
}

/**
 * The record of a review's subject as the other contexts hold it. Learning reviews declare what they need; the
 * composition root (libs/platform) provides it from the event store, knowing the other contexts' event types.
 */
export interface SubjectRecords {
  /** Every recorded event of the subject's incidents or activation and of the action-card runs started for them, in log order. */
  recordsOf(subject: ReviewSubject, language?: Language): Promise<SubjectRecord[]>;
}

/** The DI token under which the platform provides `SubjectRecords`. */
export const SUBJECT_RECORDS = 'LearningReviewsSubjectRecords';
