import { Page } from 'playwright-core';
import { incidentReport } from '../support/fixtures';
import { ACTOR, eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';
import { pageAs } from './support/learning-page-fixtures';

const AUDITOR = 'ST-AUDIT02';
const COORDINATOR = 'ST-COORD08';
const DAY = 86_400_000;

/**
 * The auditor's page in Chromium, on the real app over real HTTP: an incident reported, corrected and reclassified on
 * three days (the app's clock set for each), then replayed with the time slider by an auditor; its reads, its bundle and
 * the latest checkpoint beside it; a coordinator refused in words.
 */
describe("the auditor's replay page in Chromium", () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let incidentId: string;
  let auditor: Page;
  const consoleErrors: string[] = [];
  const known = (page: Page, field: string) => page.locator(`#replay-known dd[data-field="${field}"]`).first();

  /** Moves the slider as a person would with the keyboard: Home for the first moment, End for the last. */
  async function moveTo(page: Page, key: 'Home' | 'End', position: string): Promise<void> {
    await page.locator('#replay-slider').focus();
    await page.keyboard.press(key);
    await page.locator('#replay-position', { hasText: position }).waitFor(WAIT);
  }

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    const start = Date.now() - 3 * DAY;
    const post = (path: string, body: object, status: number) => vigil.http().post(path).set(signedIn(ACTOR)).send(body).expect(status);
    try {
      vigil.clock.set(new Date(start));
      incidentId = (await post('/incidents', incidentReport(), 201)).body.incidentId;
      vigil.clock.set(new Date(start + DAY + 5 * 3_600_000));
      await post(`/incidents/${incidentId}/corrections`, { corrections: { severity: 'serious' }, reason: 'Lægen fandt brud', expectedRevision: 0 }, 200);
      vigil.clock.set(new Date(start + 2 * DAY));
      await post(`/incidents/${incidentId}/reclassification`, { kind: 'threat', reason: 'Gennemgået i udvalget', expectedRevision: 1 }, 200);
    } finally {
      vigil.clock.set(null);
    }
    // The history is a read model, filled asynchronously: read it once it has caught up (the read is then on record).
    const coordinator = signedIn('ST-READ043', ['coordinator'], 'national');
    await eventually(async () => ((await vigil.http().get(`/incidents/${incidentId}/history`).set(coordinator)).status === 200 ? true : undefined));
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('is linked from the start page and from the access-log page', async () => {
    const page = await pageAs(harness, AUDITOR, ['auditor'], '/audit/access-log');
    await page.getByRole('link', { name: 'Audit a record' }).click();
    await page.locator('h1', { hasText: 'Audit a record' }).waitFor(WAIT);
    await page.goto(harness.base + '/');
    expect(await page.getByRole('link', { name: 'Audit a record (auditors)' }).getAttribute('href')).toBe('/audit');
  });

  it('replays the incident: the first moment shows the original classification, the last the reclassified one', async () => {
    auditor = await pageAs(harness, AUDITOR, ['auditor'], `/audit#incident=${incidentId}`, consoleErrors);
    await auditor.locator('#replay-slider').waitFor(WAIT);
    expect(await auditor.locator('h1 abbr').getAttribute('title')).toBe(incidentId);
    expect(await auditor.locator('h1').textContent()).toBe(`Incident ${incidentId.slice(0, 8)}`);
    expect(await auditor.locator('#replay-events li .what').allTextContents()).toEqual(['Incident reported', 'Incident corrected', 'Incident reclassified']);
    await known(auditor, 'kind').filter({ hasText: 'threat' }).waitFor(WAIT);

    await moveTo(auditor, 'Home', '1');
    await known(auditor, 'kind').filter({ hasText: 'violence' }).waitFor(WAIT);
    expect(await known(auditor, 'severity').textContent()).toBe('moderate');
    expect(await auditor.locator('#replay-moment').textContent()).toContain('Incident reported');
    expect(await auditor.locator('#replay-moment').textContent()).toContain('at the start');
    expect(auditor.url()).toContain(`#incident=${incidentId}&at=1`);

    await moveTo(auditor, 'End', '3');
    await known(auditor, 'kind').filter({ hasText: 'threat' }).waitFor(WAIT);
    expect(await known(auditor, 'severity').textContent()).toBe('serious');
    expect(await auditor.locator('#replay-moment').textContent()).toContain('2 days after the first event');
    const reclassified = auditor.locator('#replay-events li', { hasText: 'Incident reclassified' });
    expect(await reclassified.textContent()).toContain(`by ${ACTOR}`);
    expect(await reclassified.locator('.basis').textContent()).toBe('Reason: Gennemgået i udvalget');
  });

  it("lists the record's reads: the coordinator's history and the auditor's own replay", async () => {
    await auditor.locator('#access-table .who', { hasText: 'ST-READ043' }).waitFor(WAIT);
    await auditor.locator('#access-table .view', { hasText: 'as known on' }).first().waitFor(WAIT);
  });

  it('downloads the bundle as vigil-bundle/1 JSON, and shows the latest checkpoint with how to verify it', async () => {
    const href = await auditor.locator('#bundle-json').getAttribute('href');
    expect(href).toBe(`/proof/bundles/incident/${incidentId}`);
    const bundle = (await auditor.evaluate(async (path) => (await fetch(path!, { credentials: 'same-origin' })).json(), href)) as {
      format: string;
      events: unknown[];
    };
    expect(bundle.format).toBe('vigil-bundle/1');
    expect(bundle.events).toHaveLength(3);
    expect(await auditor.locator('#bundle-html').getAttribute('href')).toBe(`${href}?format=html`);
    await auditor.locator('#checkpoint-size').waitFor(WAIT);
    expect(Number(await auditor.locator('#checkpoint-size').getAttribute('data-size'))).toBeGreaterThanOrEqual(3);
    expect(await auditor.locator('#replay-checkpoint').textContent()).toContain('npm run cli -- verify');
  });

  it('tells a coordinator in words that only auditors can replay records', async () => {
    const coordinator = await pageAs(harness, COORDINATOR, ['coordinator'], `/audit#incident=${incidentId}`);
    await coordinator.locator('#problem', { hasText: 'Only auditors can replay records, read who read them and download their bundles.' }).waitFor(WAIT);
    expect(await coordinator.locator('#replay-slider').count()).toBe(0);
  });

  it('ran without a script error, a console error or a CSP violation', async () => {
    expect(await auditor.evaluate('window.cspViolations')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(harness.scriptErrors).toEqual([]);
  });
});
