import { Language } from '@vigil/i18n';
import { escapeHtml, signInPage } from './page-html';
import { say, SignInWordKey } from './sign-in-words';

const signInAgain = (returnTo: string) => `/auth/sign-in?return=${encodeURIComponent(returnTo)}`;

/** How a sign-in ended, in the reader's language: a heading, what happened, and the ways on (sign in again, the start page). */
function outcome(language: Language, title: SignInWordKey, text: string, returnTo: string, alert = false): string {
  const paragraph = alert ? `<div class="problem" role="alert"><p>${escapeHtml(text)}</p></div>` : `<p>${escapeHtml(text)}</p>`;
  const heading = say(language, title);
  return signInPage(
    language,
    heading,
    say(language, 'brand.sign-in'),
    `<h1>${escapeHtml(heading)}</h1>
${paragraph}
<p class="actions"><a href="${escapeHtml(signInAgain(returnTo))}">${escapeHtml(say(language, 'signInAgain'))}</a> <a href="/">${escapeHtml(say(language, 'startPage'))}</a></p>`,
  );
}

export const cancelledPage = (language: Language, returnTo: string) => outcome(language, 'cancelled.title', say(language, 'cancelled.text'), returnTo);

export const staleSignInPage = (language: Language) => outcome(language, 'stale.title', say(language, 'stale.text'), '/');

/** The provider's refusal: its own description (in its words, which Vigil cannot translate) after ours. */
export const failedSignInPage = (language: Language, reason: string, returnTo: string) =>
  outcome(language, 'failed.title', say(language, 'failed.text', { reason }), returnTo, true);

export const unusableTokenPage = (language: Language, reason: string, returnTo: string) =>
  outcome(language, 'unusable.title', say(language, 'unusable.text', { reason }), returnTo, true);

export const unreachablePage = (language: Language, issuer: string, returnTo: string) =>
  outcome(language, 'unreachable.title', say(language, 'unreachable.text', { issuer }), returnTo, true);
