import { fieldLabel } from './catalogues/fields';
import { negotiateLanguage } from './languages';
import { formatDuration, translate } from './translate';

describe('language from Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['da', 'da'],
    ['da-DK,da;q=0.9,en;q=0.8', 'da'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO,en;q=0.5', 'nb'],
    ['en-GB', 'en'],
    ['de-DE,fr;q=0.9', 'en'],
    ['de, da;q=0.4, nb;q=0.7', 'nb'],
    ['da;q=0, en', 'en'],
    ['*', 'en'],
    [['sv', 'da'], 'da'],
    ['constructor, __proto__;q=0.9, toString', 'en'],
    ['da;q=abc', 'da'], // an unreadable weight counts as the default, 1
  ])('%j reads as %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});

describe('durations in hours and days', () => {
  it.each([
    [2880, '2 days', '2 dage', '2 dager'],
    [21600, '15 days', '15 dage', '15 dager'],
    [1440, '1 day', '1 dag', '1 dag'],
    [1500, '1 day and 1 hour', '1 dag og 1 time', '1 dag og 1 time'],
    [180, '3 hours', '3 timer', '3 timer'],
    [90, '1 hour and 30 minutes', '1 time og 30 minutter', '1 time og 30 minutter'],
    [1, '1 minute', '1 minut', '1 minutt'],
    [0, '0 minutes', '0 minutter', '0 minutter'],
  ])('%d minutes: %s / %s / %s', (minutes, en, da, nb) => {
    expect(formatDuration(minutes, 'en')).toBe(en);
    expect(formatDuration(minutes, 'da')).toBe(da);
    expect(formatDuration(minutes, 'nb')).toBe(nb);
  });
});

describe('messages', () => {
  it('joins a list as the language does and counts it for plurals', () => {
    const values = { step: 'Underret område og direktorat', prerequisites: ['"Aktivér krisestaben"'] };
    expect(translate('da', 'action-cards.prerequisites-open', values)).toBe(
      '"Underret område og direktorat" kan først afkrydses, når "Aktivér krisestaben" er afkrydset.',
    );
    expect(translate('en', 'action-cards.prerequisites-open', { ...values, prerequisites: ['"A"', '"B"'] })).toBe(
      '"Underret område og direktorat" can only be ticked off once "A" and "B" are ticked off.',
    );
  });

  it('falls back to English for a key a language lacks, and to the key itself when none has it', () => {
    expect(translate('da', 'no.such.key')).toBe('no.such.key');
  });

  it('names fields in words, counting list positions from one', () => {
    expect(fieldLabel('legalBasis', 'en')).toBe('Legal basis');
    expect(fieldLabel('legalBasis', 'da')).toBe('Hjemmel');
    expect(fieldLabel('steps.2', 'nb')).toBe('Trinn 3');
    expect(fieldLabel('steps.2.title', 'da')).toBe('Titel');
    expect(fieldLabel('somethingNew', 'da')).toBe('Something new');
  });
});
