import { parse as parseCookie } from 'cookie';
import { Language, LANGUAGES, negotiateLanguage } from '@vigil/i18n';

/** The languages the pages speak: the API's own, Danish, Norwegian Bokmål and English (the default). */
export const PAGE_LANGUAGES = LANGUAGES;
export type PageLanguage = Language;

/** Each language's locale for dates, times and numbers (the browser's Intl formats them). */
export const PAGE_LOCALES: Readonly<Record<PageLanguage, string>> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/** The cookie the language switcher sets; it wins over the browser's Accept-Language. */
export const LANGUAGE_COOKIE = 'vigil-lang';

/** A script's language: the one its address names (`assets/<lang>/…`, so the shell and its script agree), else the request's. */
export const scriptLanguage = (asked: string, request: LanguageRequest): PageLanguage => (isPageLanguage(asked) ? asked : pageLanguage(request));

export const isPageLanguage = (value: unknown): value is PageLanguage => typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);

/** The language Accept-Language asks for, negotiated as the API does (no and nn read as Bokmål; English when none). */
export const languageOfAcceptLanguage = (header: string | undefined): PageLanguage => negotiateLanguage(header);

/** The language cookie's value, when it names a language the pages speak. */
export function languageOfCookie(header: string | undefined): PageLanguage | null {
  const language = header ? parseCookie(header)[LANGUAGE_COOKIE] : undefined;
  return isPageLanguage(language) ? language : null;
}

interface LanguageRequest {
  readonly headers: { readonly cookie?: string; readonly 'accept-language'?: string };
}

/** The language a page is rendered in: the switcher's cookie, then Accept-Language. */
export function pageLanguage(request: LanguageRequest): PageLanguage {
  return languageOfCookie(request.headers.cookie) ?? languageOfAcceptLanguage(request.headers['accept-language']);
}
