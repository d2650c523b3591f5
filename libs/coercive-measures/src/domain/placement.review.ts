import { said } from '@vigil/event-sourcing';
import { CoerciveMeasureError } from './placement.errors';
import { optionalText, requireEnded, requireInstant, requireNotBefore, requireNotYet, requireOneOf, requireRef } from './placement.rules';
import { PlacementState } from './placement.state';

export interface ReviewCommand {
  placementId: string;
  reviewedAt: string;
  reviewedBy: string;
  /** Who records the review (the signed-in person). */
  recordedBy?: string;
  conclusion: string;
  remarks?: string;
}

/** Shared rules of the management and legal review: after the end, once, remarks unless plainly approved. */
export function checkReview<C extends string>(
  command: ReviewCommand,
  state: PlacementState,
  now: Date,
  review: { what: string; conclusions: readonly C[]; recordedAt: (p: Extract<PlacementState, { status: 'ended' }>) => string | null },
) {
  const placement = requireEnded(state, command.placementId, `record the ${review.what}`);
  // Nobody reviews a placement they decided on: neither as the named reviewer nor as the one recording the review.
  if ([command.reviewedBy, command.recordedBy].includes(placement.decidedBy))
    throw new CoerciveMeasureError(
      'own-decision',
      `The ${review.what} must be made by someone other than ${placement.decidedBy}, who decided on the placement`,
      'reviewedBy',
      said('coercive-measures.own-decision', { decidedBy: placement.decidedBy }),
    );
  requireNotYet(review.recordedAt(placement), review.what);
  const reviewedAt = requireInstant(command.reviewedAt, now, 'reviewedAt');
  requireNotBefore(reviewedAt, placement.endedAt, 'reviewedAt', 'the end of the placement');
  const conclusion = requireOneOf(review.conclusions, command.conclusion, 'conclusion');
  const remarks = optionalText(command.remarks, 'remarks');
  if (!remarks && conclusion !== review.conclusions[0])
    throw new CoerciveMeasureError(
      'invalid-value',
      `remarks are required when the conclusion is ${conclusion}`,
      'remarks',
      said('coercive-measures.remarks-required'),
    );
  return {
    placementId: command.placementId,
    reviewedAt,
    reviewedBy: requireRef(command.reviewedBy, 'reviewedBy'),
    conclusion,
    ...(remarks ? { remarks } : {}),
  };
}
