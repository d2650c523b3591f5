import { parse as parseCookie } from 'cookie';
import { Language, LANGUAGES, negotiateLanguage } from './languages';

/** The cookie every page's language switcher sets; it wins over the browser's Accept-Language. */
export const LANGUAGE_COOKIE = 'vigil-lang';

/** Each language's locale for dates, times, numbers and lists (the pages' and the sign-in pages' Intl). */
export const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The language the switcher's cookie names, when it names one of ours. */
export function cookieLanguage(header: string | string[] | undefined): Language | null {
  const value = Array.isArray(header) ? header.join('; ') : header;
  const chosen = value ? parseCookie(value)[LANGUAGE_COOKIE] : undefined;
  return isLanguage(chosen) ? chosen : null;
}

/** The language a page a person opens speaks: the switcher's cookie, then Accept-Language (English when neither names ours). */
export function requestLanguage(headers: { readonly cookie?: string | string[]; readonly 'accept-language'?: string | string[] } | undefined): Language {
  return cookieLanguage(headers?.cookie) ?? negotiateLanguage(headers?.['accept-language']);
}
