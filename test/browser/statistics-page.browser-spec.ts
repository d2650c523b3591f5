import { Role } from '@vigil/identity';
import { WebSessionStore } from '@vigil/web-sign-in';
import { Page } from 'playwright-core';
import { testIssuer } from '../shared/test-issuer';
import { ACTOR, eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';
import { inmateDefinition, revisedStaffDefinition, staffDefinition } from '../support/fixtures';

const PARTNER = 'ST-PART01';
const STAFF = 'ST-STAFF1';
const partnership = () => signedIn('ST-PART99', ['safety-partnership']);

const STAFF_V1 = staffDefinition();
const STAFF_V2 = revisedStaffDefinition();
const INMATES_V1 = inmateDefinition();

/** The figures as a table cell: year, area (or total), as known now or on the chosen day. */
const cell = (page: Page, period: number, series: string, known: 'now' | 'on' = 'now') =>
  page.locator(`#yearly-table td[data-period="${period}"][data-series="${series}"][data-known="${known}"]`);

/**
 * The safety partnership's statistics page in Chromium, on the real app over real HTTP: incidents reported on set days
 * (the store records each at the test's clock), two definitions of the staff figure (the second a break in series), a
 * plan and a publication; then the page read as a partner, and refused in words to a staff member.
 */
describe('the statistics page in Chromium', () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let base: string;
  let partner: Page;
  const consoleErrors: string[] = [];
  const chartLoads: { status: number; type: string }[] = [];

  /** A page signed in as `actor` with only these roles (the harness's `person` gives every role), watched from the start. */
  async function personWith(actor: string, roles: readonly Role[], path: string, watch = false): Promise<Page> {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const token = (await testIssuer()).token({ staff_ref: actor, vigil_roles: roles, vigil_unit: 'national' });
    const session = await vigil.app.get(WebSessionStore).open(actor, { accessToken: token, expiresInSeconds: 600 });
    await context.addCookies([{ name: 'vigil_session', value: session.cookieValue, url: base, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.scriptErrors.push(`${actor}: ${error.message}`));
    if (watch) {
      // A refused script or style is both a console error and a securitypolicyviolation event.
      await page.addInitScript(
        "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
      );
      // Chromium asks every origin for /favicon.ico on its own; Vigil has none, and no page asks for one.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${message.text()} ${message.location().url}`);
      });
      page.on('response', async (response) => {
        if (response.url().endsWith('/statistics/assets/chart.umd.js'))
          chartLoads.push({ status: response.status(), type: response.headers()['content-type'] });
      });
    }
    await page.goto(base + path);
    await page.locator('#signed-in-as', { hasText: actor }).waitFor(WAIT);
    return page;
  }

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    base = harness.base;
    const on = (day: string) => vigil.clock.set(new Date(`${day}T10:00:00Z`));
    const report = async (day: string, body: Record<string, unknown>) => {
      on(day);
      await vigil
        .http()
        .post('/incidents')
        .set(signedIn(ACTOR))
        .send({
          kind: 'threat',
          target: 'staff-on-duty',
          perpetrator: 'inmate',
          location: { type: 'institution', area: 'syddanmark', institution: 'nyborg' },
          severity: 'moderate',
          injuries: { physical: 'none', psychological: false },
          description: 'Trussel under gårdtur.',
          involved: [],
          ...body,
        })
        .expect(201);
    };
    on('2024-01-02');
    await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership()).send(STAFF_V1).expect(201);
    await vigil.http().post('/statistics/indicators/inmate-exposures/versions').set(partnership()).send(INMATES_V1).expect(201);
    await report('2024-03-10', { kind: 'violence', occurredAt: '2024-03-10T08:00:00Z' });
    await report('2024-07-01', { occurredAt: '2024-07-01T08:00:00Z' });
    await report('2024-08-01', {
      kind: 'harassment',
      target: 'staff-off-duty',
      perpetrator: 'relative',
      location: { type: 'off-duty', area: 'syddanmark' },
      occurredAt: '2024-08-01T08:00:00Z',
    });
    await report('2024-09-01', { occurredAt: '2024-09-01T08:00:00Z', location: { type: 'institution', area: 'hovedstaden', institution: 'horseroed' } });
    await report('2025-01-05', { occurredAt: '2024-12-20T08:00:00Z', location: { type: 'institution', area: 'hovedstaden', institution: 'horseroed' } });
    await report('2025-02-10', { occurredAt: '2025-02-10T08:00:00Z', location: { type: 'institution', area: 'syddanmark', institution: 'renbaek' } });
    await report('2025-05-10', { kind: 'violence', occurredAt: '2024-06-01T08:00:00Z' }); // after 2024's cut-off: a late registration
    on('2025-06-02');
    await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership()).send(STAFF_V2).expect(201);
    vigil.clock.set(null); // the sessions and the page live in today
    await eventually(async () => {
      const res = await vigil.http().get('/statistics/figures?indicator=staff-episodes&version=2&from=2024&to=2024').set(partnership());
      return res.status === 200 && res.body.rows[0].knownNow === 6 ? true : undefined;
    }, 30_000);
    await vigil
      .http()
      .post('/statistics/publications')
      .set(partnership())
      .send({ indicator: 'staff-episodes', version: 1, year: 2024, asKnownOn: '2025-01-09', note: 'Foreløbige tal' })
      .expect(201);
    const goals = [
      { goal: 'staff', title: 'Against staff down 10 % a year', weight: 60, indicator: 'staff-episodes', baselineYear: 2024, changePerYear: -10 },
      { goal: 'catalogue', title: 'Catalogue of interventions in use', weight: 40, assessed: true },
    ];
    await vigil.http().put('/statistics/target-plans/action-plan').set(partnership()).send({ title: 'Vold og trusler', goals }).expect(200);
    await vigil
      .http()
      .post('/statistics/target-plans/action-plan/assessments')
      .set(partnership())
      .send({ goal: 'catalogue', year: 2025, met: false, note: 'Two areas do not use it yet.' })
      .expect(201);
    await eventually(async () => {
      const plans = (await vigil.http().get('/statistics/targets?from=2025&to=2025').set(partnership())).body.plans;
      const published = (await vigil.http().get('/statistics/publications').set(partnership())).body;
      return plans?.[0]?.fulfilment[0].decided === 100 && published.length === 1 ? true : undefined;
    });
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows a partner the year-on-year table with the target line, and the chart of it drawn by Chart.js from Vigil', async () => {
    partner = await personWith(PARTNER, ['safety-partnership'], '/statistics#from=2024&to=2026', true);
    await cell(partner, 2024, 'syddanmark').waitFor(WAIT);
    expect(await partner.locator('h1').textContent()).toBe('Statistics on violence and threats');
    expect(await cell(partner, 2024, 'syddanmark').textContent()).toBe('4'); // under version 2, off-duty harassment counts
    expect(await cell(partner, 2024, 'hovedstaden').textContent()).toBe('2');
    expect(await cell(partner, 2024, 'total').textContent()).toBe('6');
    expect(await cell(partner, 2025, 'total').textContent()).toBe('1');
    expect(await partner.locator('#yearly-table td[data-period="2025"][data-series="target"]').textContent()).toBe('5.4');
    expect(await partner.locator('#yearly-table thead th').allTextContents()).toEqual([
      'Year',
      'Hovedstaden',
      'Sjælland',
      'Syddanmark',
      'Midt- og Nordjylland',
      'Total',
      'Target line: Against staff down 10 % a year',
    ]);
    expect(await partner.locator('#yearly-table tbody th').last().textContent()).toContain('Provisional'); // 2026 is not final

    // Drawn by the Chart.js Vigil serves: the canvas has a chart, sized, with the table's figures and the target line.
    const chart = await partner.waitForFunction(
      `(() => {
        const canvas = document.querySelector('#yearly-chart canvas');
        const found = window.Chart && window.Chart.getChart(canvas);
        return found && canvas.width > 0 ? found.data.datasets.map((d) => [d.label, d.data]) : null;
      })()`,
      undefined,
      WAIT,
    );
    expect(await chart.jsonValue()).toEqual([
      ['Hovedstaden', [2, 0, 0]],
      ['Sjælland', [0, 0, 0]],
      ['Syddanmark', [4, 1, 0]],
      ['Midt- og Nordjylland', [0, 0, 0]],
      ['Target line: Against staff down 10 % a year', [6, 5.4, 4.9]],
    ]);
    expect(chartLoads).toEqual([{ status: 200, type: 'text/javascript; charset=utf-8' }]);
  });

  it('says the chosen definition is a new one, a break in series, with its reason and date', async () => {
    const note = partner.locator('#definition');
    expect(await note.textContent()).toContain('version 2, published 2 June 2025');
    expect(await note.locator('.break-note').textContent()).toBe(
      'New definition: a break in series. Figures under version 2 are counted another way than under version 1 and are not to be compared with them. Why: Off-duty harassment of staff and their families counts as against staff.',
    );
    expect(await partner.getByLabel('Definition', { exact: true }).locator('option').allTextContents()).toEqual([
      'Version 2 (latest), from 2 June 2025',
      'Version 1, from 2 January 2024',
    ]);
    // What it counts, the register's codes in words.
    expect(await note.locator('dl.facts dd').allTextContents()).toEqual([
      'Violence, Threats, Harassment',
      'Staff on duty, Staff off duty, Staff’s families',
      'Inmate, Client, Relative, Unknown, Other',
      'At an institution, Off duty',
      'each episode once',
      'exercises, duplicates, reports marked not reportable',
      'the day the incident happened',
      '9 January the year after',
      '1 April the year after; what is recorded later is a late registration',
    ]);
    // The areas and regions this deployment serves, by the catalogue's own names.
    expect(await partner.getByLabel('Area', { exact: true }).locator('option').allTextContents()).toEqual([
      'All areas',
      'Hovedstaden',
      'Sjælland',
      'Syddanmark',
      'Midt- og Nordjylland',
      'Region øst',
      'Region sør',
      'Region sørvest',
      'Region vest',
      'Region nord',
    ]);
  });

  it('shows the figures as known on a day beside those known now', async () => {
    await partner.getByLabel('As known on', { exact: true }).fill('2025-01-09');
    await cell(partner, 2024, 'syddanmark', 'on').waitFor(WAIT);
    expect(await partner.locator('#yearly-table thead tr').nth(1).locator('th').allTextContents()).toEqual(
      Array.from({ length: 5 }, () => ['As known now', 'As known on 9 January 2025']).flat(),
    );
    expect(await cell(partner, 2024, 'syddanmark', 'on').textContent()).toBe('3'); // the late registration came in May 2025
    expect(await cell(partner, 2024, 'total', 'on').textContent()).toBe('5');
    expect(await cell(partner, 2024, 'total', 'now').textContent()).toBe('6');
    expect(partner.url()).toContain('asKnownOn=2025-01-09');
  });

  it("offers the table's own data as CSV and JSON from the API", async () => {
    const csvHref = await partner
      .locator('#yearly')
      .getByRole('link', { name: /^Download CSV/ })
      .getAttribute('href');
    const jsonHref = await partner
      .locator('#yearly')
      .getByRole('link', { name: /^Download JSON/ })
      .getAttribute('href');
    expect(csvHref).toBe(`${jsonHref}&format=csv`);
    const csv = await partner.evaluate((href) => fetch(href!).then((r) => r.text()), csvHref);
    const lines = csv.replace('\uFEFF', '').split('\n');
    expect(lines[0]).toBe('Period,Area,Institution,Kind,Target group,As known now,Provisional,As known on 2025-01-09,Provisional on 2025-01-09');
    expect(lines).toContain('2024,syddanmark,,,,4,no,3,yes');
    const json = (await partner.evaluate((href) => fetch(href!).then((r) => r.json()), jsonHref)) as { definition: unknown };
    expect(json.definition).toMatchObject({ version: 2, breakInSeries: true });
  });

  it('shows late registrations, the revision triangle and its mean revision in words', async () => {
    const late = partner.locator('#late-table tr[data-year="2024"]');
    await late.waitFor(WAIT);
    expect(await late.locator('[data-column="first-release"] .figure').textContent()).toBe('5');
    expect(await late.locator('[data-column="first-release"] time').textContent()).toBe('9 January 2025');
    expect(await late.locator('[data-column="cut-off"] .figure').textContent()).toBe('5');
    expect(await late.locator('[data-column="late"]').textContent()).toBe('1');
    expect(await late.locator('[data-column="now"]').textContent()).toBe('6');
    expect(await late.locator('[data-column="status"]').textContent()).toBe('Final');
    expect(await partner.locator('#triangle-summary').textContent()).toMatch(/^On average a year’s first figure changed by \d+(\.\d)? afterwards/);
    expect(
      await partner.locator('#triangle-table tr[data-period="2024"] td.heat-up-2, #triangle-table tr[data-period="2024"] td.heat-up-3').count(),
    ).toBeGreaterThan(0);
  });

  it('lists what moved in a year and why, between two days and against the older definition', async () => {
    await partner.getByLabel('Year whose figure moved').selectOption('2024');
    await partner.getByLabel('From day').fill('2025-01-09');
    await partner.getByRole('button', { name: 'Show what moved' }).click();
    await partner.locator('#report-summary', { hasText: 'The figure for 2024 was 5' }).waitFor(WAIT);
    expect(await partner.locator('#report-summary').textContent()).toBe('The figure for 2024 was 5 as known on 9 January 2025 and is 6 as known today: +1.');
    const moved = partner.locator('#report-moved tbody tr');
    expect(await moved.count()).toBe(1);
    expect(await moved.locator('th, td').allTextContents()).toEqual([
      '1 June 2024',
      'Violence',
      'Staff on duty',
      'Syddanmark',
      'Nyborg Fængsel',
      '0',
      '1',
      'Recorded late: Recorded after the figure was first known',
      '10 May 2025',
    ]);
    await partner.getByLabel('with an older definition').check();
    await partner.getByRole('button', { name: 'Show what moved' }).click();
    await partner.locator('#report-summary', { hasText: 'version 1 of the definition counts 5' }).waitFor(WAIT);
    expect(await partner.locator('#report-reasons tr[data-reason="definition-changed"]').textContent()).toBe('New definition+1');
    expect(await partner.locator('#report-moved td.why').textContent()).toContain('Version 1 does not count it: its kind, harassment, is not included');
  });

  it("shows each goal's verdict per year and the year's goal fulfilment; and the published editions", async () => {
    const staff = partner.locator('#targets-table-0 tr[data-goal="staff"]');
    await staff.waitFor(WAIT);
    expect(await staff.locator('td[data-year="2024"]').textContent()).toBe('Baselinefigure 6');
    expect(await staff.locator('td[data-year="2025"]').textContent()).toBe('Met1 against a target of 5.4');
    expect(await partner.locator('#targets-table-0 tr[data-goal="catalogue"] td[data-year="2025"]').textContent()).toBe('MissedTwo areas do not use it yet.');
    expect(await partner.locator('#targets-table-0 tr.fulfilment td[data-year="2025"]').textContent()).toBe('60 % of the plan met, 100 % decided');
    const edition = partner.locator('#published-table tr[data-year="2024"][data-edition="1"]');
    await edition.waitFor(WAIT);
    expect(await edition.locator('td').first().textContent()).toBe('Edition 1 (provisional)');
    expect(await edition.locator('[data-column="published"]').textContent()).toBe('4');
    expect(await edition.locator('[data-column="now"]').textContent()).toBe('5');
    expect(await edition.locator('[data-column="revised"]').textContent()).toBe('+1');
    expect(await edition.locator('[data-column="marks"]').textContent()).toBe('p (provisional)');
    await partner.locator('#action-cards-status', { hasText: 'No action-card run was started in these years.' }).waitFor(WAIT);
  });

  it('prints the yearly report without controls or download links', async () => {
    await partner.emulateMedia({ media: 'print' });
    expect(await partner.locator('#controls').isVisible()).toBe(false);
    expect(await partner.locator('.downloads').first().isVisible()).toBe(false);
    expect(await partner.locator('header.top').isVisible()).toBe(false);
    expect(await partner.locator('.print-heading').textContent()).toMatch(/^Yearly report: Episodes of violence, threats and harassment against staff/);
    expect(await partner.locator('#yearly-table').isVisible()).toBe(true);
    await partner.emulateMedia({ media: 'screen' });
    expect(await partner.getByRole('button', { name: 'Print the yearly report' }).isVisible()).toBe(true);
  });

  it("breaks a chosen area's figures down by its institutions, off duty apart", async () => {
    await partner.getByRole('button', { name: 'Show only as known now' }).click();
    await partner
      .locator('#yearly-table thead tr')
      .nth(1)
      .waitFor({ state: 'detached', ...WAIT });
    expect(await partner.getByLabel('As known on', { exact: true }).inputValue()).toBe('');
    await partner.getByLabel('Area', { exact: true }).selectOption({ label: 'Syddanmark' });
    await cell(partner, 2024, 'nyborg').waitFor(WAIT);
    expect(await partner.locator('#yearly-table thead th').allTextContents()).toEqual([
      'Year',
      'Nyborg Fængsel',
      'Renbæk Fængsel',
      'Arresthuset i Odense',
      'Off duty (no institution)',
      'Total',
    ]);
    expect(await cell(partner, 2024, 'nyborg').textContent()).toBe('3');
    expect(await cell(partner, 2024, 'off-duty').textContent()).toBe('1');
    expect(await cell(partner, 2025, 'renbaek').textContent()).toBe('1');
    expect(await cell(partner, 2024, 'total').textContent()).toBe('4');
    expect(partner.url()).toContain('area=syddanmark');
  });

  it('ran without a console error or a refused script or style', async () => {
    expect(await partner.evaluate('window.cspViolations')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('tells a staff member without the role, in words, that the statistics are not theirs', async () => {
    const staff = await personWith(STAFF, ['staff'], '/statistics');
    await staff.locator('#problem', { hasText: 'Your role does not give access to the statistics.' }).waitFor(WAIT);
    expect(await staff.locator('#yearly-table').count()).toBe(0);
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
