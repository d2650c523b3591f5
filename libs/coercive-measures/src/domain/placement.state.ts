import { PlacementEvent, PlacementStarted } from './placement.events';

type StartFacts = Omit<PlacementStarted['data'], 'alternatives' | 'reason' | 'legalParagraph'>;

interface PlacementFacts extends StartFacts {
  noteCount: number;
  lastObservedAt: string | null;
  doctorCalledAt: string | null;
  doctorArrivedAt: string | null;
}

interface AfterEnd {
  endedAt: string;
  followUpHeldAt: string | null;
  managementReviewedAt: string | null;
  legalReviewedAt: string | null;
}

/** A placement's state, discriminated by status; `none` until it starts. */
export type PlacementState = { status: 'none' } | (PlacementFacts & { status: 'ongoing' }) | (PlacementFacts & AfterEnd & { status: 'ended' });
export type StartedPlacement = Exclude<PlacementState, { status: 'none' }>;
export type EndedPlacement = Extract<PlacementState, { status: 'ended' }>;

export const initial: PlacementState = { status: 'none' };

const later = (a: string | null, b: string): string => (a && a > b ? a : b);

export function evolve(state: PlacementState, event: PlacementEvent): PlacementState {
  if (event.type === 'coercive-measures.placement-started.v1') {
    const { alternatives: _a, reason: _r, legalParagraph: _p, ...facts } = event.data;
    return { status: 'ongoing', ...facts, noteCount: 0, lastObservedAt: null, doctorCalledAt: null, doctorArrivedAt: null };
  }
  if (state.status === 'none') return state; // nothing precedes the start in a valid stream
  switch (event.type) {
    case 'coercive-measures.observation-noted.v1':
      return { ...state, noteCount: state.noteCount + 1, lastObservedAt: later(state.lastObservedAt, event.data.observedAt) };
    case 'coercive-measures.doctor-called.v1':
      return { ...state, doctorCalledAt: event.data.calledAt };
    case 'coercive-measures.doctor-arrived.v1':
      return { ...state, doctorArrivedAt: event.data.arrivedAt };
    case 'coercive-measures.placement-ended.v1':
      return { ...state, status: 'ended', endedAt: event.data.endedAt, followUpHeldAt: null, managementReviewedAt: null, legalReviewedAt: null };
    case 'coercive-measures.follow-up-conversation-held.v1':
      return state.status === 'ended' ? { ...state, followUpHeldAt: event.data.heldAt } : state;
    case 'coercive-measures.management-review-recorded.v1':
      return state.status === 'ended' ? { ...state, managementReviewedAt: event.data.reviewedAt } : state;
    case 'coercive-measures.legal-review-recorded.v1':
      return state.status === 'ended' ? { ...state, legalReviewedAt: event.data.reviewedAt } : state;
  }
}
