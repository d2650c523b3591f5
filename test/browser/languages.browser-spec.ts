import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';

const ACTOR = 'ST-LANG01';

/** Where the README's screenshots of the pages in Norwegian come from (git-ignored). */
const SHOTS = join(__dirname, '..', '..', '.data', 'screenshots');
const shoot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

/** Each main page's heading in Danish, Norwegian Bokmål and English. */
const PAGES: [path: string, da: string, nb: string, en: string][] = [
  ['/coordinator', 'Handlekorttavle', 'Tiltakskorttavle', 'Action-card board'],
  ['/crisis', 'Beredskabstavle', 'Beredskapstavle', 'Crisis board'],
  ['/statistics', 'Statistik om vold og trusler', 'Statistikk om vold og trusler', 'Statistics on violence and threats'],
  ['/learning', 'Læringsgennemgange', 'Læringsgjennomganger', 'Learning reviews'],
  ['/audit', 'Gennemgå en sag', 'Gå gjennom en sak', 'Audit a record'],
  ['/audit/access-log', 'Adgangslog', 'Tilgangslogg', 'Access log'],
];

/** The browser's locale (so its Accept-Language) and the page language it should get. */
const LOCALES = [
  ['da-DK', 'da', 1],
  ['nb-NO', 'nb', 2],
  ['en-US', 'en', 3],
] as const;

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/**
 * The pages in Danish, Norwegian Bokmål and English, in Chromium on the real app: the browser's Accept-Language picks the
 * language, the switcher in the header changes it for good (a cookie), and a Norwegian page shows Norwegian regions, dates
 * and legal bases.
 */
