import type { Words } from '@vigil/event-sourcing';
import { Language, translate } from '@vigil/i18n';

/** A refused token as the verifier reports it: its reason (English, for logs and programs) and, when it gives them, words. */
interface RefusedToken {
  readonly reason: string;
  readonly words?: Words;
}

/** Why a token was refused, in the reader's language when the verifier gave words for it; else its own reason. */
export const tokenReason = (error: RefusedToken, language: Language): string =>
  error.words ? translate(language, error.words.key, error.words.values) : error.reason;
