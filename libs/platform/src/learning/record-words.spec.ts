import { RecordedEvent } from '@vigil/event-store';
import { translator } from '@vigil/i18n';
import { activationLine } from './activation-words';
import { incidentLine } from './incident-words';
import { runLines, startedFor } from './run-words';

let n = 0;
const recorded = (type: string, data: object, at = '2026-03-14T21:00:00.000Z'): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  streamId: 'x-1',
  revision: n,
  position: { commit: BigInt(n), prepare: BigInt(n) },
  type,
  data,
  metadata: { actor: 'ST-7K3Q9P', correlationId: 'c', causationId: null, recordedAt: at, schemaVersion: 1 },
  hash: '',
  previousHash: null,
});

describe("other contexts' records in a learning review's words", () => {
  it("puts an incident's events in words from codes, times and reasons, never its description", () => {
    const report = incidentLine(
      recorded('incidents.incident-reported.v1', {
        kind: 'threat',
        target: 'staff-on-duty',
        perpetrator: 'inmate',
        location: { type: 'institution', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
        severity: 'serious',
        injuries: { physical: 'hospitalised', psychological: true },
        occurredAt: '2026-03-14T20:30:00.000Z',
        description: 'Indsat slog betjent ST-7K3Q9P.',
        involved: [{ ref: 'ST-7K3Q9P', role: 'target' }],
      }),
    );
    expect(report).toEqual({
      what: 'Reported: threat against staff on duty by inmate at Nyborg Fængsel, afdeling b (area Syddanmark); serious, injury physical hospitalised, psychological',
      occurredAt: '2026-03-14T20:30:00.000Z',
      detail: 'Involved: ST-7K3Q9P (target).',
    });
    expect(JSON.stringify(report)).not.toContain('slog');
    const reclassified = incidentLine(
      recorded('incidents.incident-reclassified.v1', {
        from: { kind: 'threat', target: 'staff-on-duty' },
        to: { kind: 'harassment', target: 'staff-on-duty' },
        reason: 'Gentagne henvendelser',
      }),
    );
    expect(reclassified).toEqual({ what: 'Reclassified from threat to harassment', detail: 'Reason: Gentagne henvendelser.' });
    const corrected = incidentLine(
      recorded('incidents.incident-corrected.v1', {
        changes: [
          { field: 'severity', from: 'moderate', to: 'serious' },
          { field: 'description', from: 'Gammel tekst', to: 'Ny tekst' },
        ],
        reason: 'Skadens omfang kendt',
      }),
    );
    expect(corrected?.what).toBe('Corrected severity from moderate to serious; the description');
    expect(
      incidentLine(
        recorded('incidents.incident-reclassified.v1', {
          from: { kind: 'threat', target: 'staff-on-duty' },
          to: { kind: 'harassment', target: 'staff-on-duty' },
        }),
        translator('da'),
      )?.what,
    ).toBe('Omklassificeret fra trusler til chikane');
    expect(incidentLine(recorded('incidents.incident-reopened.v1', { reason: 'Ny viden' }), translator('da'))).toEqual({
      what: 'Genåbnet',
      detail: 'Årsag: Ny viden.',
    });
    expect(incidentLine(recorded('incidents.incident-marked-not-reportable.v1', { reason: 'Ikke omfattet' }), translator('nb'))?.what).toBe(
      'Markert som ikke rapporteringspliktig',
    );
    expect(incidentLine(recorded('incidents.something-new.v1', {}))).toBeNull();
  });

  it("names an incident's place by the catalogue: an institution and its area, a Norwegian region by its own name", () => {
    const moved = recorded('incidents.incident-corrected.v1', {
      changes: [
        {
          field: 'location',
          from: { type: 'off-duty', area: 'region-ost' },
          to: { type: 'institution', area: 'region-ost', institution: 'oslo-fengsel', unit: 'avdeling-a' },
        },
      ],
      reason: 'Feil sted',
    });
    expect(incidentLine(moved, translator('nb'))?.what).toBe('Rettet stedet fra på fritiden (Region øst) til Oslo fengsel, avdeling a (Region øst)');
    const danish = recorded('incidents.incident-corrected.v1', {
      changes: [{ field: 'location', from: null, to: { type: 'institution', area: 'midt-nord', institution: 'oestjylland' } }],
      reason: 'Stedet kendt',
    });
    expect(incidentLine(danish, translator('da'))?.what).toBe('Rettet stedet fra et ukendt sted til Østjyllands Fængsel (område Midt- og Nordjylland)');
  });

  it('judges each action-card step done or skipped against its deadline from the run start, in words', () => {
    const start = recorded('action-cards.run-started.v1', {
      runId: 'r',
      templateVersion: 2,
      card: {
        title: 'Vold mod ansat',
        steps: [
          { id: 'call-manager', title: 'Call the duty manager', deadlineMinutes: 30 },
          { id: 'report', title: 'Register the incident', deadlineMinutes: 60 },
        ],
      },
      startedAt: '2026-03-14T21:00:00.000Z',
      trigger: { type: 'incident', incidentId: 'i-1' },
    });
    const late = recorded('action-cards.step-completed.v1', { stepId: 'call-manager', completedAt: '2026-03-14T21:42:00.000Z', note: 'Leder orienteret.' });
    const onTime = recorded('action-cards.step-skipped.v1', {
      stepId: 'report',
      skippedAt: '2026-03-14T21:50:00.000Z',
      justification: 'Registreret af vagthavende',
    });
    const lines = runLines([start, late, onTime]);
    expect(lines.get(start.id)).toEqual({ what: "Action card 'Vold mod ansat' started for the incident (version 2)", occurredAt: '2026-03-14T21:00:00.000Z' });
    expect(lines.get(late.id)).toEqual({
      what: "Step 'Call the duty manager' done 12 minutes late",
      occurredAt: '2026-03-14T21:42:00.000Z',
      verdict: 'late',
      detail: 'Note: Leder orienteret.',
    });
    expect(lines.get(onTime.id)).toMatchObject({ what: "Step 'Register the incident' skipped on time", verdict: 'on-time' });
    // In the reader's language, the delay in days and hours.
    const days = recorded('action-cards.step-completed.v1', { stepId: 'report', completedAt: '2026-03-16T23:30:00.000Z' });
    const da = runLines([start, late, days], translator('da'));
    expect(da.get(start.id)?.what).toBe("Actioncard 'Vold mod ansat' startet for hændelsen (version 2)");
    expect(da.get(late.id)).toMatchObject({ what: "Trin 'Call the duty manager' udført 12 minutter for sent", detail: 'Note: Leder orienteret.' });
    expect(da.get(days.id)?.what).toBe("Trin 'Register the incident' udført 2 dage og 1 time for sent");
    expect(runLines([start, days], translator('nb')).get(days.id)?.what).toBe("Trinn 'Register the incident' utført 2 dager og 1 time for sent");
    expect(runLines([start, days]).get(days.id)?.what).toBe("Step 'Register the incident' done 2 days and 1 hour late");
    expect(startedFor(start.data, new Set(['i-1']), null)).toBe(true);
    expect(startedFor(start.data, new Set(['i-2']), 'i-1')).toBe(false);
  });

  it("puts an activation's decisions with rationale and legal basis, and its evaluation, in words", () => {
    const decision = activationLine(
      recorded('crisis-readiness.decision-logged.v1', {
        decision: 'Afdeling B aflåses.',
        rationale: 'Personalets sikkerhed',
        legalBasis: 'Straffuldbyrdelsesloven § 64',
        alternativesConsidered: ['Dialog med talsperson'],
        decidedBy: 'ST-4H7N2K',
        decidedAt: '2026-03-14T21:09:00.000Z',
        corrects: null,
        correctionReason: null,
      }),
    );
    expect(decision).toEqual({
      what: 'Decision logged: Afdeling B aflåses.',
      occurredAt: '2026-03-14T21:09:00.000Z',
      detail:
        'Rationale: Personalets sikkerhed. Legal basis: Straffuldbyrdelsesloven § 64. Alternatives weighed: Dialog med talsperson. Decided by: ST-4H7N2K.',
    });
    const evaluation = activationLine(
      recorded('crisis-readiness.evaluation-recorded.v1', {
        referenceId: 'ref-1',
        summary: 'Radio svigtede',
        points: [{ kind: 'worked' }, { kind: 'did-not-work' }, { kind: 'did-not-work' }],
        evaluatedAt: '2026-03-16T10:00:00.000Z',
      }),
    );
    expect(evaluation?.what).toBe('Evaluation recorded (reference ref-1): 1 point worked, 2 did not');
    expect(activationLine(recorded('crisis-readiness.evaluation-recorded.v1', { referenceId: 'ref-1', points: [] }), translator('nb'))?.what).toBe(
      'Evaluering registrert (referanse ref-1): 0 punkter virket, 0 gjorde det ikke',
    );
    expect(
      activationLine(
        recorded('crisis-readiness.decision-logged.v1', { decision: 'Afdeling B aflåses.', legalBasis: 'Strfl. § 64', corrects: null }),
        translator('da'),
      ),
    ).toMatchObject({ what: 'Beslutning logført: Afdeling B aflåses.', detail: 'Hjemmel: Strfl. § 64.' });
    expect(
      activationLine(recorded('crisis-readiness.level-changed.v1', { from: 'tactical', to: 'strategic', direction: 'raised', reason: 'Spredning', at: 'x' })),
    ).toMatchObject({ what: 'Level raised from tactical to strategic', detail: 'Reason: Spredning.' });
  });
});
