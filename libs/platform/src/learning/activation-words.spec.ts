import { RecordedEvent } from '@vigil/event-store';
import { Language, translator } from '@vigil/i18n';
import { activationLine } from './activation-words';

let n = 0;
const recorded = (type: string, data: object): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  streamId: 'crisisactivation-1',
  revision: n,
  position: { commit: BigInt(n), prepare: BigInt(n) },
  type,
  data,
  metadata: { actor: 'ST-7K3Q9P', correlationId: 'c', causationId: null, recordedAt: '2026-03-14T21:00:00.000Z', schemaVersion: 1 },
  hash: '',
  previousHash: null,
});

const AT = '2026-03-14T21:05:00.000Z';
const STARTED = recorded('crisis-readiness.activation-started.v1', {
  plan: { title: 'Brand', version: 2 },
  scope: { kind: 'institution', area: 'syddanmark', institution: 'renbaek', unit: null },
  level: 'operational',
  exercise: false,
  activatedAt: AT,
  reason: 'Brand i værkstedet.',
});
const FILLED = recorded('crisis-readiness.role-filled.v1', { role: 'crisis-lead', holder: 'ST-LEAD01', at: AT, note: null });
const RAISED = recorded('crisis-readiness.level-changed.v1', { from: 'tactical', to: 'strategic', direction: 'raised', reason: 'Spredning?', at: AT });
const TOLD = recorded('crisis-readiness.communication-logged.v1', {
  audience: 'other-authorities',
  channel: 'press-release',
  released: true,
  summary: 'Afdeling C evakueret',
  communicatedBy: 'ST-LEAD01',
  communicatedAt: AT,
});

/** What each language says for the activation's start, a role filled, a level raised and a communication. */
const SAID: Record<Language, { started: string; filled: string; raised: string; told: string; reason: string }> = {
  en: {
    started: "Crisis activation of plan 'Brand' (version 2) at operational level at area Syddanmark, Renbæk Fængsel",
    filled: 'Role crisis lead filled by ST-LEAD01',
    raised: 'Level raised from tactical to strategic',
    told: 'Communication to other authorities by press release (released outside): Afdeling C evakueret',
    reason: 'Reason: Brand i værkstedet.',
  },
  da: {
    started: "Kriseaktivering af planen 'Brand' (version 2) på operationelt niveau ved område Syddanmark, Renbæk Fængsel",
    filled: 'Rollen krisestabsleder besat af ST-LEAD01',
    raised: 'Niveau hævet fra taktisk til strategisk',
    told: 'Kommunikation til andre myndigheder via pressemeddelelse (udsendt eksternt): Afdeling C evakueret',
    reason: 'Årsag: Brand i værkstedet.',
  },
  nb: {
    started: "Kriseaktivering av planen 'Brand' (versjon 2) på operativt nivå ved område Syddanmark, Renbæk Fængsel",
    filled: 'Rollen krisestabsleder besatt av ST-LEAD01',
    raised: 'Nivå hevet fra taktisk til strategisk',
    told: 'Kommunikasjon til andre myndigheter via pressemelding (sendt ut eksternt): Afdeling C evakueret',
    reason: 'Årsak: Brand i værkstedet.',
  },
};

/** The codes the crisis log records, which no reader should meet (English's own word for a level is "tactical"). */
const CODES = ['crisis-lead', 'crisis lead', 'tactical', 'strategic', 'operational', 'syddanmark', 'renbaek', 'other-authorities', 'press-release'];
const codesIn = (text: string, language: Language) =>
  CODES.filter((code) => text.includes(code) && !(language === 'en' && ['crisis lead', 'tactical', 'strategic', 'operational'].includes(code)));

describe("a crisis activation's timeline lines, in words in the reader's language", () => {
  it.each(['en', 'da', 'nb'] as const)('in %s names the role, levels, audience, channel and place in words, with no code left', (language) => {
    const t = translator(language);
    const [started, filled, raised, told] = [STARTED, FILLED, RAISED, TOLD].map((event) => activationLine(event, t)!);
    expect(started.what).toBe(SAID[language].started);
    expect(filled.what).toBe(SAID[language].filled);
    expect(raised.what).toBe(SAID[language].raised);
    expect(told.what).toBe(SAID[language].told);
    expect(codesIn([started, filled, raised, told].map((line) => line.what).join('\n'), language)).toEqual([]);
  });

  // In the app a reason is sealed when its line is written; the stop after a sealed text is settled where it is revealed.
  it.each(['en', 'da', 'nb'] as const)('in %s ends a reason that has its own full stop (or question mark) with no second one', (language) => {
    const t = translator(language);
    expect(activationLine(STARTED, t)?.detail).toBe(SAID[language].reason);
    expect(activationLine(RAISED, t)?.detail).toMatch(/: Spredning\?$/);
    const stoodDown = recorded('crisis-readiness.activation-stood-down.v1', { reason: 'Branden slukket', at: AT });
    expect(activationLine(stoodDown, t)?.detail).toMatch(/: Branden slukket\.$/);
  });

  it('names a Norwegian region by its own name, an institution and a unit, and a role handed over', () => {
    const nb = translator('nb');
    const started = recorded('crisis-readiness.activation-started.v1', {
      plan: { title: 'Rømning', version: 1 },
      scope: { kind: 'unit', area: 'region-ost', institution: 'oslo-fengsel', unit: 'avdeling-a' },
      level: 'tactical',
      exercise: true,
    });
    expect(activationLine(started, nb)?.what).toBe(
      "Øvelsesaktivering av planen 'Rømning' (versjon 1) på taktisk nivå ved Region øst, Oslo fengsel, avdeling a",
    );
    const handed = recorded('crisis-readiness.role-handed-over.v1', { role: 'communications', from: 'ST-AAAA01', to: 'ST-BBBB02', at: AT });
    expect(activationLine(handed, translator('da'))?.what).toBe('Rollen kommunikationsansvarlig overdraget fra ST-AAAA01 til ST-BBBB02');
    const told = recorded('crisis-readiness.communication-logged.v1', { audience: 'police', channel: 'radio', released: false, summary: 'Status' });
    expect(activationLine(told)?.what).toBe('Communication to the police by radio: Status');
  });

  it('says a code the catalogue lacks as its words rather than fail', () => {
    const filled = recorded('crisis-readiness.role-filled.v1', { role: 'site-medic', holder: 'ST-LEAD01', at: AT });
    expect(activationLine(filled, translator('da'))?.what).toBe('Rollen site medic besat af ST-LEAD01');
  });
});
