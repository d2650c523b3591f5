import { ReviewEvent } from './review.events';
import { ActionIntervention, ActionStatus, FactorClass, FindingKind, Response, ReviewKind, ReviewSubject, SignOffRole } from './review.vocabulary';

export interface ReviewAction {
  readonly actionId: string;
  readonly recommendation: string;
  readonly intervention: ActionIntervention;
  readonly ownerRole: string;
  readonly unit: string;
  readonly dueOn: string;
  readonly status: ActionStatus;
  readonly response: Response | null;
  readonly overdue: boolean;
  readonly escalated: boolean;
}

export interface ReviewItem {
  readonly id: string;
  readonly type: 'finding' | 'factor';
  readonly kind?: FindingKind;
  readonly class: FactorClass;
  readonly text: string;
  readonly evidence: readonly string[];
  readonly withdrawn: boolean;
}

export interface ReviewState {
  /** none → required (a policy asks for it) → draft → agreed (both signed off) → published. */
  readonly status: 'none' | 'required' | 'draft' | 'agreed' | 'published';
  readonly kind: ReviewKind | null;
  readonly subject: ReviewSubject | null;
  readonly title: string;
  readonly unit: string | null;
  readonly startBy: string | null;
  readonly dueOn: string | null;
  readonly participants: readonly { ref: string; role: string }[];
  readonly moments: readonly { eventId: string; why: string }[];
  readonly items: readonly ReviewItem[];
  readonly summary: string;
  readonly actions: readonly ReviewAction[];
  readonly signedOff: Readonly<Partial<Record<SignOffRole, string>>>;
  readonly deadlines: { readonly startOverdue: boolean; readonly finishOverdue: boolean; readonly startEscalated: boolean; readonly finishEscalated: boolean };
  readonly addenda: number;
}

export const initialReview: ReviewState = {
  status: 'none',
  kind: null,
  subject: null,
  title: '',
  unit: null,
  startBy: null,
  dueOn: null,
  participants: [],
  moments: [],
  items: [],
  summary: '',
  actions: [],
  signedOff: {},
  deadlines: { startOverdue: false, finishOverdue: false, startEscalated: false, finishEscalated: false },
  addenda: 0,
};

const withAction = (state: ReviewState, actionId: string, change: Partial<ReviewAction>): ReviewState => ({
  ...state,
  actions: state.actions.map((a) => (a.actionId === actionId ? { ...a, ...change } : a)),
});

export function evolveReview(state: ReviewState, event: ReviewEvent): ReviewState {
  switch (event.type) {
    case 'learning-reviews.review-required.v1':
      return {
        ...state,
        status: 'required',
        kind: event.data.kind,
        subject: event.data.subject,
        title: event.data.title,
        startBy: event.data.startBy,
        dueOn: event.data.dueOn,
        unit: event.data.unit ?? null,
      };
    case 'learning-reviews.review-started.v1':
      return {
        ...state,
        status: 'draft',
        kind: event.data.kind,
        subject: event.data.subject,
        title: event.data.title,
        dueOn: event.data.dueOn,
        unit: event.data.unit,
      };
    case 'learning-reviews.participant-added.v1':
      return { ...state, participants: [...state.participants, { ref: event.data.ref, role: event.data.role }] };
    case 'learning-reviews.moment-marked.v1':
      return { ...state, moments: [...state.moments.filter((m) => m.eventId !== event.data.eventId), { eventId: event.data.eventId, why: event.data.why }] };
    case 'learning-reviews.moment-unmarked.v1':
      return { ...state, moments: state.moments.filter((m) => m.eventId !== event.data.eventId) };
    case 'learning-reviews.finding-recorded.v1':
      return {
        ...state,
        items: [
          ...state.items,
          {
            id: event.data.findingId,
            type: 'finding',
            kind: event.data.kind,
            class: event.data.class,
            text: event.data.text,
            evidence: event.data.evidence,
            withdrawn: false,
          },
        ],
      };
    case 'learning-reviews.factor-recorded.v1':
      return {
        ...state,
        items: [
          ...state.items,
          { id: event.data.factorId, type: 'factor', class: event.data.class, text: event.data.text, evidence: event.data.evidence, withdrawn: false },
        ],
      };
    case 'learning-reviews.item-withdrawn.v1':
      return { ...state, items: state.items.map((i) => (i.id === event.data.itemId ? { ...i, withdrawn: true } : i)) };
    case 'learning-reviews.summary-drafted.v1':
      return { ...state, summary: event.data.text };
    case 'learning-reviews.action-added.v1': {
      const { reviewId: _r, ...action } = event.data;
      return { ...state, actions: [...state.actions, { ...action, status: 'planned', response: null, overdue: false, escalated: false }] };
    }
    case 'learning-reviews.action-status-changed.v1':
      return withAction(state, event.data.actionId, { status: event.data.status });
    case 'learning-reviews.recommendation-answered.v1':
      return withAction(state, event.data.actionId, { response: event.data.response });
    case 'learning-reviews.action-became-overdue.v1':
      return withAction(state, event.data.actionId, { overdue: true });
    case 'learning-reviews.action-escalated.v1':
      return withAction(state, event.data.actionId, { escalated: true });
    case 'learning-reviews.review-became-overdue.v1':
      return { ...state, deadlines: { ...state.deadlines, [event.data.deadline === 'start' ? 'startOverdue' : 'finishOverdue']: true } };
    case 'learning-reviews.review-escalated.v1':
      return { ...state, deadlines: { ...state.deadlines, [event.data.deadline === 'start' ? 'startEscalated' : 'finishEscalated']: true } };
    case 'learning-reviews.review-signed-off.v1': {
      const signedOff = { ...state.signedOff, [event.data.as]: event.data.by };
      return { ...state, signedOff, status: signedOff.management && signedOff['employee-representative'] ? 'agreed' : state.status };
    }
    case 'learning-reviews.review-published.v1':
      return { ...state, status: 'published' };
    case 'learning-reviews.addendum-added.v1':
      return { ...state, addenda: state.addenda + 1 };
  }
}
