import { Language, LOCALES, requestLanguage } from '@vigil/i18n';

/** Each language's locale for lists and names, as the other pages use it. */
export const SIGN_IN_LOCALES = LOCALES;

/** The language a sign-in page speaks: the switcher's cookie, then Accept-Language (English when neither names ours). */
export const signInLanguage = (headers: Parameters<typeof requestLanguage>[0]): Language => requestLanguage(headers);
