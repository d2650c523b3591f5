import { said } from '@vigil/event-sourcing';
import { unitProblem, unitWords } from '@vigil/organisation';
import {
  ActionAdded,
  ActionBecameOverdue,
  ActionEscalated,
  ActionStatusChanged,
  RecommendationAnswered,
  ReviewBecameOverdue,
  ReviewEscalated,
} from './review.events';
import { ReviewDomainError } from './review.errors';
import { day, fail, oneOf, requireStarted, reviewText } from './review.rules';
import { ReviewState } from './review.state';
import { ACTION_STATUSES, ActionIntervention, ActionStatus, FACTOR_CLASSES, HORIZONS, RESPONSES, SLUG, UNIT } from './review.vocabulary';

export interface AddAction {
  reviewId: string;
  actionId: string;
  recommendation: string;
  intervention: ActionIntervention;
  ownerRole: string;
  unit: string;
  dueOn: string;
  /** The catalogue's interventions by id: one picked must be in it. */
  catalogue: ReadonlyMap<string, number>;
}

/** A follow-up action: an intervention from the catalogue or a new one, with an owner, a unit and a due day. */
export function decideAddAction(command: AddAction, state: ReviewState): ActionAdded[] {
  requireStarted(state);
  if (state.actions.some((a) => a.actionId === command.actionId)) return [];
  const intervention = validIntervention(command.intervention, command.catalogue);
  if (!SLUG.test(command.ownerRole ?? '')) fail('ownerRole', 'ownerRole must be a role such as institution-manager', said('learning-reviews.owner-role'));
  if (!UNIT.test(command.unit ?? '')) fail('unit', 'unit must be national, area:<area> or institution:<institution>', said('organisation.unit-form'));
  const unitWrong = unitProblem(command.unit);
  if (unitWrong) fail('unit', unitWrong, unitWords(command.unit) ?? undefined);
  const data = {
    reviewId: command.reviewId,
    actionId: command.actionId,
    recommendation: reviewText(command.recommendation, 'recommendation', 3, 1000),
    intervention,
    ownerRole: command.ownerRole,
    unit: command.unit,
    dueOn: day(command.dueOn, 'dueOn'),
  };
  return [{ type: 'learning-reviews.action-added.v1', data }];
}

function validIntervention(value: ActionIntervention | undefined, catalogue: ReadonlyMap<string, number>): ActionIntervention {
  if (!value || typeof value !== 'object')
    return fail('intervention', 'intervention must pick one from the catalogue or propose a new one', said('learning-reviews.intervention-form'));
  if ('interventionId' in value) {
    const version = catalogue.get(value.interventionId);
    if (version === undefined)
      throw new ReviewDomainError(
        'not-found',
        `The catalogue has no intervention ${value.interventionId}`,
        'intervention.interventionId',
        said('learning-reviews.no-such-intervention'),
      );
    return { interventionId: value.interventionId, catalogueVersion: version };
  }
  const p = value.proposed;
  if (!p) return fail('intervention', 'intervention must pick one from the catalogue or propose a new one', said('learning-reviews.intervention-form'));
  return {
    proposed: {
      title: reviewText(p.title, 'intervention.proposed.title', 3, 200),
      category: oneOf(FACTOR_CLASSES, p.category, 'intervention.proposed.category'),
      horizon: oneOf(HORIZONS, p.horizon, 'intervention.proposed.horizon'),
      toCatalogue: p.toCatalogue === true,
    },
  };
}

const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  planned: ['under-way', 'done', 'dropped'],
  'under-way': ['done', 'dropped'],
  done: [],
  dropped: [],
};

/** planned → under way → done, or dropped (with a reason) at any point before done. */
export function decideActionStatus(
  command: { reviewId: string; actionId: string; status: string; reason?: string; actor: string },
  state: ReviewState,
): ActionStatusChanged[] {
  requireStarted(state);
  const action = state.actions.find((a) => a.actionId === command.actionId);
  if (!action) throw new ReviewDomainError('not-found', 'No such follow-up action on this review', 'actionId', said('learning-reviews.action-not-found'));
  const status = oneOf(ACTION_STATUSES, command.status, 'status');
  if (!NEXT[action.status].includes(status))
    throw new ReviewDomainError(
      'invalid-transition',
      `An action ${action.status.replace('-', ' ')} cannot become ${status.replace('-', ' ')}`,
      'status',
      said('learning-reviews.action-status', { from: action.status.replace('-', '_'), to: status.replace('-', '_') }),
    );
  const reason =
    status === 'dropped' ? { reason: reviewText(command.reason, 'reason') } : command.reason ? { reason: reviewText(command.reason, 'reason') } : {};
  return [
    {
      type: 'learning-reviews.action-status-changed.v1',
      data: { reviewId: command.reviewId, actionId: action.actionId, status, ...reason, changedBy: command.actor },
    },
  ];
}

