import { SubjectEvent } from './subject.events';

/** One record's data-protection state: its open legal holds, whether it is restricted, whether it was erased. */
export interface SubjectState {
  readonly holds: readonly { holdId: string; reason: string }[];
  readonly restricted: boolean;
  readonly erased: boolean;
}

export const initialSubject: SubjectState = { holds: [], restricted: false, erased: false };

export function evolveSubject(state: SubjectState, event: SubjectEvent): SubjectState {
  switch (event.type) {
    case 'data-protection.legal-hold-placed.v1':
      return { ...state, holds: [...state.holds, { holdId: event.data.holdId, reason: event.data.reason }] };
    case 'data-protection.legal-hold-lifted.v1':
      return { ...state, holds: state.holds.filter((h) => h.holdId !== event.data.holdId) };
    case 'data-protection.subject-restricted.v1':
      return { ...state, restricted: true };
    case 'data-protection.restriction-lifted.v1':
      return { ...state, restricted: false };
    case 'data-protection.subject-erased.v1':
      return { ...state, erased: true };
    default:
      return state;
  }
}
