import { evolveCertifications } from '../domain/assessor-certification.state';
import { ASSESSOR, assessed, CASE_ID, certified, errorOf, given, NOW, opened } from '../domain/risk-case.test-kit';
import { decide, RecordAssessment } from './record-assessment.decide';

const command = (overrides: Partial<RecordAssessment> = {}): RecordAssessment => ({
  caseId: CASE_ID,
  assessmentId: 'b1c2d3e4-0000-4000-8000-000000000001',
  actor: 'ST-7K3Q9P',
  instrument: { code: 'SARA-SV', version: '3' },
  riskLevel: 'high',
  factors: [
    { key: 'sara-sv.v1-intimate-violence', rating: 'present' },
    { key: 'sara-sv.v3-escalation', rating: 'partial' },
  ],
  assessedBy: ASSESSOR,
  assessedAt: '2026-03-01T11:00:00+01:00',
  certifications: certified(),
  ...overrides,
});

describe('record a risk assessment', () => {
  it('records the first assessment as initial, with the instrument, its scale and the assessor', () => {
    expect(decide(command(), given(opened()), NOW)).toEqual([assessed()]);
  });

  it('records a later one as a reassessment and keeps the earlier one', () => {
    const [event] = decide(
      command({ assessmentId: 'b1c2d3e4-0000-4000-8000-000000000002', riskLevel: 'moderate', assessedAt: undefined }),
      given(opened(), assessed()),
      NOW,
    );
    expect(event.data).toMatchObject({ kind: 'reassessment', riskLevel: 'moderate', assessedAt: NOW.toISOString() });
  });

  it('refuses an assessor without a certification for the instrument, naming assessedBy', () => {
    const error = errorOf(() => decide(command({ instrument: { code: 'SAM', version: '1' } }), given(opened()), NOW));
    expect(error).toMatchObject({ code: 'assessor-not-certified', field: 'assessedBy' });
    expect(error.message).toMatch(/no valid certification for SAM/);
  });

  it('refuses an assessment made after the certification lapsed or was withdrawn, or before it began', () => {
    const lapsed = certified({ validUntil: '2026-02-01T00:00:00.000Z' });
    expect(errorOf(() => decide(command({ certifications: lapsed }), given(opened()), NOW))).toMatchObject({ code: 'assessor-not-certified' });
    const withdrawn = evolveCertifications(certified(), {
      type: 'risk-assessments.assessor-certification-expired.v1',
      data: { assessorRef: ASSESSOR, instrument: 'SARA-SV', expiredOn: '2026-02-15T00:00:00.000Z', reason: 'withdrawn' },
    });
    expect(errorOf(() => decide(command({ certifications: withdrawn }), given(opened()), NOW))).toMatchObject({ code: 'assessor-not-certified' });
    expect(decide(command({ certifications: withdrawn, assessedAt: '2026-02-10T09:00:00Z' }), given(opened()), NOW)).toHaveLength(1);
    const later = certified({ certifiedOn: '2026-03-10T00:00:00.000Z' });
    expect(errorOf(() => decide(command({ certifications: later }), given(opened()), NOW))).toMatchObject({ code: 'assessor-not-certified' });
  });

  it('accepts an internal instrument by name with its own scale, checked against a certification for that name', () => {
    const instrument = { code: 'internal' as const, version: '2', name: 'kf-trusselsvurdering', scale: ['lav', 'forhoejet', 'alvorlig', 'akut'] };
    const certs = certified({ instrument: 'internal:kf-trusselsvurdering' });
    const [event] = decide(command({ instrument, riskLevel: 'akut', certifications: certs }), given(opened()), NOW);
    expect(event.data).toMatchObject({
      instrument: { code: 'internal', version: '2', name: 'kf-trusselsvurdering' },
      scale: instrument.scale,
      riskLevel: 'akut',
    });
    expect(errorOf(() => decide(command({ instrument, riskLevel: 'high', certifications: certs }), given(opened()), NOW))).toMatchObject({
      code: 'invalid-value',
      field: 'riskLevel',
    });
  });

  it.each([
    ['instrument', { instrument: { code: 'ODARA', version: '1' } }, 'instrument.code'],
    ['version', { instrument: { code: 'SARA-SV', version: '' } }, 'instrument.version'],
    ['name on a named instrument', { instrument: { code: 'SAM', version: '1', name: 'x' } }, 'instrument.name'],
    ['internal without name', { instrument: { code: 'internal', version: '1' } }, 'instrument.name'],
    ['level', { riskLevel: 'extreme' }, 'riskLevel'],
    ['no factors', { factors: [] }, 'factors'],
    ['factor as free text', { factors: [{ key: 'Hun er gravid', rating: 'present' }] }, 'factors.0.key'],
    ['rating', { factors: [{ key: 'stalking', rating: 'maybe' }] }, 'factors.0.rating'],
    ['assessor by name', { assessedBy: 'Hansen' }, 'assessedBy'],
    ['future date', { assessedAt: '2026-04-01T00:00:00Z' }, 'assessedAt'],
  ])('refuses an invalid %s, naming the field', (_, overrides, field) => {
    expect(errorOf(() => decide(command(overrides as Partial<RecordAssessment>), given(opened()), NOW))).toMatchObject({ code: 'invalid-value', field });
  });

  it('refuses an unknown or closed case', () => {
    expect(errorOf(() => decide(command(), given(), NOW))).toMatchObject({ code: 'case-not-found' });
    const closed = given(opened(), { type: 'risk-assessments.case-closed.v1', data: { caseId: CASE_ID, reason: 'risk-resolved' } });
    expect(errorOf(() => decide(command(), closed, NOW))).toMatchObject({ code: 'case-closed' });
  });
});
