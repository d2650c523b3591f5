import { Language } from '@vigil/i18n';
import { DA_SIGN_IN } from './sign-in-words.da';
import { EN_SIGN_IN, SignInWordKey } from './sign-in-words.en';
import { NB_SIGN_IN } from './sign-in-words.nb';

export type { SignInWordKey } from './sign-in-words.en';

/** Every word the sign-in pages show, by language (sign-in-words.spec.ts checks each language has each key, placeholders alike). */
export const SIGN_IN_WORDS: Readonly<Record<Language, Readonly<Record<SignInWordKey, string>>>> = { en: EN_SIGN_IN, da: DA_SIGN_IN, nb: NB_SIGN_IN };

/** One word in a language, `{name}` filled from `values` (plain text: the page escapes it). */
export function say(language: Language, key: SignInWordKey, values: Readonly<Record<string, string>> = {}): string {
  return SIGN_IN_WORDS[language][key].replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}

/** A key the table may have (a demo account's sentence, a role): its words, else the fallback. */
export function sayIfKnown(language: Language, key: string, fallback: string): string {
  return Object.prototype.hasOwnProperty.call(SIGN_IN_WORDS[language], key) ? SIGN_IN_WORDS[language][key as SignInWordKey] : fallback;
}
