import { Role } from '@vigil/identity';
import { WebSessionStore } from '@vigil/web-sign-in';
import { Page } from 'playwright-core';
import { testIssuer } from '../shared/test-issuer';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';

const AUDITOR = 'ST-AUDIT01';
const READER = 'ST-READ042';
const COORDINATOR = 'ST-COORD07';

/** The auditors' access-log page in Chromium, on the real app over real HTTP: an auditor sees who read what; nobody else does. */
describe('the access-log page in Chromium', () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let base: string;
  let auditor: Page;

  /** Like the harness's `person`, but with only these roles in this unit (the harness gives every role). */
  async function personWith(actor: string, roles: readonly Role[], unit: string, path: string): Promise<Page> {
    const context = await harness.browser.newContext({ viewport: { width: 375, height: 800 } });
    const token = (await testIssuer()).token({ staff_ref: actor, vigil_roles: roles, vigil_unit: unit });
    const session = await vigil.app.get(WebSessionStore).open(actor, { accessToken: token, expiresInSeconds: 600 });
    await context.addCookies([{ name: 'vigil_session', value: session.cookieValue, url: base, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.scriptErrors.push(`${actor}: ${error.message}`));
    await page.goto(base + path);
    await page.locator('#signed-in-as', { hasText: actor }).waitFor(WAIT);
    return page;
  }

  const rows = (page: Page) => page.locator('#audit-table tbody tr');

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    base = harness.base;
    for (const path of ['/incidents', '/incidents?area=syddanmark', '/crisis-activations']) {
      await vigil
        .http()
        .get(path)
        .set(signedIn(READER, ['coordinator'], 'national'))
        .expect(200);
    }
    await eventually(async () => {
      const res = await vigil
        .http()
        .get(`/access-log?actor=${READER}`)
        .set(signedIn('ST-AUDIT99', ['auditor']));
      return res.body.total >= 3 ? true : undefined;
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it("shows an auditor the other person's reads, newest first, with roles and unit in words", async () => {
    auditor = await personWith(AUDITOR, ['auditor'], 'national', '/audit/access-log');
    await rows(auditor).first().waitFor(WAIT);
    expect(await auditor.locator('h1').textContent()).toBe('Access log');
    const reads = rows(auditor).filter({ has: auditor.locator('.who', { hasText: READER }) }); // not the auditors' reads that name them
    expect(await reads.count()).toBe(3);
    expect(await reads.first().locator('.record').textContent()).toBe('crisis-activations'); // the newest read first
    expect(await reads.first().locator('.roles').textContent()).toBe('Coordinator');
    expect(await reads.first().locator('.unit').textContent()).toBe('National');
    expect(await reads.first().locator('.when time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await auditor.locator('#audit-table th[scope="col"]').allTextContents()).toEqual(['When', 'Who', 'Record', 'View', 'Roles', 'Unit']);
    expect(await auditor.locator('#audit-status').textContent()).toMatch(/^Showing 1–\d+ of \d+, newest first\.$/);
  });

  it('filters by that person and shows only theirs; the table scrolls in its own box at 375 px, not the page', async () => {
    await auditor.getByLabel('Person (staff reference)').fill(READER);
    await auditor.getByRole('button', { name: 'Show reads' }).click();
    await auditor.locator('#audit-status', { hasText: 'Showing 1–3 of 3' }).waitFor(WAIT);
    expect(await rows(auditor).locator('.who').allTextContents()).toEqual([READER, READER, READER]);
    expect(auditor.url()).toBe(`${base}/audit/access-log?actor=${READER}`);
    expect(await auditor.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });

  it('says so when nothing matches the filters', async () => {
    await auditor.getByLabel('Record, or the start of one').fill('nothing-read-here/');
    await auditor.getByRole('button', { name: 'Show reads' }).click();
    await auditor.locator('#audit-status', { hasText: 'No reads match these filters.' }).waitFor(WAIT);
    expect(await rows(auditor).count()).toBe(0);
  });

  it('tells a coordinator that only auditors can read the access log', async () => {
    const coordinator = await personWith(COORDINATOR, ['coordinator'], 'area:syddanmark', '/audit/access-log');
    await coordinator.locator('#problem', { hasText: 'Only auditors can read the access log.' }).waitFor(WAIT);
    expect(await rows(coordinator).count()).toBe(0);
  });

  it('asks someone not signed in to sign in and come back', async () => {
    const page = await (await harness.browser.newContext()).newPage();
    await page.goto(`${base}/audit/access-log`);
    const link = page.getByRole('link', { name: 'Sign in and come back to this page' });
    await link.waitFor(WAIT);
    expect(await link.getAttribute('href')).toBe('/auth/sign-in?return=%2Faudit%2Faccess-log');
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
