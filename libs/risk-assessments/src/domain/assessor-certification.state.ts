import { AssessorEvent } from './assessor-certification.events';
import { Instrument } from './risk-case.events';

/** One period in which an assessor held a certification: [certifiedOn, min(validUntil, expiredOn)). */
export interface CertificationPeriod {
  instrument: string;
  certifiedOn: string;
  validUntil: string | null;
  expiredOn: string | null;
}

/** An assessor's certifications, every period kept (renewals add a period). */
export interface AssessorCertifications {
  assessorRef: string | null;
  periods: CertificationPeriod[];
}

export const noCertifications: AssessorCertifications = { assessorRef: null, periods: [] };

/** `SARA-SV`, `SAM`, `PATRIARK`, or `internal:<name>` for an organisation's own instrument. */
export function instrumentKey(instrument: Pick<Instrument, 'code' | 'name'>): string {
  return instrument.code === 'internal' ? `internal:${instrument.name ?? ''}` : instrument.code;
}

export function evolveCertifications(state: AssessorCertifications, event: AssessorEvent): AssessorCertifications {
  switch (event.type) {
    case 'risk-assessments.assessor-certified.v1': {
      const { assessorRef, instrument, certifiedOn, validUntil } = event.data;
      return { assessorRef, periods: [...state.periods, { instrument, certifiedOn, validUntil: validUntil ?? null, expiredOn: null }] };
    }
    case 'risk-assessments.assessor-certification-expired.v1': {
      const { instrument, expiredOn } = event.data;
      return { ...state, periods: state.periods.map((p) => (p.instrument === instrument && p.expiredOn === null ? { ...p, expiredOn } : p)) };
    }
  }
}

function endOf(period: CertificationPeriod): string | null {
  if (period.validUntil && period.expiredOn) return period.validUntil < period.expiredOn ? period.validUntil : period.expiredOn;
  return period.validUntil ?? period.expiredOn;
}

/** True when some period covers the instant (ISO strings in UTC compare as times). */
export function isCertified(state: AssessorCertifications, instrument: string, at: string): boolean {
  return state.periods.some((p) => p.instrument === instrument && p.certifiedOn <= at && (endOf(p) === null || at < endOf(p)!));
}

/** The instruments the assessor holds a valid certification for at the instant. */
export function certifiedInstruments(state: AssessorCertifications, at: string): string[] {
  return [...new Set(state.periods.filter((p) => isCertified({ ...state, periods: [p] }, p.instrument, at)).map((p) => p.instrument))];
}
