import { said } from '@vigil/event-sourcing';
import { unitProblem, unitWords } from '@vigil/organisation';
import {
  AddendumAdded,
  FactorRecorded,
  FindingRecorded,
  ItemWithdrawn,
  MomentMarked,
  MomentUnmarked,
  ParticipantAdded,
  ReviewPublished,
  ReviewRequired,
  ReviewSignedOff,
  ReviewStarted,
  SummaryDrafted,
} from './review.events';
import { ReviewDomainError } from './review.errors';
import { day, evidence, fail, oneOf, requireDraft, reviewText } from './review.rules';
import { ReviewState } from './review.state';
import {
  FACTOR_CLASSES,
  FINDING_KINDS,
  PARTICIPANT_ROLES,
  PSEUDONYMOUS_REF,
  REVIEW_KINDS,
  ReviewKind,
  ReviewSubject,
  SIGN_OFF_ROLES,
  UNIT,
} from './review.vocabulary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function validSubject(subject: ReviewSubject | undefined): ReviewSubject {
  if (!subject || typeof subject !== 'object')
    return fail('subject', 'subject must be incidents, a theme or an activation', said('learning-reviews.subject-form'));
  if (subject.type === 'activation') {
    if (!UUID.test(subject.activationId ?? '')) fail('subject.activationId', 'subject.activationId must be a crisis activation id', said('validation.id'));
    return {
      type: 'activation',
      activationId: subject.activationId,
      exercise: subject.exercise === true,
      ...(subject.evaluationReference ? { evaluationReference: subject.evaluationReference } : {}),
    };
  }
  if (subject.type !== 'incidents' && subject.type !== 'theme')
    return fail('subject.type', 'subject.type must be incidents, theme or activation', said('learning-reviews.subject-form'));
  const ids = [...new Set(subject.incidentIds ?? [])];
  if (ids.length === 0 || ids.length > 500 || ids.some((id) => !UUID.test(id)))
    fail('subject.incidentIds', 'subject.incidentIds must list 1 to 500 incident ids', said('learning-reviews.incident-ids'));
  if (subject.type === 'theme') return { type: 'theme', description: reviewText(subject.description, 'subject.description'), incidentIds: ids };
  return { type: 'incidents', incidentIds: ids };
}

export interface RequireReview {
  reviewId: string;
  kind: ReviewKind;
  subject: ReviewSubject;
  title: string;
  startBy: string;
  dueOn: string;
  policy: { version: number; rule: string };
  unit?: string;
}

/** A policy asks for a review; asking again for the same one changes nothing. */
export function decideRequire(command: RequireReview, state: ReviewState): ReviewRequired[] {
  if (state.status !== 'none') return [];
  const { reviewId, kind, subject, title, startBy, dueOn, policy, unit } = command;
  if (unit !== undefined && !UNIT.test(unit)) fail('unit', 'unit must be national, area:<area> or institution:<institution>', said('organisation.unit-form'));
  const data = { reviewId, kind, subject, title, startBy, dueOn, policy, ...(unit ? { unit } : {}) };
  return [{ type: 'learning-reviews.review-required.v1', data }];
}

export interface StartReview {
  reviewId: string;
  kind?: ReviewKind;
  subject?: ReviewSubject;
  title?: string;
  dueOn?: string;
  unit: string;
  actor: string;
}

/** Opens a review, or takes up a required one (its kind, subject and due day stay unless given). */
export function decideStart(command: StartReview, state: ReviewState, now: Date): ReviewStarted[] {
  if (state.status !== 'none' && state.status !== 'required')
    throw new ReviewDomainError('already-started', 'This review is already started', undefined, said('learning-reviews.already-started'));
  const required = state.status === 'required';
  const kind = command.kind !== undefined || !required ? oneOf(REVIEW_KINDS, command.kind, 'kind') : state.kind!;
  const subject = command.subject !== undefined || !required ? validSubject(command.subject) : state.subject!;
  const title = command.title !== undefined || !required ? reviewText(command.title, 'title', 3, 200) : state.title;
  const dueOn = command.dueOn !== undefined || !required ? day(command.dueOn, 'dueOn') : state.dueOn!;
  if (dueOn < now.toISOString().slice(0, 10) && !required) fail('dueOn', 'dueOn must not be in the past', said('learning-reviews.due-in-past'));
  if (!UNIT.test(command.unit)) fail('unit', 'unit must be national, area:<area> or institution:<institution>', said('organisation.unit-form'));
  const unitWrong = unitProblem(command.unit);
  if (unitWrong) fail('unit', unitWrong, unitWords(command.unit) ?? undefined);
  // A required review stays with the unit where its incident happened, whoever takes it up.
  const unit = required && state.unit ? state.unit : command.unit;
  return [
    {
      type: 'learning-reviews.review-started.v1',
      data: { reviewId: command.reviewId, kind, subject, title, dueOn, unit, startedBy: command.actor },
    },
  ];
}

export function decideAddParticipant(command: { reviewId: string; ref: string; role: string }, state: ReviewState): ParticipantAdded[] {
  requireDraft(state);
  if (!PSEUDONYMOUS_REF.test(command.ref ?? ''))
    fail('ref', 'ref must be a pseudonymous reference such as ST-7K3Q9P, never a name', said('validation.pseudonymous-ref'));
  const role = oneOf(PARTICIPANT_ROLES, command.role, 'role');
  if (state.participants.some((p) => p.ref === command.ref && p.role === role))
    throw new ReviewDomainError(
      'no-change',
      `${command.ref} already takes part as ${role}`,
      'ref',
      said('learning-reviews.already-participant', { ref: command.ref, role: role.replace(/-/g, '_') }),
    );
  return [{ type: 'learning-reviews.participant-added.v1', data: { reviewId: command.reviewId, ref: command.ref, role } }];
}

