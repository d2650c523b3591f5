import { ACTOR, errorOf, given, INCIDENT_ID, NOW, reported } from '../domain/incident.test-kit';
import { decide, ReportIncident } from './report-incident.decide';

const command = (overrides: Partial<ReportIncident> = {}): ReportIncident => {
  const { reportedBy: _r, ...facts } = reported().data;
  return { ...facts, description: '  Indsat slog ud efter betjent under visitation.  ', occurredAt: '2026-03-14T21:30:00+01:00', actor: ACTOR, ...overrides };
};

describe('report an incident', () => {
  it('records the report with its author, a trimmed description and occurredAt in UTC', () => {
    expect(decide(command(), given(), NOW)).toEqual([reported()]);
  });

  it('accepts late registrations: an incident that occurred a year ago', () => {
    const [event] = decide(command({ occurredAt: '2025-03-01T08:00:00Z' }), given(), NOW);
    expect(event.data.occurredAt).toBe('2025-03-01T08:00:00.000Z');
  });

  it('refuses an incident that is already reported', () => {
    expect(errorOf(() => decide(command(), given(reported()), NOW))).toMatchObject({ code: 'incident-already-reported', field: 'incidentId' });
  });

  it('refuses an occurrence in the future, beyond five minutes of clock skew', () => {
    expect(decide(command({ occurredAt: '2026-03-20T12:04:00Z' }), given(), NOW)).toHaveLength(1);
    expect(errorOf(() => decide(command({ occurredAt: '2026-03-21T00:00:00Z' }), given(), NOW))).toMatchObject({
      code: 'occurred-in-future',
      field: 'occurredAt',
    });
  });

  it.each([
    ['kind', { kind: 'fight' }, 'kind'],
    ['target', { target: 'guard' }, 'target'],
    ['severity', { severity: 'huge' }, 'severity'],
    ['area', { location: { type: 'institution', area: 'jylland', institution: 'nyborg' } }, 'location.area'],
    ['institution', { location: { type: 'institution', area: 'syddanmark' } }, 'location.institution'],
    ['injury', { injuries: { physical: 'bad', psychological: false } }, 'injuries.physical'],
    ['blank description', { description: '   ' }, 'description'],
    ['a surname as reference', { involved: [{ ref: 'Hansen', role: 'target' }] }, 'involved.0.ref'],
    ['an unparseable date', { occurredAt: 'last Tuesday' }, 'occurredAt'],
  ])('refuses an invalid %s, naming the field', (_, overrides, field) => {
    expect(errorOf(() => decide(command(overrides as Partial<ReportIncident>), given(), NOW))).toMatchObject({ code: 'invalid-value', field });
  });

  it('keeps the incident id it was given', () => {
    expect(decide(command(), given(), NOW)[0].data.incidentId).toBe(INCIDENT_ID);
  });
});
