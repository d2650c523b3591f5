import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_LANGUAGES, languageOfAcceptLanguage, languageOfCookie, pageLanguage, scriptLanguage } from './page-language';
import { PAGE_WORDS, localizedScript, pageAreaNames } from './client/page-words';
import { coordinatorPage } from './client/page-shell';
import { COORDINATOR_SCRIPT } from './client/coordinator-script';
import { AUDIT_SCRIPT } from './client/audit.script';
import { AUTHORING_SCRIPT } from './client/authoring-script';
import { CRISIS_SCRIPT } from './client/crisis-script';
import { LEARNING_SCRIPT } from './client/learning-script';
import { REPLAY_SCRIPT } from './client/replay.script';
import { STATISTICS_SCRIPT } from './client/statistics-script';

/** Every page's script: each is several parts joined, and a name declared twice stops the whole page. */
const PAGE_SCRIPTS = Object.entries({ COORDINATOR_SCRIPT, CRISIS_SCRIPT, STATISTICS_SCRIPT, LEARNING_SCRIPT, AUDIT_SCRIPT, REPLAY_SCRIPT, AUTHORING_SCRIPT });

describe('page scripts', () => {
  it.each(PAGE_LANGUAGES.flatMap((language) => PAGE_SCRIPTS.map(([name, script]) => [name, language, script] as const)))(
    '%s parses in %s (no name declared twice)',
    (_, language, script) => expect(() => new Function(localizedScript(language, script))).not.toThrow(),
  );
});

describe('page words', () => {
  const keys = new Set(PAGE_LANGUAGES.flatMap((language) => Object.keys(PAGE_WORDS[language])));

  it.each(PAGE_LANGUAGES)('has every key in %s, none empty', (language) => {
    const words: Record<string, string> = PAGE_WORDS[language];
    const missing = [...keys].filter((key) => typeof words[key] !== 'string' || !words[key].trim());
    expect(missing).toEqual([]);
  });

  it('gives every plural both its forms and the same placeholders in each language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      if (key.endsWith('.one')) expect(keys.has(key.replace(/\.one$/, '.other'))).toBe(true);
      const en = placeholders(PAGE_WORDS.en[key as keyof typeof PAGE_WORDS.en]);
      for (const language of PAGE_LANGUAGES)
        expect([key, language, placeholders(PAGE_WORDS[language][key as keyof typeof PAGE_WORDS.en])]).toEqual([key, language, en]);
    }
  });

  it('names the Norwegian regions by their own names', () => {
    expect(Object.fromEntries(pageAreaNames())).toMatchObject({ syddanmark: 'Syddanmark', 'region-vest': 'Region vest' });
  });

  it('ships one language to the page: the shell says it, and the script carries its words', () => {
    expect(coordinatorPage('nb')).toContain('<html lang="nb">');
    expect(coordinatorPage('nb')).toContain('/coordinator/assets/nb/coordinator.js');
    const script = localizedScript('da', COORDINATOR_SCRIPT);
    expect(script).toContain('const LOCALE = "da-DK";');
    expect(script).toContain(JSON.stringify(PAGE_WORDS.da['board.heading']));
    expect(() => new Function(script)).not.toThrow();
  });
});

describe('page language', () => {
  it.each([
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
    ['nn', 'nb'],
    ['no', 'nb'],
    ['da-DK,da', 'da'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,fr;q=0.5', 'en'],
    ['de-DE,da;q=0.5', 'da'],
    ['en;q=0.4,da;q=0.8', 'da'],
    [undefined, 'en'],
  ])('Accept-Language %s → %s', (header, language) => expect(languageOfAcceptLanguage(header)).toBe(language));

  it("lets the cookie win over Accept-Language, and the script's address over both", () => {
    expect(languageOfCookie('a=b; vigil-lang=nb')).toBe('nb');
    expect(languageOfCookie('vigil-lang=sv')).toBeNull();
    expect(pageLanguage({ headers: { cookie: 'vigil-lang=da', 'accept-language': 'nb' } })).toBe('da');
    expect(scriptLanguage('nb', { headers: { cookie: 'vigil-lang=da' } })).toBe('nb');
    expect(scriptLanguage('sv', { headers: { cookie: 'vigil-lang=da' } })).toBe('da');
  });
});

describe('the words the page scripts ask for', () => {
  const dir = join(__dirname, 'client');
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
  const asked = (pattern: RegExp) => [...new Set(sources.flatMap((source) => [...source.matchAll(pattern)].map((m) => m[1])))];

  it('finds every w(…) key the scripts name in each language', () => {
    const keys = asked(/\bw\('([a-zA-Z.-]+)'\s*[,)]/g);
    expect(keys.length).toBeGreaterThan(100);
    for (const language of PAGE_LANGUAGES) {
      const words: Record<string, string> = PAGE_WORDS[language];
      expect([language, keys.filter((key) => !words[key])]).toEqual([language, []]);
    }
  });

  it('finds both plural forms of every wn(…) key in each language', () => {
    const keys = asked(/\bwn\('([a-zA-Z.-]+)'\s*[,)]/g);
    for (const language of PAGE_LANGUAGES) {
      const words: Record<string, string> = PAGE_WORDS[language];
      expect([language, keys.filter((key) => !words[`${key}.one`] || !words[`${key}.other`])]).toEqual([language, []]);
    }
  });
});