export function decideMarkMoment(command: { reviewId: string; eventId: string; why: string }, state: ReviewState): MomentMarked[] {
  requireDraft(state);
  const [eventId] = evidence([command.eventId], 'eventId');
  return [{ type: 'learning-reviews.moment-marked.v1', data: { reviewId: command.reviewId, eventId, why: reviewText(command.why, 'why', 3, 500) } }];
}

export function decideUnmarkMoment(command: { reviewId: string; eventId: string }, state: ReviewState): MomentUnmarked[] {
  requireDraft(state);
  if (!state.moments.some((m) => m.eventId === command.eventId))
    throw new ReviewDomainError('not-found', 'That moment is not marked', 'eventId', said('learning-reviews.moment-not-marked'));
  return [{ type: 'learning-reviews.moment-unmarked.v1', data: { reviewId: command.reviewId, eventId: command.eventId } }];
}

export interface RecordItem {
  reviewId: string;
  itemId: string;
  type: 'finding' | 'factor';
  kind?: string;
  class: string;
  text: string;
  evidence: string[];
}

/** A finding (what went well or wrong) or a contributing factor, classified, resting on recorded events. */
export function decideRecordItem(command: RecordItem, state: ReviewState): (FindingRecorded | FactorRecorded)[] {
  requireDraft(state);
  const base = {
    reviewId: command.reviewId,
    class: oneOf(FACTOR_CLASSES, command.class, 'class'),
    text: reviewText(command.text, 'text'),
    evidence: evidence(command.evidence, 'evidence'),
  };
  if (state.items.some((i) => i.id === command.itemId)) return [];
  if (command.type === 'factor') return [{ type: 'learning-reviews.factor-recorded.v1', data: { ...base, factorId: command.itemId } }];
  return [{ type: 'learning-reviews.finding-recorded.v1', data: { ...base, findingId: command.itemId, kind: oneOf(FINDING_KINDS, command.kind, 'kind') } }];
}

export function decideWithdrawItem(command: { reviewId: string; itemId: string; reason: string }, state: ReviewState): ItemWithdrawn[] {
  requireDraft(state);
  const item = state.items.find((i) => i.id === command.itemId && !i.withdrawn);
  if (!item) throw new ReviewDomainError('not-found', 'No such finding or factor in the draft', 'itemId', said('learning-reviews.item-not-found'));
  return [{ type: 'learning-reviews.item-withdrawn.v1', data: { reviewId: command.reviewId, itemId: item.id, reason: reviewText(command.reason, 'reason') } }];
}

/** The summary as a reviewer wrote it; two editing at once are kept apart by the revision each saw. */
export function decideDraftSummary(command: { reviewId: string; text: string }, state: ReviewState): SummaryDrafted[] {
  requireDraft(state);
  const text = reviewText(command.text, 'text', 1, 20000);
  if (text === state.summary) throw new ReviewDomainError('no-change', 'The summary already reads so', 'text', said('learning-reviews.summary-unchanged'));
  return [{ type: 'learning-reviews.summary-drafted.v1', data: { reviewId: command.reviewId, text } }];
}

/** Management and the employee representatives both sign off; a person signs for one side only. */
export function decideSignOff(command: { reviewId: string; as: string; actor: string }, state: ReviewState): ReviewSignedOff[] {
  requireDraft(state);
  const as = oneOf(SIGN_OFF_ROLES, command.as, 'as');
  if (state.signedOff[as])
    throw new ReviewDomainError('no-change', `${as} has already signed off`, 'as', said('learning-reviews.already-signed-off', { side: as }));
  const other = SIGN_OFF_ROLES.find((r) => r !== as)!;
  if (state.signedOff[other] === command.actor)
    throw new ReviewDomainError('invalid-value', 'The same person cannot sign off for both sides', 'as', said('learning-reviews.both-sides'));
  if (!state.summary)
    throw new ReviewDomainError('invalid-transition', 'Write the summary before signing off', 'summary', said('learning-reviews.summary-first'));
  return [{ type: 'learning-reviews.review-signed-off.v1', data: { reviewId: command.reviewId, by: command.actor, as } }];
}

export function decidePublish(command: { reviewId: string; actor: string }, state: ReviewState): ReviewPublished[] {
  if (state.status === 'published')
    throw new ReviewDomainError('published', 'The review is already published', undefined, said('learning-reviews.already-published'));
  if (state.status !== 'agreed')
    throw new ReviewDomainError(
      'not-agreed',
      'Both management and the employee representatives must sign off before publishing',
      undefined,
      said('learning-reviews.not-agreed'),
    );
  return [{ type: 'learning-reviews.review-published.v1', data: { reviewId: command.reviewId, publishedBy: command.actor } }];
}

export function decideAddendum(command: { reviewId: string; addendumId: string; text: string; actor: string }, state: ReviewState): AddendumAdded[] {
  if (state.status !== 'published')
    throw new ReviewDomainError(
      'invalid-transition',
      'Addenda are for published reviews; edit the draft instead',
      undefined,
      said('learning-reviews.addendum-before-publication'),
    );
  return [
    {
      type: 'learning-reviews.addendum-added.v1',
      data: { reviewId: command.reviewId, addendumId: command.addendumId, text: reviewText(command.text, 'text'), by: command.actor },
    },
  ];
}
