import { PlacementEnded } from '../domain/placement.events';
import { requireInstant, requireNotBefore, requireOneOf, requireOngoing, requireText } from '../domain/placement.rules';
import { PlacementState } from '../domain/placement.state';
import { END_REASONS } from '../domain/placement.vocabulary';

export type EndPlacement = PlacementEnded['data'] & { actor: string };

/** The end comes after the start and after every note already written. */
export function decide(command: EndPlacement, state: PlacementState, now: Date): PlacementEnded[] {
  const placement = requireOngoing(state, command.placementId, 'end the placement');
  const endedAt = requireInstant(command.endedAt, now, 'endedAt');
  requireNotBefore(endedAt, placement.startedAt, 'endedAt', 'the start of the placement', true);
  if (placement.lastObservedAt) requireNotBefore(endedAt, placement.lastObservedAt, 'endedAt', 'the last observation note');
  const category = requireOneOf(END_REASONS, command.reason?.category, 'reason.category');
  return [
    {
      type: 'coercive-measures.placement-ended.v1',
      data: { placementId: command.placementId, endedAt, reason: { category, text: requireText(command.reason?.text, 'reason.text', 2000) } },
    },
  ];
}
