import {
  ActionIntervention,
  ActionStatus,
  FactorClass,
  FindingKind,
  ParticipantRole,
  Response,
  ReviewKind,
  ReviewSubject,
  SignOffRole,
} from './review.vocabulary';

type E<T extends string, D> = { type: `learning-reviews.${T}.v1`; data: { reviewId: string } & D };

/** A policy says this subject needs a review of this kind, started and finished by these days. */
export type ReviewRequired = E<
  'review-required',
  {
    kind: ReviewKind;
    subject: ReviewSubject;
    title: string;
    startBy: string;
    dueOn: string;
    policy: { version: number; rule: string };
    /** Where the incident happened (`institution:…` or `area:…`), so that unit's reviewers see the review before anyone takes it up. */
    unit?: string;
  }
>;
/** Someone opened a review (or took up a required one): from here it is a draft. */
export type ReviewStarted = E<'review-started', { kind: ReviewKind; subject: ReviewSubject; title: string; dueOn: string; unit: string; startedBy: string }>;
export type ParticipantAdded = E<'participant-added', { ref: string; role: ParticipantRole }>;
/** A moment of the assembled timeline that matters, pointing at the recorded event; the record is not retyped. */
export type MomentMarked = E<'moment-marked', { eventId: string; why: string }>;
export type MomentUnmarked = E<'moment-unmarked', { eventId: string }>;
export type FindingRecorded = E<'finding-recorded', { findingId: string; kind: FindingKind; class: FactorClass; text: string; evidence: string[] }>;
export type FactorRecorded = E<'factor-recorded', { factorId: string; class: FactorClass; text: string; evidence: string[] }>;
/** A finding or factor taken back while drafting; it stays in the history. */
export type ItemWithdrawn = E<'item-withdrawn', { itemId: string; reason: string }>;
/** The review's summary as drafted: what was expected, what happened, why the difference, what to keep and change. */
export type SummaryDrafted = E<'summary-drafted', { text: string }>;
export type ActionAdded = E<
  'action-added',
  { actionId: string; recommendation: string; intervention: ActionIntervention; ownerRole: string; unit: string; dueOn: string }
>;
export type ActionStatusChanged = E<'action-status-changed', { actionId: string; status: ActionStatus; reason?: string; changedBy: string }>;
export type RecommendationAnswered = E<'recommendation-answered', { actionId: string; response: Response; reason?: string; answeredBy: string }>;
/** Recorded by the deadline workflow at the deadline (not when it noticed). */
export type ActionBecameOverdue = E<'action-became-overdue', { actionId: string; dueOn: string }>;
export type ActionEscalated = E<'action-escalated', { actionId: string; dueOn: string; to: string }>;
export type ReviewBecameOverdue = E<'review-became-overdue', { deadline: 'start' | 'finish'; due: string }>;
export type ReviewEscalated = E<'review-escalated', { deadline: 'start' | 'finish'; due: string; to: string }>;
export type ReviewSignedOff = E<'review-signed-off', { by: string; as: SignOffRole }>;
export type ReviewPublished = E<'review-published', { publishedBy: string }>;
/** Later learning on a published review: added beside it, never into it. */
export type AddendumAdded = E<'addendum-added', { addendumId: string; text: string; by: string }>;

export type ReviewEvent =
  | ReviewRequired
  | ReviewStarted
  | ParticipantAdded
  | MomentMarked
  | MomentUnmarked
  | FindingRecorded
  | FactorRecorded
  | ItemWithdrawn
  | SummaryDrafted
  | ActionAdded
  | ActionStatusChanged
  | RecommendationAnswered
  | ActionBecameOverdue
  | ActionEscalated
  | ReviewBecameOverdue
  | ReviewEscalated
  | ReviewSignedOff
  | ReviewPublished
  | AddendumAdded;
