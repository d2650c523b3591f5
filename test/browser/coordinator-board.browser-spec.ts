import { loadStarterLibrary } from '@vigil/action-cards';
import { Page } from 'playwright-core';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';

const FIRST = 'ST-DEMO01';
const SECOND = 'ST-DEMO02';
const ELSEWHERE = 'ST-DEMO03';

/** Two coordinators in two browser contexts (separate sessionStorage) on the real app over real HTTP. */
describe('the crisis coordinator page in Chromium', () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let base: string;
  let runId: string;
  let first: Page;
  let second: Page;

  const api = (method: 'get' | 'post', path: string, actor = ELSEWHERE) => vigil.http()[method](path).set(signedIn(actor));
  const step = (page: Page, id: string) => page.locator(`#step-${id}`);

  const coordinator = (actor: string, path: string, prepare?: (page: Page) => Promise<unknown>) => harness.person(actor, path, prepare);

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    base = harness.base;
    await loadStarterLibrary(vigil.databaseUrl);
    await eventually(async () => {
      const res = await api('get', '/action-card-templates');
      return res.body.items?.some(
        (t: { templateId: string; currentVersion: number | null }) => t.templateId === 'violence-against-employee' && t.currentVersion,
      )
        ? true
        : undefined;
    });
    const started = await api('post', '/action-card-runs')
      .send({ templateId: 'violence-against-employee', area: 'syddanmark', institution: 'nyborg' })
      .expect(201);
    runId = started.body.runId;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows who is signed in, and the run on the board with its next due step', async () => {
    first = await coordinator(FIRST, '/coordinator');
    const row = first.locator(`tr[data-run-id="${runId}"]`);
    await row.waitFor(WAIT);
    expect(await first.getByRole('heading', { name: 'Syddanmark · Nyborg Fængsel' }).count()).toBe(1);
    expect(await row.getByRole('link').textContent()).toBe('Vold mod medarbejder');
    expect(await row.locator('td').nth(2).textContent()).toContain('Sikr personens sikkerhed');
    expect(await first.locator('#signed-in-as').textContent()).toContain(FIRST);
    expect(await first.evaluate('document.cookie')).not.toContain('vigil_session'); // HttpOnly: no script reads it
  });

  it('opens the run: the pinned card with every step and its state', async () => {
    await first.locator(`tr[data-run-id="${runId}"]`).getByRole('link', { name: 'Vold mod medarbejder' }).click();
    await first.waitForURL(`${base}/coordinator/runs/${runId}`);
    await first.getByRole('heading', { level: 1, name: 'Vold mod medarbejder' }).waitFor(WAIT);
    expect(await first.locator('li.step').count()).toBe(8);
    expect(await first.locator('li.step[data-status="open"]').count()).toBe(8);
    expect(await first.locator('#signed-in-as', { hasText: FIRST }).count()).toBe(1); // still signed in after navigating
  });

  it('ticks steps off; a step that needs a note is refused in the page without one', async () => {
    await step(first, 'person-safety').getByRole('button', { name: 'Tick off' }).click();
    await first.locator('#step-person-safety[data-status="done"]').waitFor(WAIT);
    const manager = step(first, 'contact-manager');
    await manager.getByRole('button', { name: 'Tick off' }).click();
    expect(await manager.locator('.field-error').textContent()).toContain('needs a note');
    expect(await manager.getByLabel('Note (required)').getAttribute('aria-invalid')).toBe('true');
    await manager.getByLabel('Note (required)').fill('Nærmeste leder ST-4K9P2Q orienteret kl. 21.50');
    await manager.getByRole('button', { name: 'Tick off' }).click();
    await first.locator('#step-contact-manager[data-status="done"]').waitFor(WAIT);
    expect(await step(first, 'contact-manager').locator('.note').textContent()).toBe('Nærmeste leder ST-4K9P2Q orienteret kl. 21.50');
    expect(await step(first, 'contact-manager').textContent()).toContain(FIRST);
    expect(await first.locator('#timeline li').count()).toBe(3);
  });

  it('refuses to skip a mandatory step without a reason, in the page, and skips it with one', async () => {
    const sent: string[] = [];
    first.on('request', (r) => r.url().endsWith('/skipping') && sent.push(r.url()));
    const register = step(first, 'register-incident');
    await register.getByText('Skip this step…').click();
    await register.getByRole('button', { name: 'Skip step' }).click();
    expect(await register.locator('.field-error').textContent()).toBe('A mandatory step can only be skipped with a reason.');
    expect(sent).toEqual([]);
    await register.getByLabel(/Reason for skipping/).fill('Registreret direkte af vagthavende');
    await register.getByRole('button', { name: 'Skip step' }).click();
    await first.locator('#step-register-incident[data-status="skipped"]').waitFor(WAIT);
    expect(await step(first, 'register-incident').locator('.justification').textContent()).toBe('Registreret direkte af vagthavende');
    expect(sent).toHaveLength(1);
  });

  it("shows a second coordinator the first one's change live, without reloading", async () => {
    second = await coordinator(SECOND, `/coordinator/runs/${runId}`);
    const board = await coordinator(SECOND, '/coordinator');
    await board.locator(`tr[data-run-id="${runId}"]`).waitFor(WAIT);
    await board.getByText('Live updates: on').waitFor(WAIT);
    await second.locator('#step-psychological-first-aid[data-status="open"]').waitFor(WAIT);
    await second.getByText('Live updates: on').waitFor(WAIT);
    await second.evaluate('window.notReloaded = true'); // gone if the page reloads
    await step(first, 'psychological-first-aid').getByRole('button', { name: 'Tick off' }).click();
    await second.locator('#step-psychological-first-aid[data-status="done"]').waitFor(WAIT);
    expect(await second.evaluate('window.notReloaded')).toBe(true);
    expect(await step(second, 'psychological-first-aid').textContent()).toContain(FIRST);
    expect(await second.locator('#notice').textContent()).toContain('Psykisk førstehjælp');
    // The board names the step and its card as people do, not by the step's id.
    await board.locator('#notice', { hasText: 'Psykisk førstehjælp' }).waitFor(WAIT);
    expect(await board.locator('#notice').textContent()).toBe('Board updated: "Psykisk førstehjælp" ticked off · Vold mod medarbejder.');
  });

  it('says plainly when another coordinator got there first (409) and shows the current state', async () => {
    // This coordinator's live connection is down, so the page still shows the run as it was.
    const stale = await coordinator(FIRST, `/coordinator/runs/${runId}`, (page) => page.route('**/live', (route) => route.abort()));
    await stale.locator('#step-police-report[data-status="open"]').waitFor(WAIT);
    const shown = Number(await stale.locator('#run-revision').textContent());
    const done = await api('post', `/action-card-runs/${runId}/steps/police-report/completion`)
      .send({ note: 'J.nr. 2300-123', expectedRevision: shown })
      .expect(200);
    await eventually(async () => ((await api('get', `/action-card-runs/${runId}`)).body.revision >= done.body.revision ? true : undefined));
    expect(await stale.locator('#step-police-report').getAttribute('data-status')).toBe('open');
    const police = step(stale, 'police-report');
    await police.getByLabel('Note (required)').fill('J.nr. 2300-999');
    await police.getByRole('button', { name: 'Tick off' }).click();
    await stale.locator('#step-police-report[data-status="done"]').waitFor(WAIT);
    const alert = await stale.getByRole('alert').filter({ hasText: 'Conflict' }).first().textContent();
    expect(alert).toContain('The record changed since you read it');
    expect(alert).toContain('reloaded');
    expect(await stale.locator('#run-revision').textContent()).toBe(String(done.body.revision));
    expect(await step(stale, 'police-report').locator('.note').textContent()).toBe('J.nr. 2300-123');
    expect(await step(stale, 'police-report').textContent()).toContain(ELSEWHERE);
  });

  it('starts a run by hand at an institution chosen from the area’s institutions in the catalogue, never typed', async () => {
    const board = await coordinator(SECOND, '/coordinator');
    await board.locator('#start-template option[value="violence-against-employee"]').waitFor({ ...WAIT, state: 'attached' });
    await board.locator('#start-area').selectOption('syddanmark');
    const offered = await board.locator('#start-institution option').allTextContents();
    expect(offered).toEqual(expect.arrayContaining(['The whole area', 'Nyborg Fængsel']));
    expect(offered).not.toContain('Oslo fengsel');
    await board.locator('#start-template').selectOption('violence-against-employee');
    await board.locator('#start-institution').selectOption('nyborg');
    await board.getByRole('button', { name: 'Start run' }).click();
    await board.waitForURL(/\/coordinator\/runs\/[0-9a-f-]{36}$/, WAIT);
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
