/** Why a record was erased: its retention period under a published rule, or a decision (an erasure request granted). */
export type ErasureBasis =
  { kind: 'retention'; ruleSetVersion: number; recordType: string; period: string; periodStartedAt: string } | { kind: 'decision'; reason: string };

type E<T extends string, D> = { type: `data-protection.${T}.v1`; data: D };

/** A record's data key was destroyed: its personal texts read "erased" from now on. Names the record, never a person. */
export type SubjectErased = E<'subject-erased', { subject: string; recordType: string; basis: ErasureBasis; erasedBy: string; erasedAt: string }>;
/** An open complaint or case stops the record's erasure until the hold is lifted. */
export type LegalHoldPlaced = E<'legal-hold-placed', { subject: string; holdId: string; reason: string; caseReference: string | null; placedBy: string }>;
export type LegalHoldLifted = E<'legal-hold-lifted', { subject: string; holdId: string; reason: string; liftedBy: string }>;
/** Until a decision (an access or erasure request, a complaint), only auditors read the record's personal texts. */
export type SubjectRestricted = E<'subject-restricted', { subject: string; reason: string; restrictedBy: string }>;
export type RestrictionLifted = E<'restriction-lifted', { subject: string; reason: string; liftedBy: string }>;

export type SubjectEvent = SubjectErased | LegalHoldPlaced | LegalHoldLifted | SubjectRestricted | RestrictionLifted;
