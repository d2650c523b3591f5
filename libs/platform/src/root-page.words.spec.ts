import { LANGUAGES } from '@vigil/i18n';
import { EN_START_PAGE, StartPageWordKey } from './root-page.words.en';
import { START_PAGE_WORDS, startPageWord } from './root-page.words';

const KEYS = Object.keys(EN_START_PAGE) as StartPageWordKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The markup a translation must keep: the same tags, and code words (`<code>…</code>`) unchanged. */
const markup = (text: string) => [...text.matchAll(/<\/?(\w+)[^>]*>/g)].map((m) => m[0]);
const codeWords = (text: string) => [...text.matchAll(/<code>(.*?)<\/code>/g)].map((m) => m[1]);

describe('the start page’s words', () => {
  it.each(LANGUAGES)('has every word in %s, none empty, with the same placeholders, markup and code words as English', (language) => {
    for (const key of KEYS) {
      const word = START_PAGE_WORDS[language][key];
      expect({ key, empty: !word.trim() }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(word) }).toEqual({ key, placeholders: placeholders(EN_START_PAGE[key]) });
      expect({ key, markup: markup(word) }).toEqual({ key, markup: markup(EN_START_PAGE[key]) });
      expect({ key, code: codeWords(word) }).toEqual({ key, code: codeWords(EN_START_PAGE[key]) });
    }
  });

  it('fills placeholders with escaped text', () => {
    expect(startPageWord('da', 'signIn.organisation', { issuer: 'https://id.example/<x>' })).toContain('<code>https://id.example/&#60;x&#62;</code>');
    expect(startPageWord('nb', 'signIn.demo', { count: 9 })).toContain('en av 9 demokontoer');
  });
});
