import { Language } from '@vigil/i18n';
import { DA_START_PAGE } from './root-page.words.da';
import { EN_START_PAGE, StartPageWordKey } from './root-page.words.en';
import { NB_START_PAGE } from './root-page.words.nb';

export type { StartPageWordKey } from './root-page.words.en';

/** The start page's words, by language. */
export const START_PAGE_WORDS: Readonly<Record<Language, Readonly<Record<StartPageWordKey, string>>>> = {
  en: EN_START_PAGE,
  da: DA_START_PAGE,
  nb: NB_START_PAGE,
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One piece of the page in a language: the words are HTML written here, each `{name}` filled with escaped text. */
export function startPageWord(language: Language, key: StartPageWordKey, values: Readonly<Record<string, string | number>> = {}): string {
  return START_PAGE_WORDS[language][key].replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? escapeHtml(String(values[name])) : all));
}
