import { Page } from 'playwright-core';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';
import { TourData, tourData } from './support/page-tour-fixtures';

const COORDINATOR = 'ST-LINK01';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The pages lead to one another and tell one story, in Chromium on the real app: the coordinator's board links to the crisis
 * board; a run says what started it (an activation, an incident) as a link with words, not an id; activations stood down are
 * listed on the crisis board; a step ticked off days late is "done late", by the same amount, on the run and on the crisis
 * page; card progress counts each step once; and the crisis timeline names decisions D1, D2 as the log does.
 */
describe('links between the pages, and the pages agreeing', () => {
  let harness: BrowserHarness;
  let data: TourData;
  let page: Page;
  const person = (path: string) => harness.person(COORDINATOR, path);

  beforeAll(async () => {
    harness = await openBrowserHarness();
    data = await tourData(harness.vigil);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('links the action-card board to the crisis board, and back', async () => {
    page = await person('/coordinator');
    await page.getByRole('navigation', { name: 'Other pages' }).getByRole('link', { name: 'Crisis board' }).click();
    await page.waitForURL(`${harness.base}/crisis`);
    await page.locator(`li.activation[data-activation-id="${data.activationId}"]`).waitFor(WAIT);
    await page.getByRole('navigation', { name: 'Other pages' }).getByRole('link', { name: 'Action-card board' }).click();
    await page.waitForURL(`${harness.base}/coordinator`);
  });

  it('says a run was started by its crisis activation, not by hand by SYS-ACTIONCARDS, and links to the activation', async () => {
    page = await person(`/coordinator/runs/${data.activationRunId}`);
    const link = page.locator('#run-activation-link');
    await link.filter({ hasText: 'Uro og mytteri' }).waitFor(WAIT);
    const trigger = await page.locator('#run-trigger').textContent();
    expect(trigger).toMatch(/^started by the crisis activation Uro og mytteri, activated /);
    expect(trigger).not.toContain('by hand');
    expect(trigger).not.toContain('SYS-ACTIONCARDS');
    expect(trigger).not.toMatch(UUID);
    await link.click();
    await page.waitForURL(`${harness.base}/crisis/activations/${data.activationId}`);
    await page.locator('#activation-status').waitFor(WAIT);
  });

  it('links a run started from an incident to the incident, in words rather than its id', async () => {
    page = await person(`/coordinator/runs/${data.incidentRunId}`);
    const link = page.locator('#run-incident-link');
    await link.filter({ hasText: 'the report of violence against staff on duty' }).waitFor(WAIT);
    expect(await page.locator('#run-trigger').textContent()).toMatch(
      /^started from the report of violence against staff on duty, occurred .+ under start policy version \d+$/,
    );
    expect(await link.textContent()).not.toMatch(UUID);
    expect(await link.getAttribute('href')).toBe(`/audit#incident=${data.incidentId}`);
    await link.click();
    await page.locator('#replay-slider').waitFor(WAIT); // the auditor's replay of that incident
  });

  it('says a run started by hand was started by hand, by whom', async () => {
    page = await person(`/coordinator/runs/${data.manualRunId}`);
    await page.locator('#run-trigger').waitFor(WAIT);
    expect(await page.locator('#run-trigger').textContent()).toBe('started by hand by ST-LEAD01');
  });

  it('lists the activations stood down on the crisis board, each a link to it', async () => {
    page = await person('/crisis');
    const item = page.locator(`#stood-down li[data-activation-id="${data.stoodDownId}"]`);
    await item.waitFor(WAIT);
    expect(await item.textContent()).toMatch(/^EXERCISE \(øvelse\) It-nedbrud og bortfald af kommunikation · activated .+ · stood down .+$/);
    expect(await page.locator(`#crisis-board li.activation[data-activation-id="${data.stoodDownId}"]`).count()).toBe(0);
    await item.getByRole('link').click();
    await page.waitForURL(`${harness.base}/crisis/activations/${data.stoodDownId}`);
    await page.locator('#activation-status', { hasText: 'Stood down' }).waitFor(WAIT);
  });

  it('calls a step ticked off days after its deadline "done late", by as much, on the run page and on the crisis page', async () => {
    const run = await person(`/coordinator/runs/${data.activationRunId}`);
    const step = run.locator('li.step', { hasText: data.firstStepTitle }).first();
    await step.waitFor(WAIT);
    expect(await step.locator('.badge.late').textContent()).toBe('Done late');
    const onRun = await step.locator('.lateness').textContent();
    expect(onRun).toMatch(/^(9|10) days( \d+ hours?)? late$/);

    const crisis = await person(`/crisis/activations/${data.activationId}`);
    const row = crisis.locator('#card-progress .card-steps li', { hasText: data.firstStepTitle }).first();
    await row.waitFor(WAIT);
    expect(await row.getAttribute('data-verdict')).toBe('late');
    expect(await row.textContent()).toContain('done late');
    expect(await row.locator('.lateness').textContent()).toBe(onRun);
  });

  it("counts each step of a card once in its progress: the counts add up to the card's steps", async () => {
    page = await person(`/crisis/activations/${data.activationId}`);
    const run = page.locator(`#card-progress .card-run[data-run-id="${data.activationRunId}"]`);
    await run.waitFor(WAIT);
    const steps = await run.locator('.card-steps li').count();
    const summary = (await run.locator('.run-summary').textContent())!;
    const [onTime, late, open, skipped] = summary
      .match(/^(\d+) on time, (\d+) late, (\d+) open, (\d+) skipped$/)!
      .slice(1)
      .map(Number);
    expect({ onTime, late, skipped }).toEqual({ onTime: 0, late: 1, skipped: 1 });
    expect(onTime + late + open + skipped).toBe(steps);
  });

  it('names decisions in the timeline as the decision log does (D1, D2), never by id', async () => {
    page = await person(`/crisis/activations/${data.activationId}`);
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await page.locator('#timeline-body li').first().waitFor(WAIT);
    const lines = await page.locator('#timeline-body li').allTextContents();
    expect(lines.filter((l) => l.includes('Decision'))).toEqual([
      expect.stringMatching(/· Decision D1 logged: Personalets sikkerhed\.$/),
      expect.stringMatching(/· Decision D2 logged, correcting D1: Forkert paragraf\.$/),
    ]);
    expect(lines.join('\n')).not.toMatch(UUID);
    // The plan by its title and the level in words, never the codes the stream records.
    expect(lines[0]).toMatch(/· (Crisis|Exercise) activation of the plan ".+" \(version \d+\) at (operational|tactical|strategic) level(: |$)/);
    expect(lines.join('\n')).not.toMatch(/crisis-lead|log-keeper|point\(s\)/);
    expect(await page.locator('#decision-log .entry-number').allTextContents()).toEqual(expect.arrayContaining(['D1', 'D2']));
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
