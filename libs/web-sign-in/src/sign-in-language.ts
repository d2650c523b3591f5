import { parse as parseCookie } from 'cookie';
import { Language, LANGUAGES, negotiateLanguage } from '@vigil/i18n';

/** The cookie the pages' language switcher sets (libs/coordinator-web's LANGUAGE_COOKIE); it wins over Accept-Language. */
export const LANGUAGE_COOKIE = 'vigil-lang';

/** Each language's locale for lists and names, as the other pages use it. */
export const SIGN_IN_LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

interface LanguageHeaders {
  readonly cookie?: string | string[];
  readonly 'accept-language'?: string | string[];
}

const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The language a sign-in page speaks: the switcher's cookie, then Accept-Language (English when neither names ours). */
export function signInLanguage(headers: LanguageHeaders | undefined): Language {
  const cookie = Array.isArray(headers?.cookie) ? headers.cookie.join('; ') : headers?.cookie;
  const chosen = cookie ? parseCookie(cookie)[LANGUAGE_COOKIE] : undefined;
  return isLanguage(chosen) ? chosen : negotiateLanguage(headers?.['accept-language']);
}
