import { Role } from '@vigil/identity';
import { LearningReviewWorkflow } from '@vigil/learning-reviews';
import { Page } from 'playwright-core';
import { ACTOR, eventually } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';
import { dayFromToday, dayWords, learningData, pageAs, partnership, RULE_TITLE, TITLE } from './support/learning-page-fixtures';

const FIRST = 'ST-PART01';
const SECOND = 'ST-PART02';
const STAFF = 'ST-STAFF1';
const COORDINATOR = 'ST-COORD1';

/**
 * The learning-review page in Chromium, on the real app over real HTTP: a catalogue, a review policy and two incidents set
 * up through the API (one review started, one required by the policy); then two members of the safety partnership work
 * the review in two browsers, edit its summary at once, sign it off for both sides and publish it; and a staff member is
 * refused in words.
 */
describe('the learning-review page in Chromium', () => {
  let vigil: Vigil;
  let harness: BrowserHarness;
  let base: string;
  let reviewId: string;
  let requiredId: string;
  let first: Page;
  let second: Page;
  let stale: Page;
  const consoleErrors: string[] = [];
  const review = async () => (await vigil.http().get(`/learning-reviews/${reviewId}`).set(partnership()).expect(200)).body;
  const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

  const personWith = (actor: string, roles: readonly Role[], path: string, watch = false) =>
    pageAs(harness, actor, roles, path, watch ? consoleErrors : undefined);

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    base = harness.base;
    ({ reviewId, requiredId } = await learningData(vigil));
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('lists the reviews by where they stand, the required one with its policy rule; with the catalogue, the policy and the themes', async () => {
    first = await personWith(FIRST, ['safety-partnership'], '/learning', true);
    const row = first.locator('#group-in-progress li.review-row', { hasText: TITLE });
    await row.waitFor(WAIT);
    expect(await first.locator('h1').textContent()).toBe('Learning reviews');
    expect(await row.textContent()).toContain(`After-action review · Nyborg Fængsel · Due ${dayWords(dayFromToday(60))}`);
    const required = first.locator('#group-due li.review-row');
    expect(await required.locator('.policy-line').textContent()).toBe(`Required by policy: ${RULE_TITLE}`);
    expect(await required.textContent()).toContain('Full review');
    expect(await required.getByRole('button', { name: 'Start this review' }).count()).toBe(1);
    await first.locator('#catalogue-organisational th', { hasText: 'Visitation to og to' }).waitFor(WAIT);
    expect(await text(first, '#policy-rules li')).toBe(
      `${RULE_TITLE}: a full review of any incident, with a stay in hospital or worse; started within 5 days and published within 28 days of the report.`,
    );
    await first.locator('#reporting-culture').waitFor(WAIT);
    expect(await text(first, '#reporting-culture')).toContain('More reports are a sign of a reporting culture, not of more violence.');
  });

  it('starts the review the policy requires, which then opens in progress', async () => {
    await first.locator('#group-due').getByRole('button', { name: 'Start this review' }).click();
    await first.locator('#review-status', { hasText: 'In progress' }).waitFor(WAIT);
    expect(first.url()).toBe(`${base}/learning#review=${requiredId}`);
    expect(await text(first, '.policy-line')).toBe(`Required by policy: ${RULE_TITLE}`);
    await first.getByRole('link', { name: 'All reviews' }).click();
    await first.locator('#group-in-progress li.review-row', { hasText: TITLE }).waitFor(WAIT);
  });

  it("opens a review: its timeline shows the incident's report in words, and a moment is marked with why", async () => {
    await first.getByRole('link', { name: TITLE }).click();
    await first.locator('#timeline-list li').first().waitFor(WAIT);
    expect(first.url()).toBe(`${base}/learning#review=${reviewId}`);
    const report = first.locator('#timeline-list li', { hasText: 'Reported: violence against staff on duty' });
    expect(await report.locator('.moment-when').textContent()).toContain('Incident register');
    expect(await report.textContent()).toContain(`By ${ACTOR}`);
    await report.getByRole('button', { name: 'Mark', exact: true }).click();
    await first.getByLabel('Why does this moment matter?').fill('Alarmen blev slået an for sent');
    await first.getByRole('button', { name: 'Mark this moment' }).click();
    const marked = first.locator('#timeline-list li.marked');
    await marked.waitFor(WAIT);
    expect(await marked.locator('.moment-why').textContent()).toBe('Marked as mattering: Alarmen blev slået an for sent');
    expect(await marked.textContent()).toContain('Reported: violence against staff on duty');
  });

  it('adds a dynamic contributing factor resting on the marked moment, and a follow-up action from the catalogue', async () => {
    await first.locator('#add-factor > summary').click();
    await first.locator('#factor-class').selectOption({ label: 'Dynamic: human and relational' });
    await first.locator('#factor-text').fill('ST-7K3Q9P visiterede alene');
    await first.getByRole('button', { name: 'Add the factor' }).click(); // a text naming a person is refused, in words
    await first.locator('#problem', { hasText: 'A text may not name a person by their reference: write about roles' }).waitFor(WAIT);
    expect(await text(first, '#factor-text-error')).toBe('This names a person: write about roles instead ("the officer on the wing").');
    await first.locator('#factor-text').fill('Visitationen blev foretaget af én betjent alene');
    await first.locator('#factor-evidence-0').check();
    await first.getByRole('button', { name: 'Add the factor' }).click();
    const factor = first.locator('#factors section[data-class="dynamic"] li.review-item');
    await factor.waitFor(WAIT);
    expect(await factor.locator('.item-text').textContent()).toBe('Visitationen blev foretaget af én betjent alene');
    expect(await factor.locator('.rests-on').textContent()).toContain('Reported: violence against staff on duty');
    expect(await first.locator('#factors-dynamic').textContent()).toBe('Dynamic: human and relational');

    await first.locator('#add-catalogue-action > summary').click();
    await first.locator('#catalogue-action-interventionId').selectOption({ label: 'Visitation to og to (short term)' });
    expect(await first.locator('#catalogue-action-ownerRole').inputValue()).toBe('institution-manager');
    expect(await first.locator('#catalogue-action-unit').inputValue()).toBe('institution:nyborg');
    await first.locator('#catalogue-action-recommendation').fill('Visitation altid to og to i afdeling B');
    await first.locator('#catalogue-action-dueOn').fill(dayFromToday(90));
    await first.getByRole('button', { name: 'Add the action' }).first().click();
    const action = first.locator('#review-actions tbody tr');
    await action.waitFor(WAIT);
    expect(await action.locator('td').allTextContents()).toEqual(
      expect.arrayContaining([
        'Visitation altid to og to i afdeling B',
        'Visitation to og toFrom the catalogue · Organisational · Short termEffect over time',
        'Institution managerNyborg Fængsel',
        'Planned',
        'Not answered yet',
      ]),
    );
  });

  it('of two reviewers saving the summary of the same draft, the second is told plainly, sees the first one’s text and keeps their own', async () => {
    second = await personWith(SECOND, ['safety-partnership'], `/learning#review=${reviewId}`, true); // the crisis page's link
    await second.locator('#summary-text').waitFor(WAIT);
    expect(await second.locator('h1').textContent()).toBe(TITLE);
    const mine = 'Forventet: to betjente ved visitationen. Skete: én.';
    const theirs = 'Skete: visitationen blev foretaget alene, og alarmen kom sent.';
    await first.locator('#summary-text').fill(mine);
    await second.locator('#summary-text').fill(theirs);
    await first.getByRole('button', { name: 'Save the summary' }).click();
    await first.locator('#notice', { hasText: 'The summary is saved.' }).waitFor(WAIT);
    await second.getByRole('button', { name: 'Save the summary' }).click();
    const note = second.locator('#summary-conflict-note');
    await note.waitFor(WAIT);
    expect(await note.locator('strong').textContent()).toBe('Someone else saved a newer version while you were editing.');
    expect(await note.getAttribute('role')).toBe('alert');
    expect(await second.locator('#their-summary').textContent()).toBe(mine);
    expect(await second.locator('#summary-text').inputValue()).toBe(theirs);
    expect((await review()).summary).toBe(mine);
  });

  it('is signed off by both sides, two people, and published; a page read before says so when its signature is stale', async () => {
    await first.getByRole('button', { name: 'Sign off for management' }).click();
    await first.locator('li[data-side="management"]', { hasText: `Signed off for management by ${FIRST}.` }).waitFor(WAIT);
    // A third tab of the first reviewer, opened on the draft before it is published.
    stale = await first.context().newPage();
    stale.on('pageerror', (error) => harness.scriptErrors.push(`stale: ${error.message}`));
    await stale.goto(`${base}/learning#review=${reviewId}`);
    await stale.locator('#factor-form').waitFor({ state: 'attached', ...WAIT });

    const sign = second.getByRole('button', { name: 'Sign off for the employee representatives' });
    await sign.click(); // the second page was read before the first signed: the review is read again first
    await second.locator('#problem', { hasText: 'Someone else changed this review while you were looking at it.' }).waitFor(WAIT);
    await second.locator('li[data-side="management"]', { hasText: `Signed off for management by ${FIRST}.` }).waitFor(WAIT);
    await sign.click();
    await second.locator('#review-status', { hasText: 'Agreed by both sides, not yet published' }).waitFor(WAIT);
    expect(await text(second, 'li[data-side="employee-representative"]')).toBe(`Signed off for the employee representatives by ${SECOND}.`);
    expect(await text(second, '#unsaved-summary')).toBe('Skete: visitationen blev foretaget alene, og alarmen kom sent.');
    await second.getByRole('button', { name: 'Publish the review' }).click();
    await second.locator('#published-note').waitFor(WAIT);
    expect(await text(second, '#published-note')).toBe(`Published on ${dayWords(dayFromToday(0))}; it is not edited — add later learning as an addendum.`);
    expect(await text(second, '#summary-read')).toBe('Forventet: to betjente ved visitationen. Skete: én.');
  });

  it('shows the published review without editors; a page still showing the draft is refused in words, and a direct write gets 409', async () => {
    for (const selector of ['#summary-text', '#factor-form', '#finding-form', '#participant-form', '#mark-form'])
      expect({ selector, count: await second.locator(selector).count() }).toEqual({ selector, count: 0 });
    expect(await second.getByRole('button', { name: 'Mark', exact: true }).count()).toBe(0);
    expect(await second.getByRole('button', { name: /^Sign off/ }).count()).toBe(0);

    await stale.locator('#add-factor > summary').click();
    await stale.locator('#factor-class').selectOption({ label: 'Organisational' });
    await stale.locator('#factor-text').fill('Vagtplanen gav ingen makker');
    await stale.getByRole('button', { name: 'Add the factor' }).click();
    await stale.locator('#problem', { hasText: 'This review is published and is not edited: add later learning as an addendum.' }).waitFor(WAIT);
    await stale.locator('#published-note').waitFor(WAIT);
    expect(await stale.locator('#factor-form').count()).toBe(0);
    const status = await stale.evaluate(async (path) => {
      const res = await fetch(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Ændret bagefter' }) });
      return res.status;
    }, `/learning-reviews/${reviewId}/summary`);
    expect(status).toBe(409);
    expect((await review()).factors).toHaveLength(1);
  });

  it('takes later learning as an addendum beside the published review', async () => {
    await second.locator('#add-addendum > summary').click();
    await second.getByLabel('Later learning').fill('Efter et halvt år visiteres der altid to og to.');
    await second.getByRole('button', { name: 'Add the addendum' }).click();
    const addendum = second.locator('#addendum-list li');
    await addendum.waitFor(WAIT);
    expect(await addendum.locator('p').first().textContent()).toBe('Efter et halvt år visiteres der altid to og to.');
    expect(await addendum.textContent()).toContain(`by ${SECOND}`);
  });

  it('marks an action due in the past overdue once the deadline workflow has run, in the review and across reviews', async () => {
    await second.locator('#add-proposed-action > summary').click();
    await second.locator('#proposed-action-title').fill('Kropskamera på visitationsholdet');
    await second.locator('#proposed-action-category').selectOption({ label: 'Static: physical and technical' });
    await second.locator('#proposed-action-horizon').selectOption({ label: 'Long term' });
    await second.getByLabel('Propose it for the catalogue').check();
    await second.locator('#proposed-action-recommendation').fill('Afprøv kropskamera på visitationsholdet');
    await second.locator('#proposed-action-ownerRole').selectOption({ label: 'Institution manager' });
    await second.locator('#proposed-action-dueOn').fill(dayFromToday(-2));
    await second.locator('#proposed-action-form').getByRole('button', { name: 'Add the action' }).click();
    const proposed = second.locator('#review-actions tbody tr', { hasText: 'Kropskamera på visitationsholdet' });
    await proposed.waitFor(WAIT);
    expect(await proposed.textContent()).toContain('Proposed, for the catalogue');
    const workflow = vigil.app.get(LearningReviewWorkflow);
    await eventually(async () => {
      await workflow.deadlines.pollOnce();
      return (await review()).actions.some((a: { overdue: boolean }) => a.overdue) ? true : undefined;
    }, 20_000);
    await second.getByRole('button', { name: 'Read again' }).click();
    await proposed.locator('.badge', { hasText: 'Overdue' }).waitFor(WAIT);
    expect(await proposed.locator('td.nowrap').textContent()).toBe(`${dayWords(dayFromToday(-2))} Overdue`);

    await eventually(async () => {
      const { items } = (await vigil.http().get('/learning-review-actions?overdue=true').set(partnership()).expect(200)).body;
      return items.length === 1 ? true : undefined;
    });
    await second.getByRole('link', { name: 'All reviews' }).click();
    const across = second.locator('#follow-up-table tbody tr');
    await across.waitFor(WAIT);
    expect(await across.count()).toBe(1);
    expect(await across.textContent()).toContain('Kropskamera på visitationsholdet');
    expect(await across.locator('td').first().textContent()).toBe(TITLE);
  });

  it("shows an intervention's effect over time with the caution that the counts are registrations", async () => {
    await first.locator('#review-actions').getByRole('link', { name: 'Effect over time' }).click();
    await first.locator('#effect-caution').waitFor(WAIT);
    expect(first.url()).toBe(`${base}/learning#effect=paired-searches&unit=institution%3Anyborg`);
    expect(await text(first, '#effect-title')).toBe('Effect over time: Visitation to og to at Nyborg Fængsel');
    expect(await text(first, '#effect-caution')).toContain('registrations, not incidence');
    expect(await text(first, '#effect-body')).toContain('No follow-up action has it under way yet');
  });

  it('ran without a refused script or style, and without console errors but the refusal and the two conflicts it was meant to meet', async () => {
    for (const page of [first, second]) expect(await page.evaluate('window.cspViolations')).toEqual([]);
    expect(consoleErrors).toHaveLength(3);
    expect(consoleErrors[0]).toMatch(/status of 400 .*\/learning-reviews\/[0-9a-f-]+\/factors$/);
    expect(consoleErrors[1]).toMatch(/status of 409 .*\/learning-reviews\/[0-9a-f-]+\/summary$/);
    expect(consoleErrors[2]).toMatch(/status of 409 .*\/learning-reviews\/[0-9a-f-]+\/sign-offs$/);
  });

  it('starts a review from the form, the incident picked in words; what is missing is said beside its field', async () => {
    const coordinator = await personWith(COORDINATOR, ['coordinator'], '/learning');
    await coordinator.locator('#start-review > summary').click();
    const incident = coordinator.locator('#start-incidentIds label', { hasText: 'Violence against staff on duty — Nyborg Fængsel, 14 March 2026, 21:30' });
    await incident.first().waitFor(WAIT);
    await coordinator.locator('#start-kind').selectOption({ label: 'Huddle' });
    await coordinator.locator('#start-title').fill('Huddle efter visitationen');
    await coordinator.locator('#start-dueOn').fill(dayFromToday(14));
    await coordinator.getByRole('button', { name: 'Start the review' }).click();
    await coordinator.locator('#start-incidentIds-error', { hasText: /incident/i }).waitFor(WAIT);
    expect(await text(coordinator, '#problem')).toMatch(/^Please check: .* The fields are marked\.$/);
    await incident.first().locator('input').check();
    await coordinator.locator('#start-unit').selectOption({ label: 'Nyborg Fængsel' });
    await coordinator.getByRole('button', { name: 'Start the review' }).click();
    await coordinator.locator('#review-status', { hasText: 'In progress' }).waitFor(WAIT);
    expect(await text(coordinator, 'h1')).toBe('Huddle efter visitationen');
    expect(await text(coordinator, '#notice')).toBe('Started: Huddle efter visitationen.');
    expect(await text(coordinator, '.review-kind')).toContain('Huddle');
    await coordinator.locator('#timeline-list li', { hasText: 'Reported: violence against staff on duty' }).first().waitFor(WAIT);
  });

  it('tells a staff member without the role, in words, that learning reviews are not theirs', async () => {
    const staff = await personWith(STAFF, ['staff'], '/learning');
    await staff.locator('#problem', { hasText: 'Your role does not give access to learning reviews' }).waitFor(WAIT);
    expect(await staff.locator('#group-in-progress').count()).toBe(0);
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
