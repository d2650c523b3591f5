import { said } from '@vigil/event-sourcing';
import { AssessorCertifications, instrumentKey, isCertified } from '../domain/assessor-certification.state';
import { RiskCaseDomainError } from '../domain/risk-case.errors';
import { Instrument, RatedFactor, RiskAssessmentRecorded } from '../domain/risk-case.events';
import { requireInstant, requireMatch, requireOneOf, requireOpenCase, requireRef } from '../domain/risk-case.rules';
import { RiskCaseState } from '../domain/risk-case.state';
import { FACTOR_RATINGS, INSTRUMENT_CODES, INSTRUMENT_VERSION, SLUG, STANDARD_SCALE } from '../domain/risk-case.vocabulary';

export interface RecordAssessment {
  caseId: string;
  assessmentId: string;
  actor: string;
  instrument: Instrument & { scale?: string[] };
  riskLevel: string;
  factors: RatedFactor[];
  assessedBy: string;
  /** When the assessment was made; defaults to now (it may be recorded later). */
  assessedAt?: string;
  /** The assessor's certifications, read from their stream before deciding. */
  certifications: AssessorCertifications;
}

function requireInstrument(value: RecordAssessment['instrument']): { instrument: Instrument; scale: string[] } {
  const code = requireOneOf(INSTRUMENT_CODES, value?.code, 'instrument.code');
  const version = requireMatch(INSTRUMENT_VERSION, value.version, 'instrument.version', 'a version such as 3 or 2.1');
  if (code !== 'internal') {
    if (value.name !== undefined || value.scale !== undefined)
      throw new RiskCaseDomainError(
        'invalid-value',
        `${code} has a fixed name and scale`,
        value.name !== undefined ? 'instrument.name' : 'instrument.scale',
        said('risk-assessments.fixed-scale', { instrument: code }),
      );
    return { instrument: { code, version }, scale: [...STANDARD_SCALE] };
  }
  const name = requireMatch(SLUG, value.name, 'instrument.name', 'the internal instrument’s name as a slug');
  const scale = value.scale ?? [...STANDARD_SCALE];
  const valid = Array.isArray(scale) && scale.length >= 2 && scale.length <= 7 && scale.every((s) => SLUG.test(s)) && new Set(scale).size === scale.length;
  if (!valid)
    throw new RiskCaseDomainError(
      'invalid-value',
      'instrument.scale must list 2 to 7 distinct slugs, lowest risk first',
      'instrument.scale',
      said('risk-assessments.scale'),
    );
  return { instrument: { code, version, name }, scale };
}

function requireFactors(factors: RatedFactor[]): RatedFactor[] {
  if (!Array.isArray(factors) || factors.length === 0)
    throw new RiskCaseDomainError('invalid-value', 'factors must name at least one rated factor', 'factors', said('validation.list-too-short', { min: 1 }));
  return factors.map((f, i) => ({
    key: requireMatch(SLUG, f?.key, `factors.${i}.key`, 'a factor key slug'),
    rating: requireOneOf(FACTOR_RATINGS, f.rating, `factors.${i}.rating`),
  }));
}

/** Step 1 and step 3: an assessment with a named instrument, by an assessor certified for it when assessing. */
export function decide(command: RecordAssessment, state: RiskCaseState, now: Date): RiskAssessmentRecorded[] {
  const current = requireOpenCase(state, command.caseId);
  const { instrument, scale } = requireInstrument(command.instrument);
  const riskLevel = requireOneOf(scale, command.riskLevel, 'riskLevel');
  const factors = requireFactors(command.factors);
  const assessedBy = requireRef(command.assessedBy, 'assessedBy');
  const assessedAt = requireInstant(command.assessedAt ?? now.toISOString(), now, 'assessedAt');
  const key = instrumentKey(instrument);
  if (!isCertified(command.certifications, key, assessedAt)) {
    throw new RiskCaseDomainError(
      'assessor-not-certified',
      `Assessor ${assessedBy} held no valid certification for ${key} at ${assessedAt}; record the certification first`,
      'assessedBy',
      said('risk-assessments.not-certified', { assessor: assessedBy, instrument: key, at: { at: assessedAt } }),
    );
  }
  if (current.assessments.some((a) => a.assessmentId === command.assessmentId)) {
    throw new RiskCaseDomainError(
      'invalid-value',
      `Assessment ${command.assessmentId} is already recorded`,
      'assessmentId',
      said('risk-assessments.assessment-exists'),
    );
  }
  const kind = current.assessments.length === 0 ? 'initial' : 'reassessment';
  return [
    {
      type: 'risk-assessments.assessment-recorded.v1',
      data: { caseId: command.caseId, assessmentId: command.assessmentId, kind, instrument, scale, riskLevel, factors, assessedBy, assessedAt },
    },
  ];
}
