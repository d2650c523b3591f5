import { Role } from '@vigil/identity';
import { requiredReviewId } from '@vigil/learning-reviews';
import { WebSessionStore } from '@vigil/web-sign-in';
import { Page } from 'playwright-core';
import { testIssuer } from '../../shared/test-issuer';
import { incidentReport } from '../../support/fixtures';
import { ACTOR, eventually, signedIn } from '../../support/vigil-test-app';
import { BrowserHarness, Vigil, WAIT } from './browser-harness';

export const TITLE = 'Vold ved visitation, afdeling B';
export const RULE_TITLE = 'Full review: a member of staff taken to hospital';
const RULE = 'hospitalised-full-review';
const intervention = (id: string, title: string, category: string, horizon: string, description: string) => ({
  id,
  title,
  category,
  horizon,
  kinds: ['violence'],
  ownerRole: 'institution-manager',
  description,
});
const CATALOGUE = [
  intervention('paired-searches', 'Visitation to og to', 'organisational', 'short', 'Urolige indsatte visiteres altid af to betjente.'),
  intervention('search-room-alarm', 'Overfaldsalarm i visitationsrum', 'static', 'long', 'Fast alarm i hvert visitationsrum.'),
];
const POLICY = [{ rule: RULE, title: RULE_TITLE, when: { injuryAtLeast: 'hospitalised' }, review: 'full', startWithinDays: 5, finishWithinDays: 28 }];

export const partnership = () => signedIn('ST-PART99', ['safety-partnership']);

/** A day `n` days from today in Copenhagen (the services' calendar), as the API takes it; and as the page says it. */
export const dayFromToday = (n: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() + n * 86_400_000));
export const dayWords = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Through the API: the catalogue and the review policy published, an incident reported and a review of it started, and
 * an incident the policy catches (a stay in hospital), so a review of it is required; waits until the list shows both.
 */
export async function learningData(vigil: Vigil): Promise<{ reviewId: string; requiredId: string }> {
  await vigil.http().put('/learning-catalogue').set(partnership()).send({ interventions: CATALOGUE, reason: 'Katalogets første udgave' }).expect(200);
  await vigil.http().put('/learning-review-policy').set(partnership()).send({ rules: POLICY, reason: 'Indlæggelser gennemgås altid' }).expect(200);
  const report = (overrides = {}) => vigil.http().post('/incidents').set(signedIn(ACTOR)).send(incidentReport(overrides)).expect(201);
  const incidentId = (await report()).body.incidentId;
  const hospitalised = (await report({ injuries: { physical: 'hospitalised', psychological: true } })).body.incidentId;
  const requiredId = requiredReviewId(hospitalised, RULE);
  const started = await vigil
    .http()
    .post('/learning-reviews')
    .set(partnership())
    .send({
      kind: 'after-action',
      subject: { type: 'incidents', incidentIds: [incidentId] },
      title: TITLE,
      dueOn: dayFromToday(60),
      unit: 'institution:nyborg',
    })
    .expect(201);
  const reviewId: string = started.body.reviewId;
  await eventually(async () => {
    const { items } = (await vigil.http().get('/learning-reviews').set(partnership()).expect(200)).body;
    const ids = items.map((r: { reviewId: string }) => r.reviewId);
    return ids.includes(reviewId) && ids.includes(requiredId) ? true : undefined;
  }, 30_000);
  return { reviewId, requiredId };
}

/**
 * A page signed in as `actor` with only these roles (the harness's `person` gives every role); with `consoleErrors` it is
 * watched from the start for console errors and for scripts or styles the CSP refuses (window.cspViolations).
 */
export async function pageAs(harness: BrowserHarness, actor: string, roles: readonly Role[], path: string, consoleErrors?: string[]): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const token = (await testIssuer()).token({ staff_ref: actor, vigil_roles: roles, vigil_unit: 'national' });
  const session = await harness.vigil.app.get(WebSessionStore).open(actor, { accessToken: token, expiresInSeconds: 600 });
  await context.addCookies([{ name: 'vigil_session', value: session.cookieValue, url: harness.base, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => harness.scriptErrors.push(`${actor}: ${error.message}`));
  if (consoleErrors) {
    await page.addInitScript(
      "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
    );
    // Chromium asks every origin for /favicon.ico on its own; Vigil has none, and no page asks for one.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${message.text()} ${message.location().url}`);
    });
  }
  await page.goto(harness.base + path);
  await page.locator('#signed-in-as', { hasText: actor }).waitFor(WAIT);
  return page;
}
