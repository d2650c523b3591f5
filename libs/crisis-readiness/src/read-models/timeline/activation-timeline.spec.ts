import { hasMessage, LANGUAGES, Language, translator } from '@vigil/i18n';
import { ActivationEvent } from '../../domain/activation.events';
import { CRISIS_LEVELS, CRISIS_ROLES } from '../../domain/crisis.vocabulary';
import { EntryLabels, whatOf } from './activation-timeline';

const D1 = '57c89bf1-0000-4000-8000-000000000001';
const C1 = '57c89bf1-0000-4000-8000-000000000002';
const D2 = '57c89bf1-0000-4000-8000-000000000003';
const event = (type: string, data: object) => ({ type: `crisis-readiness.${type}.v1`, data }) as unknown as ActivationEvent;
const logged = (kind: 'decision' | 'communication', entryId: string, corrects?: string) =>
  event(`${kind}-logged`, { entryId, ...(corrects ? { corrects } : {}) });

/** Each event's line as a reader of `language` reads it. */
const lines = (language: Language, events: ActivationEvent[]) => {
  const t = translator(language);
  const labels = new EntryLabels();
  return events.map((e) => {
    labels.note(e);
    return t.words(whatOf(e, labels));
  });
};

const started = event('activation-started', {
  plan: { planId: 'riot', version: 1, title: 'Uro og mytteri', scenario: 'riot', revisionDueAt: '2027-01-01T00:00:00.000Z' },
  level: 'tactical',
  exercise: false,
});
const lead = event('role-filled', { role: 'crisis-lead', holder: 'ST-2M8X4R' });
const handedOver = event('role-handed-over', { role: 'log-keeper', from: 'ST-9X1L5V', to: 'ST-4H7N2K' });
const raised = event('level-changed', { from: 'tactical', to: 'strategic', direction: 'raised' });
const evaluated = event('evaluation-recorded', { referenceId: D1, points: [{ kind: 'worked' }, { kind: 'did-not-work' }] });
const evaluatedOnce = event('evaluation-recorded', { referenceId: D1, points: [{ kind: 'worked' }] });

describe("the activation timeline's account of log entries", () => {
  it('names decisions D1, D2… and communications C1… in the order logged, as the activation page does, never by id', () => {
    const what = lines('en', [logged('decision', D1), logged('communication', C1), logged('decision', D2, D1)]);
    expect(what).toEqual(['Decision D1 logged', 'Communication C1 logged', 'Decision D2 logged, correcting D1']);
  });

  it('keeps the labels D1 and C1 in Danish and Norwegian', () => {
    expect(lines('da', [logged('decision', D1), logged('communication', C1), logged('decision', D2, D1)])).toEqual([
      'Beslutning D1 logført',
      'Kommunikation C1 logført',
      'Beslutning D2 logført, retter D1',
    ]);
    expect(lines('nb', [logged('decision', D1), logged('decision', D2, D1)])).toEqual(['Beslutning D1 loggført', 'Beslutning D2 loggført, retter D1']);
  });
});

describe("the activation timeline in the reader's words", () => {
  it('says the plan by its title, levels and roles in words, and counts in the right plural (English)', () => {
    expect(
      lines('en', [started, lead, handedOver, raised, evaluated, evaluatedOnce, event('activation-stood-down', {}), event('activation-reopened', {})]),
    ).toEqual([
      'Crisis activation of the plan "Uro og mytteri" (version 1) at tactical level',
      'Role of crisis lead filled by ST-2M8X4R',
      'Role of log keeper handed over from ST-9X1L5V to ST-4H7N2K',
      'Level raised from tactical to strategic',
      'Evaluation recorded with 2 points (1 worked, 1 did not)',
      'Evaluation recorded with 1 point (1 worked, 0 did not)',
      'Stood down',
      'Reopened',
    ]);
  });

  it('says an exercise is one', () => {
    expect(lines('en', [event('activation-started', { ...started.data, exercise: true })])[0]).toMatch(/^Exercise activation of the plan "Uro og mytteri"/);
  });

  it('in Danish names the plan by title, the level and the role in words', () => {
    expect(lines('da', [started, lead, raised, evaluatedOnce])).toEqual([
      'Kriseaktivering af planen »Uro og mytteri« (version 1) på taktisk niveau',
      'Rollen som krisestabsleder besat af ST-2M8X4R',
      'Niveau hævet fra taktisk til strategisk',
      'Evaluering registreret med 1 punkt (1 virkede, 0 virkede ikke)',
    ]);
  });

  it('in Norwegian Bokmål names the plan by title, the level and the role in words', () => {
    expect(lines('nb', [started, lead, handedOver, raised, evaluated])).toEqual([
      'Kriseaktivering av planen «Uro og mytteri» (versjon 1) på taktisk nivå',
      'Rollen som krisestabsleder besatt av ST-2M8X4R',
      'Rollen som loggfører overlevert fra ST-9X1L5V til ST-4H7N2K',
      'Nivå hevet fra taktisk til strategisk',
      'Evaluering registrert med 2 punkter (1 virket, 1 virket ikke)',
    ]);
  });

  it('has words for every role and level in every language, so no line shows a code', () => {
    const terms = [...CRISIS_ROLES.map((r) => `code.crisis-role.${r}`), ...CRISIS_LEVELS.map((l) => `code.crisis-level.${l}`)];
    expect(LANGUAGES.flatMap((language) => terms.filter((key) => !hasMessage(key, language)).map((key) => `${language}: ${key}`))).toEqual([]);
  });

  it('never shows the evaluation reference id, nor any event id', () => {
    expect(lines('en', [evaluated]).join('')).not.toContain(D1);
  });
});
