import { ManagementReviewRecorded } from '../domain/placement.events';
import { checkReview, ReviewCommand } from '../domain/placement.review';
import { PlacementState } from '../domain/placement.state';
import { MANAGEMENT_CONCLUSIONS } from '../domain/placement.vocabulary';

export type RecordManagementReview = ReviewCommand & { actor: string };

export function decide(command: RecordManagementReview, state: PlacementState, now: Date): ManagementReviewRecorded[] {
  const data = checkReview(command, state, now, { what: 'management review', conclusions: MANAGEMENT_CONCLUSIONS, recordedAt: (p) => p.managementReviewedAt });
  return [{ type: 'coercive-measures.management-review-recorded.v1', data }];
}
