import { CATALOGUES, FIELD_LABELS, hasMessage, LANGUAGES } from '@vigil/i18n';
import { VALIDATION_WORD_KEYS } from '@vigil/http-problems';
import { getMetadataStorage } from 'class-validator';
import type { IntlMessageFormat as MessageFormat } from 'intl-messageformat' with { 'resolution-mode': 'import' };
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import './api.module';
import { CONTEXTS } from './contexts';

/**
 * The missing-key guard: every message a person can be shown exists in Danish, Norwegian Bokmål and English. Domain
 * error codes are closed unions, each context's problem table lists them all, and each is a problem title; every key
 * the code says (`said('…')`, a problem slug) and every request field's name must be in all three catalogues.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { IntlMessageFormat } = require('intl-messageformat') as { IntlMessageFormat: typeof MessageFormat };
const ROOT = join(__dirname, '..', '..', '..');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '__golden__') yield* sources(path);
    else if (entry.isFile() && /\.ts$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name)) yield path;
  }
}

/** Every literal the code hands to `pattern`'s first group, with the file it is in. */
function keysInCode(pattern: RegExp): { key: string; file: string }[] {
  const found: { key: string; file: string }[] = [];
  for (const file of sources(join(ROOT, 'libs'))) {
    if (file.includes(`${join('libs', 'coordinator-web')}`) && file.includes('client')) continue; // page texts have their own words
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) found.push({ key: match[1], file: file.slice(ROOT.length + 1) });
  }
  return found;
}

const missingIn = (keys: string[]) => LANGUAGES.flatMap((language) => keys.filter((key) => !hasMessage(key, language)).map((key) => `${language}: ${key}`));

describe('message catalogues: nothing a person reads is missing in da, nb or en', () => {
  it('has the same keys in every language, each an ICU message that formats', () => {
    const keys = Object.keys(CATALOGUES.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(CATALOGUES[language]).sort()).toEqual(keys);
      for (const key of keys) {
        const text = CATALOGUES[language][key as keyof (typeof CATALOGUES)['en']];
        expect(text.trim()).not.toBe('');
        expect(() => new IntlMessageFormat(text, language)).not.toThrow(); // valid ICU syntax
      }
    }
  });

  it("has a title for every context's every domain error code", () => {
    const codes = CONTEXTS.flatMap((context) => (context.problems ?? []).flatMap((mapper) => (mapper as { codes?: readonly string[] }).codes ?? []));
    expect(codes.length).toBeGreaterThan(50);
    expect(CONTEXTS.every((context) => (context.problems ?? []).every((mapper) => 'codes' in mapper))).toBe(true);
    expect(missingIn([...new Set(codes)].map((code) => `problem.${code}`))).toEqual([]);
  });

  it('has every key the code says, and a title for every problem type the code raises', () => {
    const said = keysInCode(/\bsaid\(\s*'([a-z0-9.-]+)'/g);
    expect(said.length).toBeGreaterThan(5);
    const slugs = keysInCode(/\b(?:problem|saidProblem)\(\s*[^,()]+,\s*'([a-z0-9-]+)'/g).map(({ key, file }) => ({ key: `problem.${key}`, file }));
    const missing = missingIn([...new Set([...said, ...slugs].map((k) => k.key))]);
    expect(missing).toEqual([]);
    expect(missingIn(VALIDATION_WORD_KEYS)).toEqual([]);
  });

  it('names every request field in words in every language', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { propertyName: string }[]> };
    const properties = new Set<string>();
    for (const list of storage.validationMetadatas.values()) for (const metadata of list) properties.add(metadata.propertyName);
    expect(properties.size).toBeGreaterThan(100);
    expect([...properties].filter((name) => !FIELD_LABELS[name]).sort()).toEqual([]);
    for (const [name, labels] of Object.entries(FIELD_LABELS)) expect([name, labels.filter((l) => l.trim() !== '').length]).toEqual([name, 3]);
  });
});
