import { Page } from 'playwright-core';
import { WebSessionStore } from '@vigil/web-sign-in';
import { testIssuer } from '../shared/test-issuer';
import { auditedRecords, AuditedRecords } from './audit-records.fixtures';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';

const AUDITOR = 'ST-AUDIT05';

/** What each language shows, word for word, where the test looks. */
const LANGUAGES = [
  {
    lang: 'nb',
    locale: 'nb-NO',
    heading: 'Plassering i sikkerhetscelle',
    known: 'Hva man visste da',
    verdicts: 'Hver regel slik den sto da',
    events: 'Hvem gjorde hva, og med hvilken hjemmel',
    started: 'Plassering startet',
    breached: 'Brutt',
    rule: 'Høyst 15 minutter mellom notatene så lenge plasseringen varer',
    since: 'etter den første registreringen',
    download: 'Last ned saksmappen (JSON)',
    checkpoint: 'Siste kontrollpunkt',
    stale: 'Denne innloggingen er utløpt',
    again: 'Logg inn igjen',
  },
  {
    lang: 'da',
    locale: 'da-DK',
    heading: 'Anbringelse i sikringscelle',
    known: 'Hvad man vidste da',
    verdicts: 'Hver regel, som den stod da',
    events: 'Hvem gjorde hvad, og med hvilken hjemmel',
    started: 'Anbringelse påbegyndt',
    breached: 'Brudt',
    rule: 'Højst 15 minutter mellem notaterne, så længe anbringelsen varer',
    since: 'efter den første registrering',
    download: 'Hent sagspakken (JSON)',
    checkpoint: 'Seneste kontrolpunkt',
    stale: 'Dette log-ind er udløbet',
    again: 'Log ind igen',
  },
] as const;

/**
 * The auditor's pages and the sign-in pages in Norwegian Bokmål and Danish, in Chromium on the real app: the browser's
 * Accept-Language (or the switcher's cookie) picks the language; headings, events, rule verdicts and dates read in it.
 */
describe("the auditor's pages and the sign-in pages in Norwegian and Danish", () => {
  let harness: BrowserHarness;
  let records: AuditedRecords;

  /** A page for an auditor whose browser speaks `locale`; `cookie` is the language switcher's choice, when made. */
  async function auditorIn(locale: string, path: string, cookie?: string): Promise<Page> {
    const context = await harness.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const token = (await testIssuer()).token({ staff_ref: AUDITOR, vigil_roles: ['auditor'], vigil_unit: 'national' });
    const session = await harness.vigil.app.get(WebSessionStore).open(AUDITOR, { accessToken: token, expiresInSeconds: 600 });
    await context.addCookies([
      { name: 'vigil_session', value: session.cookieValue, url: harness.base, httpOnly: true, sameSite: 'Lax' },
      ...(cookie ? [{ name: 'vigil-lang', value: cookie, url: harness.base, sameSite: 'Lax' as const }] : []),
    ]);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.scriptErrors.push(`${locale}: ${error.message}`));
    await page.goto(harness.base + path);
    await page.locator('#signed-in-as', { hasText: AUDITOR }).waitFor(WAIT);
    return page;
  }

  beforeAll(async () => {
    harness = await openBrowserHarness();
    records = await auditedRecords(harness.vigil);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it.each(LANGUAGES)('replays a placement in $lang: headings, events named in words, rule verdicts and dates', async (words) => {
    const id = records.placement;
    const page = await auditorIn(words.locale, `/audit#placement=${id}`);
    await page.locator('#replay-known[data-at="5"]').waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe(words.lang);
    expect(await page.locator('h1').textContent()).toBe(`${words.heading} ${id.slice(0, 8)}`);
    expect(await page.locator('#known-heading').textContent()).toBe(words.known);
    expect(await page.locator('#verdicts-heading').textContent()).toBe(words.verdicts);
    expect(await page.locator('#events-heading').textContent()).toBe(words.events);
    expect(await page.locator('#replay-events li .what').first().textContent()).toBe(words.started);
    expect(await page.locator('#replay-moment').textContent()).toContain(words.since);
    await page.locator('#verdict-list li[data-rule="observation-notes"] .verdict-word', { hasText: words.breached }).waitFor(WAIT);
    expect(await page.locator('#verdict-list li[data-rule="observation-notes"] p.rule').textContent()).toContain(words.rule);
    expect(await page.locator('#bundle-json').textContent()).toBe(words.download);
    await page.locator('#replay-checkpoint h3', { hasText: words.checkpoint }).waitFor(WAIT);

    // A date as the locale writes it: its day, its month's own short name, its year.
    const time = page.locator('#replay-events li time').first();
    const at = new Date((await time.getAttribute('datetime'))!);
    const month = new Intl.DateTimeFormat(words.locale, { month: 'short' }).format(at);
    expect(await time.textContent()).toContain(`${at.getDate()}. ${month}`);
    expect(await time.textContent()).toContain(String(at.getFullYear()));
    expect(await page.locator('#main').innerText()).not.toMatch(/\b(Placement started|Breached|Kept|Not yet due|Falls due|At most|within)\b/);
  });

  it('follows the switcher’s cookie over the browser’s language on the access log', async () => {
    const page = await auditorIn('da-DK', '/audit/access-log', 'nb');
    await page.locator('#audit-table tbody tr').first().waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.locator('h1').textContent()).toBe('Tilgangslogg');
    const mine = page.locator('#audit-table tbody tr', { has: page.locator('.who', { hasText: AUDITOR }) }).first();
    expect(await mine.locator('.roles').textContent()).toBe('Revisor');
    expect(await mine.locator('.unit').textContent()).toBe('Hele landet');
  });

  it.each(LANGUAGES)('shows the sign-in page in $lang, with its own words and <html lang>', async (words) => {
    const context = await harness.browser.newContext({ locale: words.locale });
    const page = await context.newPage();
    const response = await page.goto(`${harness.base}/auth/callback?state=gone&code=old`);
    expect(response?.status()).toBe(400);
    expect(await page.locator('html').getAttribute('lang')).toBe(words.lang);
    expect(await page.locator('h1').textContent()).toBe(words.stale);
    expect(await page.getByRole('link', { name: words.again }).getAttribute('href')).toBe('/auth/sign-in?return=%2F');
    await context.close();
  });

  it('lets the switcher’s cookie choose the sign-in page’s language too', async () => {
    const context = await harness.browser.newContext({ locale: 'nb-NO' });
    await context.addCookies([{ name: 'vigil-lang', value: 'da', url: harness.base, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto(`${harness.base}/auth/callback?state=gone&code=old`);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.locator('h1').textContent()).toBe('Dette log-ind er udløbet');
    await context.close();
  });

  it('ran without a script error', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
