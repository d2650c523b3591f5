import { ObservationNoted } from '../domain/placement.events';
import { requireInstant, requireNotBefore, requireOngoing, requireText } from '../domain/placement.rules';
import { PlacementState } from '../domain/placement.state';

export type RecordObservationNote = ObservationNoted['data'] & { actor: string };

/** Notes belong to the placement while it lasts: after the end none are accepted. */
export function decide(command: RecordObservationNote, state: PlacementState, now: Date): ObservationNoted[] {
  const placement = requireOngoing(state, command.placementId, 'add an observation note');
  const observedAt = requireInstant(command.observedAt, now, 'observedAt');
  requireNotBefore(observedAt, placement.startedAt, 'observedAt', 'the start of the placement');
  return [{ type: 'coercive-measures.observation-noted.v1', data: { placementId: command.placementId, observedAt, note: requireText(command.note, 'note') } }];
}
