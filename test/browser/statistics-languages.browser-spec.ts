import { Page } from 'playwright-core';
import { ACTOR, eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';
import { staffDefinition } from '../support/fixtures';

const READER = 'ST-STATS1';

/** Each language's words the page should show: headings, table headers, a code word, a date and a total. */
const LANGUAGES = [
  {
    locale: 'da-DK',
    language: 'da',
    heading: 'Statistik om vold og trusler',
    sections: [
      'År for år',
      'Efterregistreringer',
      'Sådan blev tallene revideret',
      'Hvad flyttede sig, og hvorfor',
      'Mål',
      'Offentliggjorte tal',
      'Handlekort: ensartet håndtering',
    ],
    lateHeaders: [
      'År',
      'Ved første offentliggørelse',
      'Ved skæringsdatoen (endeligt)',
      'Registreret efter skæringsdatoen',
      'Andre ændringer efter skæringsdatoen',
      'Opgjort nu',
      'Status',
    ],
    total: 'I alt',
    version: 'Version 1 (nyeste), fra 2. januar 2024',
    firstRelease: '9. januar 2025',
    since: 'Fra dag',
    show: 'Vis, hvad der flyttede sig',
    summary: 'Tallet for 2024 var 0 opgjort pr. 5. januar 2024 og er 2 opgjort i dag: +2.',
    movedHeaders: ['Skete den', 'Hændelsestype', 'Mod', 'Område', 'Institution', 'Talt før', 'Talt efter', 'Hvorfor', 'Registreret'],
    moved: [
      ['10. marts 2024', 'Vold', 'Ansatte i tjeneste', 'Syddanmark', 'Nyborg Fængsel'],
      ['2. maj 2024', 'Vold', 'Ansatte i tjeneste', 'Region øst', 'Oslo fengsel'],
    ],
    area: 'Område',
  },
  {
    locale: 'nb-NO',
    language: 'nb',
    heading: 'Statistikk om vold og trusler',
    sections: [
      'År for år',
      'Etterregistreringer',
      'Slik ble tallene revidert',
      'Hva endret seg, og hvorfor',
      'Mål',
      'Publiserte tall',
      'Tiltakskort: lik håndtering',
    ],
    lateHeaders: [
      'År',
      'Ved første publisering',
      'Ved skjæringsdatoen (endelig)',
      'Registrert etter skjæringsdatoen',
      'Andre endringer etter skjæringsdatoen',
      'Kjent nå',
      'Status',
    ],
    total: 'Totalt',
    version: 'Versjon 1 (nyeste), fra 2. januar 2024',
    firstRelease: '9. januar 2025',
    since: 'Fra dag',
    show: 'Vis hva som endret seg',
    summary: 'Tallet for 2024 var 0 per 5. januar 2024 og er 2 i dag: +2.',
    movedHeaders: ['Skjedde', 'Hendelsestype', 'Mot', 'Region', 'Enhet', 'Telt før', 'Telt etter', 'Hvorfor', 'Registrert'],
    moved: [
      ['10. mars 2024', 'Vold', 'Ansatte i tjeneste', 'Syddanmark', 'Nyborg Fængsel'],
      ['2. mai 2024', 'Vold', 'Ansatte i tjeneste', 'Region øst', 'Oslo fengsel'],
    ],
    area: 'Region',
  },
] as const;

const yearlyCell = (page: Page, period: number, series: string) =>
  page.locator(`#yearly-table td[data-period="${period}"][data-series="${series}"][data-known="now"]`);

/**
 * The statistics page in Danish and Norwegian Bokmål, in Chromium on the real app: one figure's definition and two
 * episodes of violence against staff, one at a Danish prison and one at a Norwegian; then the page read in each language,
 * its headings, table headers, the register's codes, its dates and its areas and regions in that language.
 */
describe('the statistics page in Danish and Norwegian', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await openBrowserHarness();
    const { vigil } = harness;
    const on = (day: string) => vigil.clock.set(new Date(`${day}T10:00:00Z`));
    const report = async (day: string, location: Record<string, string>) => {
      on(day);
      await vigil
        .http()
        .post('/incidents')
        .set(signedIn(ACTOR))
        .send({
          kind: 'violence',
          target: 'staff-on-duty',
          perpetrator: 'inmate',
          location: { type: 'institution', ...location },
          severity: 'moderate',
          injuries: { physical: 'minor', psychological: false },
          description: 'Slag under visitasjon.',
          involved: [],
          occurredAt: `${day}T08:00:00Z`,
        })
        .expect(201);
    };
    on('2024-01-02');
    await vigil
      .http()
      .post('/statistics/indicators/staff-episodes/versions')
      .set(signedIn(READER, ['safety-partnership']))
      .send(staffDefinition())
      .expect(201);
    await report('2024-03-10', { area: 'syddanmark', institution: 'nyborg' });
    await report('2024-05-02', { area: 'region-ost', institution: 'oslo-fengsel' });
    vigil.clock.set(null);
    await eventually(async () => {
      const res = await vigil
        .http()
        .get('/statistics/figures?indicator=staff-episodes&version=1&from=2024&to=2024')
        .set(signedIn(READER, ['safety-partnership']));
      return res.status === 200 && res.body.rows[0]?.knownNow === 2 ? true : undefined;
    }, 30_000);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  for (const words of LANGUAGES) {
    it(`shows its headings, table headers, codes and dates in ${words.language}`, async () => {
      const page = await harness.person(READER, '/statistics#from=2024&to=2025', undefined, { locale: words.locale });
      await yearlyCell(page, 2024, 'total').waitFor(WAIT);
      expect(await page.locator('html').getAttribute('lang')).toBe(words.language);
      expect(await page.locator('h1').textContent()).toBe(words.heading);
      expect(await page.locator('h2').allTextContents()).toEqual(words.sections);
      expect(await page.getByLabel(words.area, { exact: true }).count()).toBe(1);
      expect(await page.locator('#choose-version option').allTextContents()).toEqual([words.version]);

      // Year on year: the Danish areas and the Norwegian regions, each country's whole, and the total in words.
      const headers = await page.locator('#yearly-table thead th').allTextContents();
      expect(headers[headers.length - 1]).toBe(words.total);
      expect(headers).toEqual(expect.arrayContaining(['Syddanmark', 'Region øst', 'Region nord']));
      expect(await yearlyCell(page, 2024, 'syddanmark').textContent()).toBe('1');
      expect(await yearlyCell(page, 2024, 'region-ost').textContent()).toBe('1');
      expect(await yearlyCell(page, 2024, 'total').textContent()).toBe('2');

      // Late registrations: the headers, and the day 2024's first figures came out, written the locale's way.
      const late = page.locator('#late-table tr[data-year="2024"]');
      await late.waitFor(WAIT);
      expect(await page.locator('#late-table thead th').allTextContents()).toEqual(words.lateHeaders);
      expect(await late.locator('[data-column="first-release"] time').textContent()).toBe(words.firstRelease);
      const expected = await page.evaluate(
        ([locale]) => new Date(Date.UTC(2025, 0, 9)).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
        [words.locale],
      );
      expect(expected).toBe(words.firstRelease);

      // What moved since a day before both episodes: each in words, its kind "Vold", its day the locale's way.
      await page.locator('#report-year').selectOption('2024');
      await page.getByLabel(words.since, { exact: true }).fill('2024-01-05');
      await page.getByRole('button', { name: words.show }).click();
      await page.locator('#report-summary', { hasText: words.summary }).waitFor(WAIT);
      expect(await page.locator('#report-moved thead th').allTextContents()).toEqual(words.movedHeaders);
      const rows = await page.locator('#report-moved tbody tr').all();
      const moved = await Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).slice(0, 5)));
      expect(moved).toEqual(words.moved);
      await page.context().close();
    }, 60_000);
  }

  it("shows a Norwegian region's figures by its own units when it is chosen", async () => {
    const page = await harness.person(READER, '/statistics#from=2024&to=2025', undefined, { locale: 'nb-NO' });
    await yearlyCell(page, 2024, 'total').waitFor(WAIT);
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region øst' });
    await yearlyCell(page, 2024, 'oslo-fengsel').waitFor(WAIT);
    const headers = await page.locator('#yearly-table thead th').allTextContents();
    expect(headers.slice(0, 2)).toEqual(['År', 'Oslo fengsel']);
    expect(headers).toEqual(expect.arrayContaining(['Halden fengsel', 'Oslo friomsorgskontor']));
    expect(headers[headers.length - 1]).toBe('Totalt');
    expect(await yearlyCell(page, 2024, 'oslo-fengsel').textContent()).toBe('1');
    expect(await page.locator('#yearly-table caption').textContent()).toContain('Region øst, 2024–2025, kjent nå');
    expect(await page.locator('#definition dl.facts dd').first().textContent()).toBe('Vold, Trusler');
    await page.context().close();
  }, 60_000);

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
