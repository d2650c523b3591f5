/** An assessor was certified (or trained and approved) for an instrument, from `certifiedOn`, until `validUntil` if it lapses. */
export interface AssessorCertified {
  type: 'risk-assessments.assessor-certified.v1';
  data: {
    assessorRef: string;
    /** `SARA-SV`, `SAM`, `PATRIARK` or `internal:<name>`. */
    instrument: string;
    certifiedOn: string;
    validUntil?: string;
  };
}

/** The assessor's certification for an instrument ended on `expiredOn`. */
export interface AssessorCertificationExpired {
  type: 'risk-assessments.assessor-certification-expired.v1';
  data: { assessorRef: string; instrument: string; expiredOn: string; reason: 'lapsed' | 'withdrawn' | 'not-renewed' };
}

export type AssessorEvent = AssessorCertified | AssessorCertificationExpired;

export function isAssessorEvent(type: string): type is AssessorEvent['type'] {
  return type === 'risk-assessments.assessor-certified.v1' || type === 'risk-assessments.assessor-certification-expired.v1';
}
