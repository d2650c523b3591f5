import { CATALOGUE_AREAS, CATALOGUE_LEGAL_BASES, INSTITUTIONS, servedJurisdictions } from '@vigil/organisation';
import { PAGE_LOCALES, PageLanguage } from '../page-language';
import { DA_CRISIS } from './words/da.crisis';
import { DA_PAGES } from './words/da.pages';
import { EN_CRISIS } from './words/en.crisis';
import { EN_PAGES } from './words/en.pages';
import { NB_CRISIS } from './words/nb.crisis';
import { NB_PAGES } from './words/nb.pages';
import { DA_STATISTICS } from './words/da.statistics';
import { EN_STATISTICS } from './words/en.statistics';
import { NB_STATISTICS } from './words/nb.statistics';
import { DA_LEARNING } from './words/da.learning';
import { EN_LEARNING } from './words/en.learning';
import { NB_LEARNING } from './words/nb.learning';
import { DA_AUDIT } from './words/da.audit';
import { EN_AUDIT } from './words/en.audit';
import { NB_AUDIT } from './words/nb.audit';
import { DA_AUTHORING } from './words/da.authoring';
import { EN_AUTHORING } from './words/en.authoring';
import { NB_AUTHORING } from './words/nb.authoring';

/**
 * Every text the pages show, in English, Danish and Norwegian Bokmål (the tables in ./words, by language and part).
 * `{name}` marks a value the script puts in; a key ending in `.one`/`.other` is one plural form (Intl.PluralRules picks). The server ships one
 * language's table with the page's script (`pageWordsScript`); page-words.spec.ts fails when a key is missing or empty.
 */
const EN = { ...EN_PAGES, ...EN_CRISIS, ...EN_STATISTICS, ...EN_LEARNING, ...EN_AUDIT, ...EN_AUTHORING };

export type PageWordKey = keyof typeof EN;
export type PageWords = Readonly<Record<PageWordKey, string>>;

const DA: PageWords = { ...DA_PAGES, ...DA_CRISIS, ...DA_STATISTICS, ...DA_LEARNING, ...DA_AUDIT, ...DA_AUTHORING };

const NB: PageWords = { ...NB_PAGES, ...NB_CRISIS, ...NB_STATISTICS, ...NB_LEARNING, ...NB_AUDIT, ...NB_AUTHORING };

export const PAGE_WORDS: Readonly<Record<PageLanguage, PageWords>> = { en: EN, da: DA, nb: NB };

/** One word for the server's own use (the page shells). */
export const pageWord = (language: PageLanguage, key: PageWordKey): string => PAGE_WORDS[language][key];

/**
 * Area and region names as the pages show them, from the organisation catalogue: each in its country's own language
 * (a Norwegian region by its Norwegian name), a Danish area without the "Område" the catalogue writes before it.
 */
export function pageAreaNames(): [slug: string, name: string][] {
  return CATALOGUE_AREAS.map((area) => [area.slug, area.name.replace(/^Område /, '')]);
}

/** The areas and regions of the countries this deployment serves, for choosing one. */
export const servedAreaSlugs = (): string[] => CATALOGUE_AREAS.filter((area) => servedJurisdictions().includes(area.country)).map((area) => area.slug);

/**
 * The declarations every page script starts from: its language and locale, its words, the catalogue's area and
 * institution names and legal bases (each in its country's own language), and the helpers that fill in values (`w`),
 * pick a plural form (`wn`) and write numbers the locale's way (`num`).
 */
export function pageWordsScript(language: PageLanguage): string {
  return [
    `const LANG = ${JSON.stringify(language)};`,
    `const LOCALE = ${JSON.stringify(PAGE_LOCALES[language])};`,
    `const WORDS = ${JSON.stringify(PAGE_WORDS[language])};`,
    `const AREA_NAMES = ${JSON.stringify(Object.fromEntries(pageAreaNames()))};`,
    `const SERVED_AREAS = ${JSON.stringify(servedAreaSlugs())};`,
    `const INSTITUTION_NAMES = ${JSON.stringify(Object.fromEntries(INSTITUTIONS.map((i) => [i.slug, i.name])))};`,
    `const INSTITUTION_AREAS = ${JSON.stringify(Object.fromEntries(INSTITUTIONS.map((i) => [i.slug, i.area])))};`,
    `const LEGAL_BASES = ${JSON.stringify(Object.fromEntries(CATALOGUE_LEGAL_BASES.map((b) => [b.code, b.provision])))};`,
    'const PLURALS = new Intl.PluralRules(LOCALE);',
    'const num = (n) => Number(n).toLocaleString(LOCALE);',
    'const w = (key, values) => (WORDS[key] === undefined ? key : values ? WORDS[key].replace(/\\{(\\w+)\\}/g, (m, k) => (values[k] === undefined ? m : String(values[k]))) : WORDS[key]);',
    "const wn = (key, n, values) => w(WORDS[key + '.' + PLURALS.select(n)] === undefined ? key + '.other' : key + '.' + PLURALS.select(n), Object.assign({ n: num(n) }, values));",
    '',
  ].join('\n');
}

/** A page's script in one language: the words first, then the page's own script, which sees them through the closure. */
export function localizedScript(language: PageLanguage, script: string): string {
  return ['(() => {', "'use strict';", pageWordsScript(language), script, '})();', ''].join('\n');
}
