/**
 * The words of learning reviews. Depth as PSIRF sets it (a short huddle, an after-action review, a
 * full review, a thematic review); classes as the Norwegian service sorts measures (organisational,
 * static = physical/technical, dynamic = human/relational).
 */
export const REVIEW_KINDS = ['huddle', 'after-action', 'full', 'thematic'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const FACTOR_CLASSES = ['organisational', 'static', 'dynamic'] as const;
export type FactorClass = (typeof FACTOR_CLASSES)[number];

/** What went well is learning too. */
export const FINDING_KINDS = ['went-well', 'went-wrong'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const HORIZONS = ['short', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const ACTION_STATUSES = ['planned', 'under-way', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How a recommendation was answered, the way ombudsmen track them. */
export const RESPONSES = ['implemented', 'partly', 'under-way', 'rejected'] as const;
export type Response = (typeof RESPONSES)[number];

/** Both sides of the partnership sign a review off before it is published. */
export const SIGN_OFF_ROLES = ['management', 'employee-representative'] as const;
export type SignOffRole = (typeof SIGN_OFF_ROLES)[number];

/** How people take part: by role and pseudonymous reference, nothing else. */
export const PARTICIPANT_ROLES = [
  'lead-reviewer',
  'reviewer',
  'management',
  'employee-representative',
  'safety-representative',
  'involved-staff',
  'coordinator',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** A pseudonymous reference (ST-7K3Q9P): never a name. */
export const PSEUDONYMOUS_REF = /^[A-Z]{2,4}-[0-9A-Z]{4,12}$/;
/** The same inside a text: a person named in free text, which a review does not hold. */
export const REF_IN_TEXT = /\b[A-Z]{2,4}-[0-9A-Z]{4,12}\b/;

export const SLUG = /^[a-z0-9][a-z0-9-]{1,59}$/;
export const UNIT = /^(national|(area|institution):[a-z0-9-]{2,60})$/;
export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What a review is about: incidents, a theme over a set of incidents, or a crisis activation or exercise. */
export type ReviewSubject =
  | { readonly type: 'incidents'; readonly incidentIds: readonly string[] }
  | { readonly type: 'theme'; readonly description: string; readonly incidentIds: readonly string[] }
  | { readonly type: 'activation'; readonly activationId: string; readonly exercise: boolean; readonly evaluationReference?: string };

/** An intervention from the catalogue (by id and the catalogue version it was picked from), or a new one proposed. */
export type ActionIntervention =
  | { readonly interventionId: string; readonly catalogueVersion: number }
  | { readonly proposed: { readonly title: string; readonly category: FactorClass; readonly horizon: Horizon; readonly toCatalogue: boolean } };
