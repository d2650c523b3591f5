import { WebSessionStore } from '@vigil/web-sign-in';
import { Locator, Page } from 'playwright-core';
import { testIssuer } from '../shared/test-issuer';
import { signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';

const AUTHOR = 'ST-AUTH01';
const READER = 'ST-READ02';
const CARD_ID = 'trusler-mod-medarbejder-paa-vej-hjem';
const CARD = 'Trusler mod medarbejder på vej hjem';
const CALL = 'Ring til nærmeste leder';
const CALL_NOW = 'Ring til nærmeste leder straks';
const TALK = 'Tilbyd samtale med psykolog';
const PLAN = 'Trusler mod personalet';

/** Writing, previewing, comparing, publishing and retiring an action card and a readiness plan, in Chromium on the real app. */
describe('the authoring page in Chromium', () => {
  let harness: BrowserHarness;
  let author: Page;

  const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
  const step = (n: number) => author.locator('li.step-editor').nth(n);
  const statusIs = (page: Page, text: string) => page.locator('#status-words', { hasText: text }).waitFor(WAIT);

  /** A step's fields, filled as a person fills them. */
  async function fillStep(n: number, title: string, what: string, who: string, amount: string, unit: string) {
    await field(step(n), 'Title').fill(title);
    await field(step(n), 'What to do').fill(what);
    await field(step(n), 'Who answers for it').selectOption(who);
    await field(step(n), 'Due after the start').fill(amount);
    await step(n).locator('select.unit').selectOption(unit);
  }

  /** A person with only the roles given, signed in as the sign-in callback does it. */
  async function personWithRoles(actor: string, roles: string[], path: string): Promise<Page> {
    const context = await harness.browser.newContext();
    const token = (await testIssuer()).token({ staff_ref: actor, vigil_roles: roles, vigil_unit: 'national' });
    const session = await harness.vigil.app.get(WebSessionStore).open(actor, { accessToken: token, expiresInSeconds: 600 });
    await context.addCookies([{ name: 'vigil_session', value: session.cookieValue, url: harness.base, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => harness.scriptErrors.push(`${actor}: ${error.message}`));
    await page.goto(harness.base + path);
    await page.locator('#signed-in-as', { hasText: actor }).waitFor(WAIT);
    return page;
  }

  beforeAll(async () => {
    harness = await openBrowserHarness();
    author = await harness.person(AUTHOR, '/authoring');
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('drafts a new card with two steps, the second after the first, previews it as the coordinator sees it, publishes it and lists it', async () => {
    await author.getByRole('link', { name: 'Write a new action card' }).click();
    await field(author, 'Title of the card').fill(CARD);
    await field(author, 'Situation it is for').selectOption('threats-against-employee-off-duty');
    await fillStep(0, CALL, 'Ring til nærmeste leder og fortæl, hvad der er sket.', 'nearest-manager', '30', 'minutes');
    await author.getByRole('button', { name: 'Add a step' }).click();
    await fillStep(1, TALK, 'Tilbyd en samtale med psykolog inden for to døgn.', 'psychologist', '2', 'days');
    await step(1).getByRole('group', { name: 'Only after these steps' }).getByLabel(CALL).check();
    await author.getByRole('button', { name: 'Save the new card as a draft' }).click();
    await author.waitForURL(`${harness.base}/authoring/templates/${CARD_ID}`, WAIT);
    await statusIs(author, 'Draft of version 1, not published yet');
    expect(await author.locator('#notice').textContent()).toContain('saved as a draft');

    const preview = author.locator('#card-preview li.step');
    expect(await preview.locator('h3').allTextContents()).toEqual([CALL, TALK]);
    expect(await preview.nth(0).locator('.due').textContent()).toBe('30 minutes after the start');
    expect(await preview.nth(1).locator('.due').textContent()).toBe('2 days after the start');
    expect(await preview.nth(1).locator('.after').textContent()).toBe(CALL);
    expect(await preview.nth(1).textContent()).toContain('Psychologist');
    expect(await author.locator('#compare-none').textContent()).toContain('only one version');

    await author.getByRole('button', { name: 'Publish version 1' }).click();
    await statusIs(author, 'Published: version 1');
    expect(await author.locator('#notice').textContent()).toBe('Version 1 is published.');
    await author.getByRole('link', { name: '← All cards and plans' }).click();
    const row = author.locator(`#cards-table tr[data-template-id="${CARD_ID}"]`);
    await row.waitFor(WAIT);
    expect(await row.locator('th').textContent()).toBe(CARD);
    expect(await row.locator('.status-words').textContent()).toBe('Published: version 1');
    expect(await row.textContent()).toContain('Threats against an employee off duty');
  });

  it("changes a step's title and due time: what changes names the step by title and says each change in words; publishes version 2", async () => {
    await author.locator(`#cards-table tr[data-template-id="${CARD_ID}"]`).getByRole('link', { name: CARD }).click();
    await statusIs(author, 'Published: version 1');
    expect(await author.locator('#draft-heading').textContent()).toBe('Write version 2');
    await field(step(0), 'Title').fill(CALL_NOW);
    // The second step offers the first by its new title at once.
    expect(await step(1).getByRole('group', { name: 'Only after these steps' }).getByLabel(CALL_NOW).isChecked()).toBe(true);
    await field(step(0), 'Due after the start').fill('1');
    await step(0).locator('select.unit').selectOption('hours');
    await author.getByRole('button', { name: 'Save the draft' }).click();
    await statusIs(author, 'Published: version 1; draft of version 2 in progress');

    const changed = author.locator('#diff-list > li[data-change="changed"]');
    await changed.first().waitFor(WAIT);
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toContain(`Step “${CALL_NOW}” changed:`);
    expect(await changed.locator('li').allTextContents()).toEqual([
      `its title changed from “${CALL}” to “${CALL_NOW}”`,
      'it is due 1 hour after the start instead of 30 minutes',
    ]);
    expect(await author.locator('#diff-list > li[data-change="added"], #diff-list > li[data-change="removed"]').count()).toBe(0);

    await author.getByRole('button', { name: 'Publish version 2' }).click();
    await statusIs(author, 'Published: version 2');
    // Any two versions: 1 against 2 says the same.
    await field(author, 'From').selectOption('1');
    await field(author, 'To').selectOption('2');
    await author.locator('#diff-list li[data-field="deadlineMinutes"]').waitFor(WAIT);
    expect(await author.locator('#diff-list li[data-field="title"]').textContent()).toBe(`its title changed from “${CALL}” to “${CALL_NOW}”`);
    expect(await author.locator('ul.versions li').allTextContents()).toEqual([
      expect.stringContaining('Version 1, superseded'),
      expect.stringContaining('Version 2, in force'),
    ]);
  });

  it('explains in words that nothing was published when someone else changed the card meanwhile, and publishes after a fresh look', async () => {
    await field(step(1), 'What to do').fill('Tilbyd en samtale med psykolog inden for et døgn.');
    await author.getByRole('button', { name: 'Save the draft' }).click();
    await statusIs(author, 'draft of version 3 in progress');
    const drafted = await harness.vigil.http().get(`/action-card-templates/${CARD_ID}`).set(signedIn(AUTHOR)).expect(200);
    const card = drafted.body.draft.card;
    await harness.vigil
      .http()
      .put(`/action-card-templates/${CARD_ID}/draft`)
      .set(signedIn('ST-OTHER3'))
      // Steps as a client writes them: the deadline once (the API shows it in minutes too).
      .send({
        ...card,
        steps: card.steps.map((s: object) => ({ ...s, deadlineMinutes: undefined })),
        summary: 'Gælder også på vej til arbejde.',
        expectedRevision: drafted.body.revision,
      })
      .expect(200);
    await author.getByRole('button', { name: 'Publish version 3' }).click();
    await author.locator('#problem', { hasText: 'Nothing was published: someone else changed this after you opened it.' }).waitFor(WAIT);
    await author.locator('#diff-list li[data-change="card"]', { hasText: 'The summary changed.' }).waitFor(WAIT);
    await author.getByRole('button', { name: 'Publish version 3' }).click();
    await statusIs(author, 'Published: version 3');
  });

  it('shows the API’s field error beside the field when a draft has no title', async () => {
    await author.goto(`${harness.base}/authoring#new-card`);
    await field(author, 'Situation it is for').selectOption('violence-against-employee');
    await fillStep(0, 'Sørg for førstehjælp', 'Tilkald hjælp.', 'duty-officer', '15', 'minutes');
    await author.getByRole('button', { name: 'Save the new card as a draft' }).click();
    await author.locator('#card-title-error:not(:empty)').waitFor(WAIT);
    expect(await author.locator('#card-title-error').textContent()).toBe('Title: required');
    expect(await field(author, 'Title of the card').getAttribute('aria-invalid')).toBe('true');
    expect(await author.locator('#problem').textContent()).toContain('Not saved.');
    expect(await field(step(0), 'Title').inputValue()).toBe('Sørg for førstehjælp'); // what was typed stays
  });

  it('drafts a readiness plan that starts the card, previews it and publishes it', async () => {
    await author.goto(`${harness.base}/authoring`);
    await author.getByRole('link', { name: 'Write a new readiness plan' }).click();
    await field(author, 'Title of the plan').fill(PLAN);
    await field(author, 'Scenario').selectOption('threats-against-staff');
    await author.getByRole('group', { name: 'Action cards it starts' }).getByLabel(CARD).check();
    const roles = author.getByRole('group', { name: 'Crisis roles to fill' });
    expect(await roles.getByLabel('Crisis lead').isChecked()).toBe(true);
    await roles.getByLabel('Log keeper').check();
    await field(author, 'Level it starts at').selectOption('tactical');
    await field(author, 'Revised every (days)').fill('180');
    await author.getByRole('button', { name: 'Save the new plan as a draft' }).click();
    await author.waitForURL(`${harness.base}/authoring/plans/trusler-mod-personalet`, WAIT);
    await statusIs(author, 'Draft of version 1, not published yet');
    const preview = author.locator('#plan-preview');
    expect(await preview.textContent()).toContain(CARD);
    expect(await preview.textContent()).toContain('Crisis lead, Log keeper');
    expect(await preview.textContent()).toContain('180 days');
    await author.getByRole('button', { name: 'Publish version 1' }).click();
    await statusIs(author, 'Published: version 1');
    await author.getByRole('link', { name: '← All cards and plans' }).click();
    const row = author.locator('#plans-table tr[data-plan-id="trusler-mod-personalet"]');
    await row.waitFor(WAIT);
    expect(await row.locator('.status-words').textContent()).toBe('Published: version 1');
    expect(await row.textContent()).toContain('Due for revision by');
  });

  it('retires the card with a reason, which the API requires', async () => {
    await author.goto(`${harness.base}/authoring/templates/${CARD_ID}`);
    await statusIs(author, 'Published: version 3');
    await author.getByRole('button', { name: 'Retire the card' }).click();
    await author.locator('#retire-reason-error:not(:empty)').waitFor(WAIT);
    await field(author, 'Why it is retired (required)').fill('Erstattet af det fælles kort om trusler.');
    await author.getByRole('button', { name: 'Retire the card' }).click();
    await statusIs(author, 'Retired');
    expect(await author.locator('#notice').textContent()).toBe('Retired: Erstattet af det fælles kort om trusler.');
    expect(await author.locator('#draft').count()).toBe(0);
    expect(await author.locator('#publish, #retire').count()).toBe(0);
  });

  it("speaks Norwegian in nb: the page's own words, the list and what changed", async () => {
    const page = await harness.person(AUTHOR, '/authoring', undefined, { locale: 'nb-NO' });
    await page.locator('#cards-table').waitFor(WAIT);
    expect(await page.locator('h1').textContent()).toBe('Tiltakskort og beredskapsplaner');
    expect(await page.locator(`tr[data-template-id="${CARD_ID}"] .status-words`).textContent()).toBe('Faset ut');
    expect(await page.locator('tr[data-plan-id="trusler-mod-personalet"] .status-words').textContent()).toBe('Publisert: versjon 1');
    await page.goto(`${harness.base}/authoring/templates/${CARD_ID}`);
    await statusIs(page, 'Faset ut');
    expect(await page.locator('#compare-heading').textContent()).toBe('Hva som endres');
    expect(await page.locator('#diff-list').textContent()).toContain('Sammendraget er endret.');
    await field(page, 'Til').selectOption('2');
    await field(page, 'Fra').selectOption('1');
    await page.locator('#diff-list li[data-field="deadlineMinutes"]', { hasText: 'fristen er 1 time etter start i stedet for 30 minutter' }).waitFor(WAIT);
    expect(await page.locator('#diff-list > li').first().textContent()).toContain(`Steget «${CALL_NOW}» er endret:`);
    await page.context().close();
  });

  it("speaks Danish in da: the plan's status, preview and its words", async () => {
    const page = await harness.person(AUTHOR, '/authoring/plans/trusler-mod-personalet', undefined, { locale: 'da-DK' });
    await statusIs(page, 'Udgivet: version 1');
    expect(await page.locator('#preview-heading').textContent()).toBe('Version 1, som den bruges');
    expect(await page.locator('#plan-preview').textContent()).toContain('Krisestabsleder, Logfører');
    expect(await page.locator('#compare-none').textContent()).toBe('Der er intet at sammenligne endnu: der findes kun én version.');
    expect(await page.getByRole('button', { name: 'Bekræft revisionen' }).count()).toBe(1);
    await page.context().close();
  });

  it('tells a person whose role may not author that they can read but not change, and offers no forms', async () => {
    const page = await personWithRoles(READER, ['coordinator'], '/authoring');
    await page.locator('#cards-table').waitFor(WAIT);
    expect(await page.locator('#read-only').textContent()).toContain('only an administrator writes, publishes and retires them');
    expect(await page.getByRole('link', { name: 'Write a new action card' }).count()).toBe(0);
    await page.goto(`${harness.base}/authoring/plans/trusler-mod-personalet`);
    await statusIs(page, 'Published: version 1');
    expect(await page.locator('#read-only').count()).toBe(1);
    expect(await page.locator('#draft, #publish, #retire, #confirm').count()).toBe(0);
    await page.context().close();
    const nobody = await personWithRoles('ST-STAF04', ['staff'], '/authoring');
    await nobody.locator('#list-status', { hasText: 'Your role does not let you read action cards and readiness plans.' }).waitFor(WAIT);
    await nobody.context().close();
  });

  it('ran without a script error', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
