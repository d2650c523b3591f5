import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WebSessionStore } from '@vigil/web-sign-in';
import { ROLES } from '@vigil/identity';
import { Page } from 'playwright-core';
import { testIssuer } from '../shared/test-issuer';
import { inmateDefinition, staffDefinition } from '../support/fixtures';
import { eventually } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';
import { partnership } from './support/learning-page-fixtures';
import { TourData, tourData } from './support/page-tour-fixtures';

const WIDTHS = [375, 1280] as const;
const ACTOR = 'ST-TOUR01';
const AXE = require.resolve('axe-core/axe.min.js');
/** Git-ignored (.data/), for the README's pictures. */
const SHOTS = join(__dirname, '..', '..', '.data', 'screenshots');

interface Stop {
  name: string;
  path: (d: TourData) => string;
  /** What shows once the page has loaded what it reads. */
  ready: (page: Page, d: TourData) => Promise<unknown>;
}

const waitFor = (selector: string) => (page: Page) => page.locator(selector).first().waitFor(WAIT);

/** Every main page, with enough on it to be worth looking at. */
const STOPS: Stop[] = [
  { name: 'coordinator-board', path: () => '/coordinator', ready: (p, d) => p.locator(`tr[data-run-id="${d.activationRunId}"]`).waitFor(WAIT) },
  { name: 'run', path: (d) => `/coordinator/runs/${d.activationRunId}`, ready: waitFor('#run-status') },
  { name: 'crisis-board', path: () => '/crisis', ready: (p, d) => p.locator(`li.activation[data-activation-id="${d.activationId}"]`).waitFor(WAIT) },
  {
    name: 'activation',
    path: (d) => `/crisis/activations/${d.activationId}`,
    ready: async (p) => {
      await p.locator('#card-progress .card-run').waitFor(WAIT);
      await p.getByRole('button', { name: 'Show timeline' }).click();
      await p.locator('#timeline-body li').first().waitFor(WAIT);
    },
  },
  { name: 'learning-list', path: () => '/learning', ready: waitFor('#group-in-progress li.review-row') },
  { name: 'learning-review', path: (d) => `/learning#review=${d.reviewId}`, ready: waitFor('#timeline-list li') },
  { name: 'statistics', path: () => '/statistics', ready: waitFor('#yearly-table td') },
  { name: 'audit-record', path: (d) => `/audit#activation=${d.activationId}`, ready: waitFor('#replay-slider') },
  { name: 'audit-access-log', path: () => '/audit/access-log', ready: waitFor('#audit-table tbody tr') },
  { name: 'authoring-list', path: () => '/authoring', ready: waitFor('#cards-table tbody tr') },
  { name: 'authoring-card', path: () => '/authoring/templates/violence-against-employee', ready: waitFor('#card-preview li.step') },
  { name: 'authoring-plan', path: () => '/authoring/plans/riot', ready: waitFor('#plan-preview') },
];

/**
 * Every main page at a phone's width (375 px) and a desktop's (1280 px), in Chromium on the real app: nothing of the main
 * content scrolls sideways, axe-core finds no serious or critical accessibility violation, and a screenshot of each is saved
 * to .data/screenshots/<page>-<width>.png.
 */
