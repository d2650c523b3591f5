import { cookieLanguage, isLanguage, Language, LANGUAGES, LOCALES, negotiateLanguage, requestLanguage } from '@vigil/i18n';

/** The languages the pages speak: the API's own, Danish, Norwegian Bokmål and English (the default). */
export const PAGE_LANGUAGES = LANGUAGES;
export type PageLanguage = Language;

/** Each language's locale for dates, times and numbers (the browser's Intl formats them). */
export const PAGE_LOCALES = LOCALES;

/** A script's language: the one its address names (`assets/<lang>/…`, so the shell and its script agree), else the request's. */
export const scriptLanguage = (asked: string, request: LanguageRequest): PageLanguage => (isPageLanguage(asked) ? asked : pageLanguage(request));

export const isPageLanguage = isLanguage;

/** The language Accept-Language asks for, negotiated as the API does (no and nn read as Bokmål; English when none). */
export const languageOfAcceptLanguage = (header: string | undefined): PageLanguage => negotiateLanguage(header);

/** The language cookie's value, when it names a language the pages speak. */
export const languageOfCookie = (header: string | undefined): PageLanguage | null => cookieLanguage(header);

interface LanguageRequest {
  readonly headers: { readonly cookie?: string; readonly 'accept-language'?: string };
}

/** The language a page is rendered in: the switcher's cookie, then Accept-Language. */
export const pageLanguage = (request: LanguageRequest): PageLanguage => requestLanguage(request.headers);
