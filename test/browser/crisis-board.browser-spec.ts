import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { Locator, Page } from 'playwright-core';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';

const LEAD = 'ST-LEAD01';
const WATCHER = 'ST-WATCH2';
const ELSEWHERE = 'ST-DUTY03';

/** The crisis board and an activation's logs in Chromium, two people in two browser contexts, on the real app over real HTTP. */
describe('the crisis board page in Chromium', () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let base: string;
  let realId: string;
  let exerciseId: string;
  let lead: Page;

  const api = (method: 'get' | 'post', path: string) => vigil.http()[method](path).set(signedIn(ELSEWHERE));
  const entries = (page: Page, kind: 'decision' | 'communication') => page.locator(`#${kind}-log li.entry`);
  const field = (form: Locator, label: string | RegExp) => form.getByLabel(label, { exact: typeof label === 'string' });

  const person = (actor: string, path: string) => harness.person(actor, path);

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    base = harness.base;
    await loadStarterLibrary(vigil.databaseUrl);
    await loadStarterPlans(vigil.databaseUrl);
    await eventually(async () => ((await api('get', '/crisis-plans/riot/versions/1')).status === 200 ? true : undefined));
    const real = await api('post', '/crisis-activations')
      .send({
        planId: 'riot',
        scope: { kind: 'unit', area: 'syddanmark', institution: 'nyborg', unit: 'afdeling-b' },
        exercise: false,
        reason: 'Uro i afdeling B.',
      })
      .expect(201);
    const exercise = await api('post', '/crisis-activations')
      .send({ planId: 'it-outage', scope: { kind: 'national' }, exercise: true, reason: 'Øvelse: bortfald af telefoni.' })
      .expect(201);
    realId = real.body.activationId;
    exerciseId = exercise.body.activationId;
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows both activations on the board, the exercise marked as one and the real one as real', async () => {
    lead = await person(LEAD, '/crisis');
    const real = lead.locator(`li.activation[data-activation-id="${realId}"]`);
    const exercise = lead.locator(`li.activation[data-activation-id="${exerciseId}"]`);
    await real.waitFor(WAIT);
    await exercise.waitFor(WAIT);
    expect(await exercise.getAttribute('data-exercise')).toBe('true');
    expect(await exercise.locator('h2').textContent()).toContain('EXERCISE');
    expect(await real.locator('h2').textContent()).toContain('REAL');
    expect(await real.locator('h2').textContent()).not.toContain('EXERCISE');
    expect(await real.locator('.level').textContent()).toBe('Tactical');
    expect(await real.locator('.scope').textContent()).toBe('Unit Syddanmark · Nyborg Fængsel · afdeling-b');
    expect(await exercise.locator('.scope').textContent()).toBe('National');
    expect(await real.locator('.roles').textContent()).toContain('0 of 4 filled');
    expect(await lead.locator('#board-summary').textContent()).toBe('2 active activations (1 is an exercise).');
  });

  it('opens the real activation: its facts and empty logs', async () => {
    await lead.locator(`li.activation[data-activation-id="${realId}"]`).getByRole('link', { name: 'Uro og mytteri' }).click();
    await lead.waitForURL(`${base}/crisis/activations/${realId}`);
    await lead.locator('#activation-status').waitFor(WAIT);
    expect(await lead.locator('h1').textContent()).toBe('REAL Uro og mytteri');
    expect(await lead.locator('#activation-level').textContent()).toBe('Tactical');
    expect(await lead.locator('#decision-log h2').textContent()).toBe('Decision log (0)');
    expect(await lead.locator('#signed-in-as', { hasText: LEAD }).count()).toBe(1); // signed in once, on every page
  });

  it('logs a decision through the form: rationale, legal basis, alternatives and who decided', async () => {
    await lead.getByText('Log a decision…').click();
    const form = lead.locator('form[data-form="new-decision"]');
    await field(form, 'Decision').fill('Afdeling B aflåses; indsatte holdes på cellerne.');
    await field(form, 'Rationale: why').fill('Personalets sikkerhed; uroen breder sig.');
    await field(form, 'Legal basis (hjemmel)').fill('Straffuldbyrdelsesloven § 64');
    await field(form, 'Alternatives considered').fill('Dialog med talsperson\nGradvis nedlukning');
    await field(form, 'Decided by (staff reference)').fill('ST-2M8X4R');
    await form.getByRole('button', { name: 'Log a decision' }).click();
    await entries(lead, 'decision').first().waitFor(WAIT);
    const entry = entries(lead, 'decision').first();
    expect(await entry.locator('.headline').textContent()).toBe('Afdeling B aflåses; indsatte holdes på cellerne.');
    expect(await entry.textContent()).toContain('Straffuldbyrdelsesloven § 64');
    expect(await entry.locator('ul li').allTextContents()).toEqual(['Dialog med talsperson', 'Gradvis nedlukning']);
    expect(await entry.textContent()).toContain('ST-2M8X4R');
    expect(await lead.locator('#notice').textContent()).toContain('Logged');
  });

  it('corrects the decision with a reason: both entries stay, the first marked "corrected by" the second', async () => {
    await lead.getByText('Correct D1…').click();
    const first = entries(lead, 'decision').first();
    const form = first.locator('form');
    expect(await field(form, 'Legal basis (hjemmel)').inputValue()).toBe('Straffuldbyrdelsesloven § 64'); // prefilled from the entry
    await field(form, 'Legal basis (hjemmel)').fill('Straffuldbyrdelsesloven § 66');
    await field(form, 'Reason for the correction (required)').fill('Forkert paragraf.');
    await form.getByRole('button', { name: 'Log correction' }).click();
    await lead.locator('#decision-log li.entry[data-corrected="true"]').waitFor(WAIT);
    expect(await entries(lead, 'decision').count()).toBe(2);
    const [corrected, correction] = [entries(lead, 'decision').nth(0), entries(lead, 'decision').nth(1)];
    expect(await corrected.locator('.corrected-mark').textContent()).toContain('Corrected by D2');
    expect(await corrected.textContent()).toContain('Straffuldbyrdelsesloven § 64');
    expect(await corrected.getByText('Correct D1…').count()).toBe(0); // corrected once; the correction is what may be corrected next
    expect(await correction.textContent()).toContain('Straffuldbyrdelsesloven § 66');
    expect(await correction.locator('.correction-reason').textContent()).toBe('Forkert paragraf.');
    expect(await correction.getAttribute('data-corrected')).toBe('false');
  });

  it('shows a second person a new communication live, on the activation and on the board, without reloading', async () => {
    const watcher = await person(WATCHER, `/crisis/activations/${realId}`);
    const board = await person(WATCHER, '/crisis');
    await watcher.locator('#communication-log').waitFor(WAIT);
    await board.locator(`li.activation[data-activation-id="${realId}"]`).waitFor(WAIT);
    for (const page of [watcher, board]) {
      await page.getByText('Live updates: on').waitFor(WAIT);
      await page.evaluate('window.notReloaded = true'); // gone if the page reloads
    }
    await lead.getByText('Log a communication…').click();
    const form = lead.locator('form[data-form="new-communication"]');
    await field(form, 'Audience: to whom').selectOption('relatives');
    await field(form, 'Channel').selectOption('phone');
    await field(form, 'Summary: what was said').fill('Pårørende til betjent ST-9X1L5V orienteret.');
    await field(form, 'Released or internal').selectOption('true');
    await form.getByRole('button', { name: 'Log a communication' }).click();
    await entries(watcher, 'communication').first().waitFor(WAIT);
    expect(await entries(watcher, 'communication').first().locator('.headline').textContent()).toBe(
      'Relatives by phone (released): Pårørende til betjent ST-9X1L5V orienteret.',
    );
    const latest = board.locator(`li.activation[data-activation-id="${realId}"] .latest-entries li[data-kind="communication"]`);
    await latest.waitFor(WAIT);
    expect(await latest.textContent()).toContain('Pårørende til betjent ST-9X1L5V orienteret.');
    for (const page of [watcher, board]) expect(await page.evaluate('window.notReloaded')).toBe(true);
  });

  it("shows the API's field errors beside the fields when a form is sent with a field missing", async () => {
    const sent: string[] = [];
    lead.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/decisions') && sent.push(r.url()));
    await lead.getByText('Log a decision…').click();
    const form = lead.locator('form[data-form="new-decision"]');
    await field(form, 'Decision').fill('Politiet tilkaldes.');
    await field(form, 'Legal basis (hjemmel)').fill('Straffuldbyrdelsesloven § 64');
    await form.getByRole('button', { name: 'Log a decision' }).click();
    await lead.locator('#new-decision-rationale-error:not(:empty)').waitFor(WAIT);
    expect(await lead.locator('#new-decision-rationale-error').textContent()).toBe('Rationale: required');
    expect(await lead.locator('#new-decision-alternativesConsidered-error').textContent()).toBe('Alternatives considered: name at least one');
    expect(await field(form, 'Rationale: why').getAttribute('aria-invalid')).toBe('true');
    expect(await lead.locator('#new-decision-decision-error').textContent()).toBe('');
    expect(await form.locator('.form-error').textContent()).toContain('The request is not valid');
    expect(sent).toHaveLength(1); // the server judged it, not the page
    expect(await entries(lead, 'decision').count()).toBe(2);
  });

  it("shows the activation's action-card progress from the action cards' replay", async () => {
    await eventually(async () => ((await api('get', `/action-card-replays/${realId}`)).body.runs?.length ? true : undefined), 15_000);
    await lead.getByRole('button', { name: 'Refresh card progress' }).click();
    const run = lead.locator('#card-progress .card-run');
    await run.waitFor(WAIT);
    expect(await run.locator('h3').textContent()).toContain('Kriseberedskab');
    expect(await run.locator('.run-summary').textContent()).toMatch(/^0 on time, 0 late, \d+ open, 0 skipped$/);
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