describe('every page on a small screen and a large one, and accessible', () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let data: TourData;
  const measured: string[] = [];

  async function open(width: number, path: string): Promise<Page> {
    // bypassCSP: axe is injected as a script of the test's own; the pages' CSP is checked by the other specs.
    const context = await harness.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
    const token = (await testIssuer()).token({ staff_ref: ACTOR, vigil_roles: ROLES, vigil_unit: 'national' });
    const session = await vigil.app.get(WebSessionStore).open(ACTOR, { accessToken: token, expiresInSeconds: 600 });
    await context.addCookies([{ name: 'vigil_session', value: session.cookieValue, url: harness.base, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.scriptErrors.push(`${path} at ${width}: ${error.message}`));
    await page.goto(harness.base + path);
    await page.locator('#signed-in-as', { hasText: ACTOR }).waitFor(WAIT);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    vigil.clock.set(new Date(Date.now() - 400 * 86_400_000));
    await vigil.http().post('/statistics/indicators/staff-episodes/versions').set(partnership()).send(staffDefinition()).expect(201);
    await vigil.http().post('/statistics/indicators/inmate-exposures/versions').set(partnership()).send(inmateDefinition()).expect(201);
    vigil.clock.set(null);
    data = await tourData(vigil);
    await eventually(async () => ((await vigil.http().get('/statistics/indicators').set(partnership())).body.length ? true : undefined));
  }, 180_000);

  afterAll(async () => {
    if (measured.length) process.stdout.write(`widths measured:\n${measured.join('\n')}\n`);
    await harness?.close();
  });

  for (const stop of STOPS) {
    for (const width of WIDTHS) {
      it(`${stop.name} at ${width} px: no sideways scrolling, no serious accessibility violation`, async () => {
        const page = await open(width, stop.path(data));
        try {
          await stop.ready(page, data);
          const scrollWidth: number = await page.evaluate('document.documentElement.scrollWidth');
          const wide: string[] = await page.evaluate(`Array.from(document.querySelectorAll('main *'))
            .filter((el) => el.getBoundingClientRect().right > ${width} + 1 && getComputedStyle(el).position !== 'absolute')
            .slice(0, 5).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' ' + Math.round(el.getBoundingClientRect().right))`);
          measured.push(`${stop.name} at ${width}: ${scrollWidth}${wide.length ? ` (${wide.join(', ')})` : ''}`);
          await page.screenshot({ path: join(SHOTS, `${stop.name}-${width}.png`), fullPage: true });
          expect({ scrollWidth, wide }).toEqual({ scrollWidth: expect.any(Number), wide: [] });
          expect(scrollWidth).toBeLessThanOrEqual(width);
          await page.evaluate("document.querySelectorAll('details').forEach((d) => (d.open = true))"); // the forms folded away, too
          await page.addScriptTag({ path: AXE });
          const { rulesPassed, found }: { rulesPassed: number; found: { impact: string; line: string }[] } = await page.evaluate(`axe
            .run(document, { resultTypes: ['violations'] })
            .then((r) => ({ rulesPassed: r.passes.length, found: r.violations.map((v) => ({ impact: v.impact,
              line: v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ') })) }))`);
          expect(rulesPassed).toBeGreaterThan(10); // axe ran its rules on the page
          const violations = found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.line);
          const lesser = found.filter((v) => !violations.includes(v.line)).map((v) => v.line);
          if (lesser.length) measured.push(`  axe, less than serious: ${lesser.join('; ')}`);
          expect(violations).toEqual([]);
        } finally {
          await page.context().close();
        }
      }, 60_000);
    }
  }

  it("shows a run's next due and overdue steps on a phone, each under its column's name, within the screen", async () => {
    const page = await open(375, '/coordinator');
    try {
      const row = page.locator(`tr[data-run-id="${data.activationRunId}"]`);
      await row.waitFor(WAIT);
      const measure = () =>
        row
          .locator('td')
          .evaluateAll((tds) =>
            tds.map((td) => ({ label: td.getAttribute('data-label'), right: td.getBoundingClientRect().right, height: td.getBoundingClientRect().height })),
          );
      const misfits = (cells: Awaited<ReturnType<typeof measure>>) => cells.filter((c) => !(c.right <= 375 && c.height > 0));
      // Under load the found row was once in the page but not yet laid out (every cell 0 px wide and high): measure again
      // until it fits, noting the first reading; a row that never fits fails below with its cells' sizes.
      const first = misfits(await measure());
      if (first.length) {
        measured.push(`board row at 375 before it was laid out: ${JSON.stringify(first)}`);
        await eventually(async () => (misfits(await measure()).length ? undefined : true), WAIT.timeout).catch(() => undefined);
      }
      const cells = await measure();
      expect(cells.map((c) => c.label)).toEqual(['Started', 'Open steps', 'Next due step', 'Overdue steps']);
      expect(misfits(cells)).toEqual([]);
      expect(await row.locator('td').nth(3).textContent()).toContain('Overdue: ');
      expect(
        await page
          .locator('table thead')
          .first()
          .evaluate((el) => el.getBoundingClientRect().width),
      ).toBeLessThanOrEqual(1); // the names are on the cells
      expect(await page.getByRole('columnheader', { name: 'Next due step' }).count()).toBeGreaterThan(0); // still a table to a screen reader
    } finally {
      await page.context().close();
    }
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
