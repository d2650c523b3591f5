import { escapeHtml, signInPage } from './page-html';

const BRAND = 'sign-in';
const signInAgain = (returnTo: string) => `/auth/sign-in?return=${encodeURIComponent(returnTo)}`;

function outcome(title: string, text: string, returnTo: string, alert = false): string {
  const paragraph = alert ? `<div class="problem" role="alert"><p>${escapeHtml(text)}</p></div>` : `<p>${escapeHtml(text)}</p>`;
  return signInPage(
    title,
    BRAND,
    `<h1>${escapeHtml(title)}</h1>
${paragraph}
<p class="actions"><a href="${escapeHtml(signInAgain(returnTo))}">Sign in again</a> <a href="/">Vigil's start page</a></p>`,
  );
}

export const cancelledPage = (returnTo: string) => outcome('Sign-in cancelled', 'You cancelled the sign-in, so you are not signed in.', returnTo);

export const staleSignInPage = () =>
  outcome(
    'This sign-in has expired',
    'The answer from the sign-in provider arrived too late, twice, or in another browser or tab than the one that started it. Nothing was signed in.',
    '/',
  );

export const failedSignInPage = (reason: string, returnTo: string) =>
  outcome('Sign-in failed', `The sign-in provider's answer was not accepted: ${reason}`, returnTo, true);

export const unusableTokenPage = (reason: string, returnTo: string) =>
  outcome(
    'Signed in, but not for Vigil',
    `The sign-in provider signed you in, but its access token cannot be used with Vigil: ${reason} Ask whoever runs the sign-in provider to give you a staff reference, roles and a unit for Vigil.`,
    returnTo,
    true,
  );

export const unreachablePage = (reason: string, returnTo: string) => outcome('Sign-in is not available right now', reason, returnTo, true);
