import {
  AlternativeMeasure,
  AlternativeOutcome,
  DoctorAssessment,
  DoctorCallReason,
  EndReason,
  LegalBasis,
  LegalConclusion,
  ManagementConclusion,
  Measure,
  ReasonCategory,
} from './placement.vocabulary';

/** A less intrusive measure tried or considered before the placement (proportionality). */
export interface AlternativeConsidered {
  measure: AlternativeMeasure;
  outcome: AlternativeOutcome;
  note: string;
}

/** A placement began: the first event of every placement stream. */
export interface PlacementStarted {
  type: 'coercive-measures.placement-started.v1';
  data: {
    placementId: string;
    measure: Measure;
    /** Restrained with belt, hand and foot straps (tvangsfiksering): fixed watch and a doctor at once. */
    restrained: boolean;
    /** The inmate's pseudonymous reference; never a name. */
    inmateRef: string;
    institution: string;
    /** When the inmate was placed (ISO 8601); may be recorded later. */
    startedAt: string;
    legalBasis: LegalBasis;
    /** The paragraph the basis rests on, stored with the event so the record reads on its own. */
    legalParagraph: string;
    reason: { category: ReasonCategory; text: string };
    alternatives: AlternativeConsidered[];
    /** Who decided on the spot, and who authorised it (pseudonymous staff references). */
    decidedBy: string;
    authorisedBy: string;
  };
}

/** A continuous note ("løbende notat") on an observation during the placement. */
export interface ObservationNoted {
  type: 'coercive-measures.observation-noted.v1';
  data: { placementId: string; observedAt: string; note: string };
}

/** A doctor was called. */
export interface DoctorCalled {
  type: 'coercive-measures.doctor-called.v1';
  data: { placementId: string; calledAt: string; reason: DoctorCallReason };
}

/** The doctor arrived and examined the inmate (or judged it clearly unnecessary). */
export interface DoctorArrived {
  type: 'coercive-measures.doctor-arrived.v1';
  data: { placementId: string; arrivedAt: string; assessment: DoctorAssessment; note?: string };
}

/** The placement ended, with why. */
export interface PlacementEnded {
  type: 'coercive-measures.placement-ended.v1';
  data: { placementId: string; endedAt: string; reason: { category: EndReason; text: string } };
}

/** The follow-up conversation with the inmate after the end (§ 13 of the executive order on security measures). */
export interface FollowUpConversationHeld {
  type: 'coercive-measures.follow-up-conversation-held.v1';
  data: { placementId: string; heldAt: string; heldBy: string; inmateParticipated: boolean; summary: string };
}

/** The institution's management reviewed the case. */
export interface ManagementReviewRecorded {
  type: 'coercive-measures.management-review-recorded.v1';
  data: { placementId: string; reviewedAt: string; reviewedBy: string; conclusion: ManagementConclusion; remarks?: string };
}

/** The area's lawyers reviewed the case. */
export interface LegalReviewRecorded {
  type: 'coercive-measures.legal-review-recorded.v1';
  data: { placementId: string; reviewedAt: string; reviewedBy: string; conclusion: LegalConclusion; remarks?: string };
}

export type PlacementEvent =
  | PlacementStarted
  | ObservationNoted
  | DoctorCalled
  | DoctorArrived
  | PlacementEnded
  | FollowUpConversationHeld
  | ManagementReviewRecorded
  | LegalReviewRecorded;

export const PLACEMENT_EVENT_TYPES: readonly PlacementEvent['type'][] = [
  'coercive-measures.placement-started.v1',
  'coercive-measures.observation-noted.v1',
  'coercive-measures.doctor-called.v1',
  'coercive-measures.doctor-arrived.v1',
  'coercive-measures.placement-ended.v1',
  'coercive-measures.follow-up-conversation-held.v1',
  'coercive-measures.management-review-recorded.v1',
  'coercive-measures.legal-review-recorded.v1',
];

export function isPlacementEvent(type: string): type is PlacementEvent['type'] {
  return (PLACEMENT_EVENT_TYPES as readonly string[]).includes(type);
}