/** The unit's answer to a recommendation; a rejection says why. */
export function decideAnswer(
  command: { reviewId: string; actionId: string; response: string; reason?: string; actor: string },
  state: ReviewState,
): RecommendationAnswered[] {
  requireStarted(state);
  const action = state.actions.find((a) => a.actionId === command.actionId);
  if (!action) throw new ReviewDomainError('not-found', 'No such recommendation on this review', 'actionId', said('learning-reviews.recommendation-not-found'));
  const response = oneOf(RESPONSES, command.response, 'response');
  const reason = response === 'rejected' || command.reason ? { reason: reviewText(command.reason, 'reason') } : {};
  if (action.response === response)
    throw new ReviewDomainError(
      'no-change',
      `The recommendation is already answered ${response}`,
      'response',
      said('learning-reviews.already-answered', { response: response.replace('-', '_') }),
    );
  return [
    {
      type: 'learning-reviews.recommendation-answered.v1',
      data: { reviewId: command.reviewId, actionId: action.actionId, response, ...reason, answeredBy: command.actor },
    },
  ];
}

/** Who a missed deadline goes to. */
export const ESCALATION_ROLE = 'institution-manager';

type DeadlineEvent = ActionBecameOverdue | ActionEscalated | ReviewBecameOverdue | ReviewEscalated;

/** The end of a due day (midnight after it, UTC+1: the services' day ends then in winter; a day's grace either way is no matter). */
export const endOfDueDay = (due: string) => new Date(new Date(`${due}T00:00:00+01:00`).getTime() + 86_400_000);

/**
 * What the deadline workflow records now: an open action or review past its due day is overdue;
 * `graceHours` later, still open, it is escalated. Each once; dated by the deadline, not by when noticed.
 */
export function decideDeadlines(reviewId: string, state: ReviewState, now: Date, graceHours: number): DeadlineEvent[] {
  const events: DeadlineEvent[] = [];
  const grace = graceHours * 3_600_000;
  const past = (due: string, extra = 0) => now.getTime() >= endOfDueDay(due).getTime() + extra;
  if (state.status === 'required' && state.startBy) {
    if (!state.deadlines.startOverdue && past(state.startBy))
      events.push({ type: 'learning-reviews.review-became-overdue.v1', data: { reviewId, deadline: 'start', due: state.startBy } });
    if (!state.deadlines.startEscalated && past(state.startBy, grace))
      events.push({ type: 'learning-reviews.review-escalated.v1', data: { reviewId, deadline: 'start', due: state.startBy, to: ESCALATION_ROLE } });
  }
  if ((state.status === 'required' || state.status === 'draft' || state.status === 'agreed') && state.dueOn) {
    if (!state.deadlines.finishOverdue && past(state.dueOn))
      events.push({ type: 'learning-reviews.review-became-overdue.v1', data: { reviewId, deadline: 'finish', due: state.dueOn } });
    if (!state.deadlines.finishEscalated && past(state.dueOn, grace))
      events.push({ type: 'learning-reviews.review-escalated.v1', data: { reviewId, deadline: 'finish', due: state.dueOn, to: ESCALATION_ROLE } });
  }
  for (const action of state.actions) {
    if (action.status === 'done' || action.status === 'dropped') continue;
    if (!action.overdue && past(action.dueOn))
      events.push({ type: 'learning-reviews.action-became-overdue.v1', data: { reviewId, actionId: action.actionId, dueOn: action.dueOn } });
    if (!action.escalated && past(action.dueOn, grace))
      events.push({
        type: 'learning-reviews.action-escalated.v1',
        data: { reviewId, actionId: action.actionId, dueOn: action.dueOn, to: action.ownerRole === ESCALATION_ROLE ? 'area-manager' : ESCALATION_ROLE },
      });
  }
  return events;
}
