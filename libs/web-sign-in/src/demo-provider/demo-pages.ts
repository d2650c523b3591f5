import { parseUnit } from '@vigil/identity';
import { escapeHtml, signInPage } from '../page-html';
import { roleNames, unitName } from '../words';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';

const BRAND = 'demo sign-in';

const NOTE = `<p class="demo-note"><strong>Demo sign-in provider.</strong> Vigil runs this itself when no sign-in provider is configured
(<code>npm start</code> without <code>VIGIL_OIDC_ISSUER</code>), so it can be tried on one machine. There are no passwords:
whoever opens this page may be any of these people. A real installation signs people in through the organisation's own provider.</p>`;

export const accountLabel = (account: DemoAccount): string => `${roleNames(account.roles).join(' and ')}, ${unitName(parseUnit(account.unit)!)}`;

/** Who to sign in as: one button per demo account, by role and unit, and a way out. */
export function accountPickerPage(uid: string, clientName: string): string {
  const action = `/oidc/interaction/${encodeURIComponent(uid)}`;
  const items = DEMO_ACCOUNTS.map((account, index) => {
    const what = `account-${index + 1}-does`;
    return `<li><button type="submit" name="account" value="${escapeHtml(account.staffRef)}" aria-describedby="${what}">${escapeHtml(accountLabel(account))}</button>
<p id="${what}" class="muted">${escapeHtml(account.does)}</p></li>`;
  }).join('\n');
  return signInPage(
    'Choose who to sign in as',
    BRAND,
    `<h1>Choose who to sign in as</h1>
${NOTE}
<p>You are signing in to ${escapeHtml(clientName)}. Each account has one role in one place; what it may see and do follows from that.</p>
<form method="post" action="${action}/login">
<fieldset><legend>Demo accounts, by role and place</legend>
<ul class="accounts">
${items}
</ul>
</fieldset>
</form>
<form method="post" action="${action}/abort" class="actions"><button type="submit">Cancel and go back</button></form>`,
  );
}

/** The interaction is gone (expired, finished in another tab, or its cookie missing). */
export function interactionExpiredPage(): string {
  return signInPage(
    'This sign-in has expired',
    BRAND,
    `<h1>This sign-in has expired</h1>
<p>The sign-in page was open too long, or the sign-in already finished in another tab.</p>
<p class="actions"><a href="/">Back to Vigil's start page</a></p>`,
  );
}

/** The provider's own sign-out question, around the form oidc-provider makes (it carries the request's XSRF token). */
export function logoutPage(form: string): string {
  return signInPage(
    'Sign out of the demo provider',
    BRAND,
    `<h1>Sign out of the demo sign-in too?</h1>
<p>You have signed out of Vigil. The demo sign-in provider still remembers who you chose; sign out here too,
so the next sign-in asks again and you can pick another account.</p>
${form}
<p class="actions"><button type="submit" form="op.logoutForm" value="yes" name="logout">Sign out of the demo sign-in</button>
<button type="submit" form="op.logoutForm">Keep it</button></p>`,
  );
}

export function loggedOutPage(): string {
  return signInPage(
    'Signed out',
    BRAND,
    `<h1>Signed out</h1>
<p>You are signed out of Vigil and of the demo sign-in.</p>
<p class="actions"><a href="/">Back to Vigil's start page</a></p>`,
  );
}

/** What the provider refused, in its own words (an unknown client, a wrong redirect, a missing PKCE challenge…). */
export function providerErrorPage(out: Record<string, unknown>): string {
  const lines = Object.entries(out)
    .map(([key, value]) => `<dt>${escapeHtml(key.replace(/_/g, ' '))}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('\n');
  return signInPage(
    'The sign-in could not go on',
    BRAND,
    `<h1>The sign-in could not go on</h1>
<div class="problem" role="alert"><dl>
${lines}
</dl></div>
<p class="actions"><a href="/">Back to Vigil's start page</a></p>`,
  );
}
