import { givenFor } from '@vigil/event-sourcing';
import { ActionAdded, ReviewEvent, ReviewRequired, ReviewStarted } from './review.events';
import { evolveReview, initialReview } from './review.state';

export { errorOf } from '@vigil/event-sourcing';

/** Fixed "now" for deciders: 20 March 2026, noon UTC. */
export const NOW = new Date('2026-03-20T12:00:00.000Z');
export const REVIEW_ID = '4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const INCIDENT_ID = '5c0b1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4';
export const ACTION_ID = '6d1c2a0f-3e4b-4c6d-9e7f-8a9b0c1d2e3f';
export const ACTOR = 'ST-7K3Q9P';
export const OTHER = 'ST-2M8X4R';

export const given = givenFor({ initial: initialReview, evolve: evolveReview });

export function required(overrides: Partial<ReviewRequired['data']> = {}): ReviewRequired {
  return {
    type: 'learning-reviews.review-required.v1',
    data: {
      reviewId: REVIEW_ID,
      kind: 'full',
      subject: { type: 'incidents', incidentIds: [INCIDENT_ID] },
      title: 'Vold med indlæggelse til følge',
      startBy: '2026-03-25',
      dueOn: '2026-05-15',
      policy: { version: 1, rule: 'hospitalised-full-review' },
      unit: 'institution:nyborg',
      ...overrides,
    },
  };
}

export function started(overrides: Partial<ReviewStarted['data']> = {}): ReviewStarted {
  return {
    type: 'learning-reviews.review-started.v1',
    data: {
      reviewId: REVIEW_ID,
      kind: 'after-action',
      subject: { type: 'incidents', incidentIds: [INCIDENT_ID] },
      title: 'Vold ved visitation',
      dueOn: '2026-04-30',
      unit: 'institution:nyborg',
      startedBy: ACTOR,
      ...overrides,
    },
  };
}

export const drafted = (text = 'Forventet: to betjente. Skete: en.'): ReviewEvent => ({
  type: 'learning-reviews.summary-drafted.v1',
  data: { reviewId: REVIEW_ID, text },
});
export const signed = (as: 'management' | 'employee-representative', by: string): ReviewEvent => ({
  type: 'learning-reviews.review-signed-off.v1',
  data: { reviewId: REVIEW_ID, as, by },
});
export const published: ReviewEvent = { type: 'learning-reviews.review-published.v1', data: { reviewId: REVIEW_ID, publishedBy: ACTOR } };

export function actionAdded(overrides: Partial<ActionAdded['data']> = {}): ActionAdded {
  return {
    type: 'learning-reviews.action-added.v1',
    data: {
      reviewId: REVIEW_ID,
      actionId: ACTION_ID,
      recommendation: 'Visitation altid to og to',
      intervention: { interventionId: 'paired-searches', catalogueVersion: 1 },
      ownerRole: 'institution-manager',
      unit: 'institution:nyborg',
      dueOn: '2026-06-30',
      ...overrides,
    },
  };
}

export const actionStatus = (status: 'under-way' | 'done' | 'dropped', reason?: string): ReviewEvent => ({
  type: 'learning-reviews.action-status-changed.v1',
  data: { reviewId: REVIEW_ID, actionId: ACTION_ID, status, ...(reason ? { reason } : {}), changedBy: ACTOR },
});

/** A draft with its summary written, agreed by both sides, and published. */
export const agreed = () => given(started(), drafted(), signed('management', ACTOR), signed('employee-representative', OTHER));
export const publishedReview = () => given(started(), drafted(), signed('management', ACTOR), signed('employee-representative', OTHER), published);
