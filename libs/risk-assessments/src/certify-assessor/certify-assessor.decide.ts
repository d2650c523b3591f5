import { said } from '@vigil/event-sourcing';
import { AssessorCertificationExpired, AssessorCertified } from '../domain/assessor-certification.events';
import { AssessorCertifications, isCertified } from '../domain/assessor-certification.state';
import { RiskCaseDomainError } from '../domain/risk-case.errors';
import { requireInstant, requireMatch, requireOneOf, requireRef } from '../domain/risk-case.rules';
import { CERTIFICATION_END_REASONS, SLUG } from '../domain/risk-case.vocabulary';

const INSTRUMENT_KEY = new RegExp(`^(SARA-SV|SAM|PATRIARK|internal:${SLUG.source.slice(1, -1)})$`);

export interface CertifyAssessor {
  assessorRef: string;
  /** Who records the certification: never the assessor themselves. */
  certifiedBy?: string;
  instrument: string;
  certifiedOn?: string;
  validUntil?: string;
}

export interface EndCertification {
  assessorRef: string;
  instrument: string;
  expiredOn?: string;
  reason: string;
}

/** Records a certification (or a renewal); `validUntil` lies after `certifiedOn` when given. */
export function decideCertification(command: CertifyAssessor, _state: AssessorCertifications, now: Date): AssessorCertified[] {
  const assessorRef = requireRef(command.assessorRef, 'assessorRef');
  if (command.certifiedBy === assessorRef)
    throw new RiskCaseDomainError(
      'self-certification',
      'Nobody certifies themselves: another person must record your certification',
      'assessorRef',
      said('risk-assessments.self-certification'),
    );
  const instrument = requireMatch(
    INSTRUMENT_KEY,
    command.instrument,
    'instrument',
    'SARA-SV, SAM, PATRIARK or internal:<name>',
    said('risk-assessments.instrument'),
  );
  const certifiedOn = requireInstant(command.certifiedOn ?? now.toISOString(), now, 'certifiedOn');
  let validUntil: string | undefined;
  if (command.validUntil !== undefined) {
    const until = new Date(command.validUntil);
    if (Number.isNaN(until.getTime()) || until.toISOString() <= certifiedOn)
      throw new RiskCaseDomainError('invalid-value', 'validUntil must be a date after certifiedOn', 'validUntil', said('risk-assessments.valid-until'));
    validUntil = until.toISOString();
  }
  return [{ type: 'risk-assessments.assessor-certified.v1', data: { assessorRef, instrument, certifiedOn, ...(validUntil ? { validUntil } : {}) } }];
}

/** Ends a certification the assessor holds; refused when there is none to end. */
export function decideExpiry(command: EndCertification, state: AssessorCertifications, now: Date): AssessorCertificationExpired[] {
  const assessorRef = requireRef(command.assessorRef, 'assessorRef');
  const expiredOn = requireInstant(command.expiredOn ?? now.toISOString(), now, 'expiredOn');
  const reason = requireOneOf(CERTIFICATION_END_REASONS, command.reason, 'reason');
  if (!isCertified(state, command.instrument, expiredOn)) {
    throw new RiskCaseDomainError(
      'certification-not-found',
      `Assessor ${assessorRef} holds no certification for ${command.instrument} on ${expiredOn}`,
      'instrument',
      said('risk-assessments.no-certification', { assessor: assessorRef, instrument: String(command.instrument), at: { at: expiredOn } }),
    );
  }
  return [{ type: 'risk-assessments.assessor-certification-expired.v1', data: { assessorRef, instrument: command.instrument, expiredOn, reason } }];
}
