import { FollowUpConversationHeld } from '../domain/placement.events';
import { requireBoolean, requireEnded, requireInstant, requireNotBefore, requireNotYet, requireRef, requireText } from '../domain/placement.rules';
import { PlacementState } from '../domain/placement.state';

export type HoldFollowUpConversation = FollowUpConversationHeld['data'] & { actor: string };

/** The follow-up conversation (§ 13) happens after the end; an inmate may decline to take part. */
export function decide(command: HoldFollowUpConversation, state: PlacementState, now: Date): FollowUpConversationHeld[] {
  const placement = requireEnded(state, command.placementId, 'hold the follow-up conversation');
  requireNotYet(placement.followUpHeldAt, 'follow-up conversation');
  const heldAt = requireInstant(command.heldAt, now, 'heldAt');
  requireNotBefore(heldAt, placement.endedAt, 'heldAt', 'the end of the placement');
  return [
    {
      type: 'coercive-measures.follow-up-conversation-held.v1',
      data: {
        placementId: command.placementId,
        heldAt,
        heldBy: requireRef(command.heldBy, 'heldBy'),
        inmateParticipated: requireBoolean(command.inmateParticipated, 'inmateParticipated'),
        summary: requireText(command.summary, 'summary'),
      },
    },
  ];
}
