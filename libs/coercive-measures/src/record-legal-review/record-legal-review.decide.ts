import { LegalReviewRecorded } from '../domain/placement.events';
import { checkReview, ReviewCommand } from '../domain/placement.review';
import { PlacementState } from '../domain/placement.state';
import { LEGAL_CONCLUSIONS } from '../domain/placement.vocabulary';

export type RecordLegalReview = ReviewCommand & { actor: string };

export function decide(command: RecordLegalReview, state: PlacementState, now: Date): LegalReviewRecorded[] {
  const data = checkReview(command, state, now, { what: 'legal review', conclusions: LEGAL_CONCLUSIONS, recordedAt: (p) => p.legalReviewedAt });
  return [{ type: 'coercive-measures.legal-review-recorded.v1', data }];
}
