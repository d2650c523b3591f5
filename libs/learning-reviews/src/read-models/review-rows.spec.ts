import { decideDeadlines } from '../domain/action.decide';
import { actionAdded, actionStatus, given, published, REVIEW_ID, required, started } from '../domain/review.test-kit';
import { dayOf, daysAfter } from '../policy-reaction/review-policy.reaction';
import { areaOfUnit } from './review-reader-scope';
import { deadlineIndexOf, reviewOverdue } from './review-rows';

describe('the deadline index', () => {
  it('watches the earliest deadline not yet overdue: a required review’s start day, then the due days', () => {
    expect(deadlineIndexOf(given(required()))).toEqual({ nextDueAt: '2026-03-25T23:00:00.000Z', nextEscalationAt: null });
    expect(deadlineIndexOf(given(started(), actionAdded()))).toEqual({ nextDueAt: '2026-04-30T23:00:00.000Z', nextEscalationAt: null });
  });

  it('moves a deadline recorded overdue to the escalation column, and forgets it once escalated', () => {
    const overdue = given(started(), ...decideDeadlines(REVIEW_ID, given(started()), new Date('2026-05-01T00:00:00Z'), 48));
    expect(deadlineIndexOf(overdue)).toEqual({ nextDueAt: null, nextEscalationAt: '2026-04-30T23:00:00.000Z' });
    expect(reviewOverdue(overdue)).toBe(true);
    const escalated = given(started(), ...decideDeadlines(REVIEW_ID, given(started()), new Date('2026-06-01T00:00:00Z'), 48));
    expect(deadlineIndexOf(escalated)).toEqual({ nextDueAt: null, nextEscalationAt: null });
  });

  it('watches only open actions once the review is published', () => {
    expect(deadlineIndexOf(given(started(), actionAdded(), published))).toEqual({ nextDueAt: '2026-06-30T23:00:00.000Z', nextEscalationAt: null });
    expect(deadlineIndexOf(given(started(), actionAdded(), published, actionStatus('done')))).toEqual({ nextDueAt: null, nextEscalationAt: null });
  });
});

describe('days and areas', () => {
  it('counts days from the day an incident was reported in Copenhagen', () => {
    expect(dayOf('2026-05-04T22:30:00.000Z')).toBe('2026-05-05');
    expect(daysAfter('2026-05-05', 28)).toBe('2026-06-02');
  });

  it('places a unit in its area', () => {
    expect(areaOfUnit('institution:nyborg')).toBe('syddanmark');
    expect(areaOfUnit('area:midt-nord')).toBe('midt-nord');
    expect(areaOfUnit('national')).toBeNull();
  });
});
