import { parseUnit } from '@vigil/identity';
import { Language } from '@vigil/i18n';
import { escapeHtml, signInPage } from '../page-html';
import { SIGN_IN_LOCALES } from '../sign-in-language';
import { say, sayIfKnown } from '../sign-in-words';
import { roleNames, unitName } from '../words';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';

const brand = (language: Language) => say(language, 'brand.demo');

/** The note every demo page starts with: what this provider is, and that a real installation uses the organisation's own. */
function note(language: Language): string {
  const text = escapeHtml(say(language, 'demo.note.text'))
    .replace('{command}', '<code>npm start</code>')
    .replace('{variable}', '<code>VIGIL_OIDC_ISSUER</code>');
  return `<p class="demo-note"><strong>${escapeHtml(say(language, 'demo.note.lead'))}</strong> ${text}</p>`;
}

/** "Crisis lead and Crisis staff, National": the account's roles joined as the language joins a list, then its unit. */
export const accountLabel = (account: DemoAccount, language: Language = 'en'): string =>
  `${new Intl.ListFormat(SIGN_IN_LOCALES[language], { type: 'conjunction' }).format(roleNames(account.roles, language))}, ${unitName(parseUnit(account.unit)!, language)}`;

/** Who to sign in as: one button per demo account, by role and unit, and a way out. */
export function accountPickerPage(language: Language, uid: string, clientName: string): string {
  const action = `/oidc/interaction/${encodeURIComponent(uid)}`;
  const items = DEMO_ACCOUNTS.map((account, index) => {
    const what = `account-${index + 1}-does`;
    const does = sayIfKnown(language, `does.${account.staffRef}`, account.does);
    return `<li><button type="submit" name="account" value="${escapeHtml(account.staffRef)}" aria-describedby="${what}">${escapeHtml(accountLabel(account, language))}</button>
<p id="${what}" class="muted">${escapeHtml(does)}</p></li>`;
  }).join('\n');
  const title = say(language, 'demo.picker.title');
  return signInPage(
    language,
    title,
    brand(language),
    `<h1>${escapeHtml(title)}</h1>
${note(language)}
<p>${escapeHtml(say(language, 'demo.picker.intro', { client: clientName }))}</p>
<form method="post" action="${action}/login">
<fieldset><legend>${escapeHtml(say(language, 'demo.picker.legend'))}</legend>
<ul class="accounts">
${items}
</ul>
</fieldset>
</form>
<form method="post" action="${action}/abort" class="actions"><button type="submit">${escapeHtml(say(language, 'demo.picker.cancel'))}</button></form>`,
  );
}

/** The interaction is gone (expired, finished in another tab, or its cookie missing). */
export function interactionExpiredPage(language: Language): string {
  const title = say(language, 'stale.title');
  return signInPage(
    language,
    title,
    brand(language),
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(say(language, 'demo.expired.text'))}</p>
<p class="actions"><a href="/">${escapeHtml(say(language, 'backToStart'))}</a></p>`,
  );
}

/** The provider's own sign-out question, around the form oidc-provider makes (it carries the request's XSRF token). */
export function logoutPage(language: Language, form: string): string {
  return signInPage(
    language,
    say(language, 'demo.logout.title'),
    brand(language),
    `<h1>${escapeHtml(say(language, 'demo.logout.heading'))}</h1>
<p>${escapeHtml(say(language, 'demo.logout.text'))}</p>
${form}
<p class="actions"><button type="submit" form="op.logoutForm" value="yes" name="logout">${escapeHtml(say(language, 'demo.logout.yes'))}</button>
<button type="submit" form="op.logoutForm">${escapeHtml(say(language, 'demo.logout.keep'))}</button></p>`,
  );
}

export function loggedOutPage(language: Language): string {
  const title = say(language, 'demo.loggedOut.title');
  return signInPage(
    language,
    title,
    brand(language),
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(say(language, 'demo.loggedOut.text'))}</p>
<p class="actions"><a href="/">${escapeHtml(say(language, 'backToStart'))}</a></p>`,
  );
}

/** What the provider refused, in its own words (an unknown client, a wrong redirect, a missing PKCE challenge…). */
export function providerErrorPage(language: Language, out: Record<string, unknown>): string {
  const lines = Object.entries(out)
    .map(([key, value]) => `<dt>${escapeHtml(key.replace(/_/g, ' '))}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('\n');
  const title = say(language, 'demo.error.title');
  return signInPage(
    language,
    title,
    brand(language),
    `<h1>${escapeHtml(title)}</h1>
<div class="problem" role="alert"><dl>
${lines}
</dl></div>
<p class="actions"><a href="/">${escapeHtml(say(language, 'backToStart'))}</a></p>`,
  );
}