describe('the pages in Danish, Norwegian and English', () => {
  let harness: BrowserHarness;
  let runId: string;
  let placementId: string;
  let activationId: string;

  beforeAll(async () => {
    harness = await openBrowserHarness();
    const { vigil } = harness;
    await loadStarterLibrary(vigil.databaseUrl);
    await loadStarterPlans(vigil.databaseUrl);
    const nb = (path: string) => vigil.http().post(path).set(signedIn(ACTOR)).set('Accept-Language', 'nb');
    await eventually(async () => {
      const res = await vigil.http().get('/action-card-templates').set(signedIn(ACTOR));
      return res.body.items?.some(
        (t: { templateId: string; currentVersion: number | null }) => t.templateId === 'no-security-cell-placement' && t.currentVersion,
      )
        ? true
        : undefined;
    });
    runId = (await nb('/action-card-runs').send({ templateId: 'no-security-cell-placement', area: 'region-ost', institution: 'oslo-fengsel' }).expect(201)).body
      .runId;
    placementId = (
      await nb('/coercive-measures/placements')
        .send({
          measure: 'security-cell',
          restrained: false,
          inmateRef: 'IN-4F7K2Q',
          institution: 'bergen-fengsel',
          startedAt: new Date(Date.now() - 3_600_000).toISOString(),
          legalBasis: 'no-strgjfl-38',
          reason: { category: 'violent-resistance', text: 'Voldsom motstand ved visitasjon.' },
          alternatives: [{ measure: 'de-escalation', outcome: 'tried-insufficient', note: 'Samtale uten effekt.' }],
          decidedBy: 'ST-2M8R4T',
          authorisedBy: 'ST-9X1L5V',
        })
        .expect(201)
    ).body.placementId;
    await eventually(async () => ((await vigil.http().get('/crisis-plans/it-outage/versions/1').set(signedIn(ACTOR))).status === 200 ? true : undefined));
    activationId = (
      await nb('/crisis-activations')
        .send({ planId: 'it-outage', scope: { kind: 'national' }, exercise: true, reason: 'Øvelse: bortfall av telefoni.' })
        .expect(201)
    ).body.activationId;
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  for (const [locale, language, column] of LOCALES) {
    it(`opens every main page in ${language} when the browser asks for ${locale}`, async () => {
      for (const row of PAGES) {
        const page = await harness.person(ACTOR, row[0], undefined, { locale });
        await page.getByRole('heading', { level: 1, name: row[column], exact: true }).waitFor(WAIT);
        expect([row[0], await htmlLang(page)]).toEqual([row[0], language]);
        await page.context().close();
      }
    }, 120_000);
  }

  it('switches language with the switcher, and keeps the choice across a reload', async () => {
    const page = await harness.person(ACTOR, '/coordinator', undefined, { locale: 'en-US' });
    await page.getByRole('heading', { level: 1, name: 'Action-card board' }).waitFor(WAIT);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlekorttavle' }).waitFor(WAIT);
    expect(await htmlLang(page)).toBe('da');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'vigil-lang');
    expect(cookie).toMatchObject({ value: 'da', sameSite: 'Lax', path: '/' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Handlekorttavle' }).waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('navigation', { name: 'Sprog' }).getByRole('button', { name: 'Norsk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiltakskorttavle' }).waitFor(WAIT);
    expect(await htmlLang(page)).toBe('nb');
    // Who is signed in, in Norwegian: the roles and the unit too.
    const who = await page.locator('#signed-in-as').textContent();
    for (const words of ['Logget inn som', 'Koordinator', 'Revisor', 'Hele landet']) expect([words, who?.includes(words)]).toEqual([words, true]);
    expect(await page.getByRole('button', { name: 'Logg ut' }).count()).toBe(1);
    await page.context().close();
  }, 60_000);

  it('shows a Norwegian region by its name, and dates the Norwegian way', async () => {
    const page = await harness.person(ACTOR, '/coordinator', undefined, { locale: 'nb-NO' });
    const row = page.locator(`tr[data-run-id="${runId}"]`);
    await row.waitFor(WAIT);
    expect(await page.getByRole('heading', { level: 2, name: 'Region øst · Oslo fengsel' }).count()).toBe(1);
    const started = row.locator('td time').first();
    const iso = (await started.getAttribute('datetime')) as string;
    const expected = await page.evaluate((at) => new Date(at).toLocaleString('nb-NO', { dateStyle: 'medium', timeStyle: 'short' }), iso);
    expect(await started.textContent()).toBe(expected);
    // Norwegian: the day first, then the month in Norwegian (e.g. "6. des. 2026, 11:40"); never the English "6 Dec 2026".
    expect(expected).toMatch(/^\d{1,2}\. [a-zæøå]+\.? \d{4}/);
    // The run itself: its steps ("steg"), its region, its state, all in Norwegian.
    await row.getByRole('link').first().click();
    await page.locator('#run-status', { hasText: 'Åpent' }).waitFor(WAIT);
    expect(await page.getByRole('heading', { level: 2, name: 'Steg', exact: true }).count()).toBe(1);
    expect(await page.locator('main p.muted').first().textContent()).toContain('Region øst · Oslo fengsel');
    expect(await page.locator('li.step button', { hasText: 'Kryss av' }).count()).toBeGreaterThan(0);
    await shoot(page, 'run-nb');
    await page.context().close();
  }, 60_000);

  it('shows a security-cell placement at a Norwegian prison resting on Norwegian law on the audit page', async () => {
    const page = await harness.person(ACTOR, `/audit#placement=${placementId}`, undefined, { locale: 'nb-NO' });
    await page.locator('#replay-known').getByText('straffegjennomføringsloven § 38').first().waitFor(WAIT);
    expect(await page.locator('h1').textContent()).toContain('Plassering i sikkerhetscelle');
    expect(await page.getByRole('heading', { level: 2, name: 'Hva man visste da', exact: true }).count()).toBe(1);
    expect(await htmlLang(page)).toBe('nb');
    await shoot(page, 'audit-placement-nb');
    await page.context().close();
  }, 60_000);

  it('shows a crisis activation in Norwegian: an exercise, its logs and its card progress', async () => {
    const page = await harness.person(ACTOR, `/crisis/activations/${activationId}`, undefined, { locale: 'nb-NO' });
    await page.locator('#activation-status', { hasText: 'Aktiv' }).waitFor(WAIT);
    expect(await page.locator('h1 .badge').textContent()).toBe('ØVELSE');
    for (const name of ['Kriseroller', 'Beslutningslogg (0)', 'Kommunikasjonslogg (0)', 'Framdrift på tiltakskort']) {
      expect([name, await page.getByRole('heading', { level: 2, name, exact: true }).count()]).toEqual([name, 1]);
    }
    expect(await page.locator('#activation-level').textContent()).toMatch(/^(Operativt|Taktisk|Strategisk)$/);
    await page.context().close();
  }, 60_000);
});
