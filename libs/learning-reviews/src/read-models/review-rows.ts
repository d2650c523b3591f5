import { endOfDueDay } from '../domain/action.decide';
import { ReviewState } from '../domain/review.state';

const OPEN_ACTION = new Set(['planned', 'under-way']);
const UNFINISHED = new Set(['required', 'draft', 'agreed']);

/** Overdue now: still to be started past its start day, or still unpublished past its due day (as the workflow recorded it). */
export function reviewOverdue(state: ReviewState): boolean {
  return (state.status === 'required' && state.deadlines.startOverdue) || (UNFINISHED.has(state.status) && state.deadlines.finishOverdue);
}

/** The counts the list shows beside a review. */
export function reviewCounts(state: ReviewState) {
  const live = state.items.filter((item) => !item.withdrawn);
  const open = state.actions.filter((action) => OPEN_ACTION.has(action.status));
  return {
    findings: live.filter((item) => item.type === 'finding').length,
    factors: live.filter((item) => item.type === 'factor').length,
    actionsOpen: open.length,
    actionsOverdue: open.filter((action) => action.overdue).length,
  };
}

/**
 * The deadline index of one review: the earliest deadline still open and not yet recorded overdue, and the earliest
 * recorded overdue but not yet escalated (the worker adds its grace to that one). Both null: nothing left to watch.
 */
export function deadlineIndexOf(state: ReviewState): { nextDueAt: string | null; nextEscalationAt: string | null } {
  const watched: { due: string; overdue: boolean; escalated: boolean }[] = [];
  const { deadlines } = state;
  if (state.status === 'required' && state.startBy) watched.push({ due: state.startBy, overdue: deadlines.startOverdue, escalated: deadlines.startEscalated });
  if (UNFINISHED.has(state.status) && state.dueOn) watched.push({ due: state.dueOn, overdue: deadlines.finishOverdue, escalated: deadlines.finishEscalated });
  for (const action of state.actions)
    if (OPEN_ACTION.has(action.status)) watched.push({ due: action.dueOn, overdue: action.overdue, escalated: action.escalated });
  const earliest = (list: typeof watched) =>
    list.length ? new Date(Math.min(...list.map((deadline) => endOfDueDay(deadline.due).getTime()))).toISOString() : null;
  return {
    nextDueAt: earliest(watched.filter((deadline) => !deadline.overdue)),
    nextEscalationAt: earliest(watched.filter((deadline) => deadline.overdue && !deadline.escalated)),
  };
}
