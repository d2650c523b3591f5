import { translator } from '@vigil/i18n';
import { ruleWords } from '../domain/rule.words';
import { BASELINE_RULE_SET } from '../domain/rule-set.baseline';
import { NORWEGIAN_BASELINE_RULE_SET } from '../domain/rule-set.baseline.no';

const wordsOf = (language: 'da' | 'nb' | 'en', rules = BASELINE_RULE_SET.rules) => rules.map((rule) => translator(language).words(ruleWords(rule)));

describe("a rule's words in the reader's language, durations in days and hours", () => {
  it('reads in English', () => {
    expect(wordsOf('en')).toEqual([
      'At most 15 minutes between notes while the placement lasts',
      'Doctor called within 1 hour of the start, when the inmate is restrained',
      'Follow-up conversation within 3 days after the end',
      'Management review within 7 days after the end',
      'Legal review within 30 days after the end',
    ]);
  });

  it('reads in Danish', () => {
    expect(wordsOf('da')).toEqual([
      'Højst 15 minutter mellem notaterne, så længe anbringelsen varer',
      'Læge tilkaldt senest 1 time efter anbringelsens start, når den indsatte er fikseret',
      'Opfølgende samtale senest 3 dage efter anbringelsens afslutning',
      'Ledelsens gennemgang senest 7 dage efter anbringelsens afslutning',
      'Juridisk gennemgang senest 30 dage efter anbringelsens afslutning',
    ]);
  });

  it("reads the Norwegian rule set's rules in Norwegian Bokmål", () => {
    expect(wordsOf('nb', NORWEGIAN_BASELINE_RULE_SET.rules)).toEqual([
      'Høyst 15 minutter mellom notatene så lenge plasseringen varer',
      'Lege tilkalt senest 1 time etter at plasseringen startet, når den innsatte er reimet',
      'Oppfølgingssamtale senest 3 dager etter at plasseringen ble avsluttet',
      'Ledelsens gjennomgang senest 7 dager etter at plasseringen ble avsluttet',
      'Juridisk gjennomgang senest 30 dager etter at plasseringen ble avsluttet',
    ]);
  });
});
