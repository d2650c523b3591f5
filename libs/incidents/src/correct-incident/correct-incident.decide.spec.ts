import { ACTOR, errorOf, given, INCIDENT_ID, NOW, reported } from '../domain/incident.test-kit';
import { decide } from './correct-incident.decide';

const correct = (corrections: Record<string, unknown>, reason = 'Lægen fandt brud') => ({ incidentId: INCIDENT_ID, actor: ACTOR, corrections, reason });

describe('correct an incident', () => {
  it('records each changed field with the value it replaces, and the reason', () => {
    expect(decide(correct({ severity: 'serious', description: ' Betjent ramt på armen. ' }), given(reported()), NOW)).toEqual([
      {
        type: 'incidents.incident-corrected.v1',
        data: {
          incidentId: INCIDENT_ID,
          changes: [
            { field: 'severity', from: 'moderate', to: 'serious' },
            { field: 'description', from: 'Indsat slog ud efter betjent under visitation.', to: 'Betjent ramt på armen.' },
          ],
          reason: 'Lægen fandt brud',
        },
      },
    ]);
  });

  it('leaves out fields that do not change, whatever their key order or time zone', () => {
    const [event] = decide(
      correct({
        severity: 'serious',
        occurredAt: '2026-03-14T21:30:00+01:00',
        location: { unit: 'afdeling-b', institution: 'nyborg', area: 'syddanmark', type: 'institution' },
      }),
      given(reported()),
      NOW,
    );
    expect(event.data.changes.map((c) => c.field)).toEqual(['severity']);
  });

  it('refuses a correction that changes nothing', () => {
    expect(errorOf(() => decide(correct({ severity: 'moderate' }), given(reported()), NOW))).toMatchObject({ code: 'no-change', field: 'corrections' });
  });

  it('requires a reason', () => {
    expect(errorOf(() => decide(correct({ severity: 'serious' }, '  '), given(reported()), NOW))).toMatchObject({ code: 'reason-required', field: 'reason' });
  });

  it('checks corrected values by the same rules as a report', () => {
    expect(errorOf(() => decide(correct({ severity: 'enormous' }), given(reported()), NOW))).toMatchObject({
      code: 'invalid-value',
      field: 'corrections.severity',
    });
    expect(errorOf(() => decide(correct({ occurredAt: '2027-01-01T00:00:00Z' }), given(reported()), NOW))).toMatchObject({
      code: 'occurred-in-future',
      field: 'corrections.occurredAt',
    });
  });

  it('corrects closed incidents too, and refuses unknown ones', () => {
    const closed = { type: 'incidents.incident-closed.v2' as const, data: { incidentId: INCIDENT_ID, outcome: 'Afsluttet', reason: null } };
    expect(decide(correct({ severity: 'minor' }), given(reported(), closed), NOW)).toHaveLength(1);
    expect(errorOf(() => decide(correct({ severity: 'minor' }), given(), NOW))).toMatchObject({ code: 'incident-not-found' });
  });
});
