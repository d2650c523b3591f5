import { loadStarterLibrary } from '@vigil/action-cards';
import { loadStarterPlans } from '@vigil/crisis-readiness';
import { Locator, Page } from 'playwright-core';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, Vigil, WAIT } from './support/browser-harness';

const LEAD = 'ST-LEAD07';
const ELSEWHERE = 'ST-DUTY08';
const ACTIVATION_PAGE = /\/crisis\/activations\/([0-9a-f-]{36})$/;

/** What a person reads and types in one language, for the walk from activation to evaluation. */
interface Walk {
  locale: string;
  open: string;
  plan: string;
  reality: string;
  level: string;
  reach: string;
  institution: string;
  unit: string;
  reason: string;
  activate: string;
  notActivated: string;
  status: { active: string; stoodDown: string };
  fillOpen: string;
  holder: string;
  fill: string;
  handOverOpen: string;
  newHolder: string;
  note: string;
  handOver: string;
  standDownOpen: string;
  standDownReason: string;
  standDown: string;
  summary: string;
  kind: string;
  riskClass: string;
  description: string;
  followUp: string;
  owner: string;
  dueBy: string;
  addPoint: string;
  record: string;
}

/**
 * The crisis staff's work in the crisis pages, in Chromium on the real app: a person activates a plan from the board,
 * fills a role, hands it over, stands down and records the evaluation, in Danish and in Norwegian; a handover sent
 * from a page that missed a change is refused as a conflict, in words.
 */
describe("the crisis staff's work in the crisis pages, in Chromium", () => {
  let vigil: Vigil;
  let harness: BrowserHarness;

  const api = (method: 'get' | 'post' | 'put', path: string) => vigil.http()[method](path).set(signedIn(ELSEWHERE));
  const field = (scope: Locator, label: string) => scope.getByLabel(label, { exact: true });
  const role = (page: Page, name: string) => page.locator(`#crisis-roles li[data-role="${name}"]`);

  beforeAll(async () => {
    harness = await openBrowserHarness();
    vigil = harness.vigil;
    await loadStarterLibrary(vigil.databaseUrl);
    await loadStarterPlans(vigil.databaseUrl);
    for (const plan of ['riot', 'no-riot', 'fire'])
      await eventually(async () => ((await api('get', `/crisis-plans/${plan}/versions/1`)).status === 200 ? true : undefined));
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** From the board: the activation form, first sent without a reason (refused beside the field), then in full. */
  async function activate(
    page: Page,
    words: Walk,
    choose: { plan: string; exercise: boolean; level?: string; reach: string; institution: string; unit?: string },
  ) {
    await page.getByText(words.open, { exact: true }).click();
    const form = page.locator('form[data-form="activate"]');
    await form.locator(`option[value="${choose.plan}"]`).waitFor({ state: 'attached', ...WAIT });
    await field(form, words.plan).selectOption(choose.plan);
    await field(form, words.reality).selectOption(String(choose.exercise));
    if (choose.level) await field(form, words.level).selectOption(choose.level);
    await field(form, words.reach).selectOption(choose.reach);
    await field(form, words.institution).selectOption({ label: choose.institution });
    if (choose.unit) await field(form, words.unit).fill(choose.unit);
    await form.getByRole('button', { name: words.activate, exact: true }).click();
    await page.locator('#activate-reason-error:not(:empty)').waitFor(WAIT);
    expect(await field(form, words.reason).getAttribute('aria-invalid')).toBe('true');
    const refusal = await form.locator('.form-error').textContent();
    expect(refusal).toContain(words.notActivated);
    expect(refusal).not.toMatch(/reason|\.\.$/); // the field in words beside it, not by the API's name; one full stop
    await field(form, words.reason).fill(choose.exercise ? 'Øvelse: uro i afdeling B.' : 'Uro på avdeling A; de ansatte er trukket ut.');
    await form.getByRole('button', { name: words.activate, exact: true }).click();
    await page.waitForURL(ACTIVATION_PAGE, WAIT);
    await page.locator('#activation-status', { hasText: words.status.active }).waitFor(WAIT);
    return ACTIVATION_PAGE.exec(page.url())![1];
  }

  /** Fills the crisis lead, hands it over with a note, and sees each holder on the page. */
  async function fillAndHandOver(page: Page, words: Walk, leadName: string) {
    const lead = role(page, 'crisis-lead');
    expect(await lead.getAttribute('data-vacant')).toBe('true');
    await lead.getByText(words.fillOpen, { exact: true }).click();
    await field(lead, words.holder).fill('st-2m8x4r');
    await lead.getByRole('button', { name: words.fill, exact: true }).click();
    await lead.locator('.holder', { hasText: 'ST-2M8X4R' }).waitFor(WAIT);
    expect(await lead.locator('strong').textContent()).toBe(leadName);
    expect(await page.locator('#notice').textContent()).toContain('ST-2M8X4R');

    await lead.getByText(words.handOverOpen, { exact: true }).click();
    await field(lead, words.newHolder).fill('ST-9X1L5V');
    await field(lead, words.note).fill('Vaktskifte kl. 19');
    await lead.getByRole('button', { name: words.handOver, exact: true }).click();
    await lead.locator('.holder', { hasText: 'ST-9X1L5V' }).waitFor(WAIT);
    expect(await page.locator('#notice').textContent()).toContain('ST-9X1L5V');
  }

  async function standDown(page: Page, words: Walk) {
    await page.getByText(words.standDownOpen, { exact: true }).click();
    const form = page.locator('form[data-form="stand-down"]');
    await field(form, words.standDownReason).fill('Roen er genoprettet.');
    await form.getByRole('button', { name: words.standDown, exact: true }).click();
    await page.locator('#activation-status', { hasText: words.status.stoodDown }).waitFor(WAIT);
  }

  /** Two points, the second with a follow-up, one owner and a date; the form is gone once it is recorded. */
  async function recordEvaluation(page: Page, words: Walk) {
    const form = page.locator('form[data-form="evaluation"]');
    await form.waitFor(WAIT);
    await field(form, words.summary).fill('Krisestaben var samlet inden for 20 minutter.');
    const first = form.locator('fieldset[data-point="0"]');
    await field(first, words.kind).selectOption('worked');
    await field(first, words.description).fill('Varslingen af krisestaben.');
    await form.getByRole('button', { name: words.record, exact: true }).click(); // the kind of measure left out
    await page.locator('[id="evaluation-points.0.riskClass-error"]:not(:empty)').waitFor(WAIT);
    expect(await field(first, words.riskClass).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[id="evaluation-points.0.description-error"]').textContent()).toBe('');
    await field(first, words.riskClass).selectOption('organisational');
    await form.getByRole('button', { name: words.addPoint, exact: true }).click();
    const second = form.locator('fieldset[data-point="1"]');
    await field(second, words.kind).waitFor(WAIT);
    expect(await field(form, words.summary).inputValue()).toBe('Krisestaben var samlet inden for 20 minutter.'); // kept through the re-render
    await field(second, words.kind).selectOption('did-not-work');
    await field(second, words.riskClass).selectOption('static-technological');
    await field(second, words.description).fill('Ingen radiodækning i kælderen.');
    await field(second, words.followUp).fill('Repeater monteres i kælderen');
    await field(second, words.owner).fill('ST-9X1L5V');
    await field(second, words.dueBy).fill('2027-03-01');
    await form.getByRole('button', { name: words.record, exact: true }).click();
    await page.locator('#evaluation').waitFor(WAIT);
    expect(await page.locator('form[data-form="evaluation"]').count()).toBe(0);
    const points = page.locator('#evaluation .evaluation-points li');
    expect(await points.count()).toBe(2);
    expect(await points.nth(1).textContent()).toContain('Repeater monteres i kælderen (ST-9X1L5V)');
    return points.allTextContents();
  }

  /** Back on the board, the activation is listed as stood down, in words, and its link leads to it. */
  async function findStoodDown(page: Page, id: string, scope: string, stoodDown: string) {
    await page.locator('a[href="/crisis"]').first().click();
    const item = page.locator(`#stood-down li[data-activation-id="${id}"]`);
    await item.waitFor(WAIT);
    expect(await item.locator('.scope').textContent()).toBe(scope);
    await item.getByRole('link').click();
    await page.waitForURL(new RegExp(`/crisis/activations/${id}$`), WAIT);
    await page.locator('#activation-status', { hasText: stoodDown }).waitFor(WAIT);
  }

  it('in Danish: activates an exercise at Nyborg Fængsel, fills and hands over the crisis lead, stands down and records the evaluation', async () => {
    const da: Walk = {
      locale: 'da-DK',
      open: 'Aktivér en beredskabsplan…',
      plan: 'Beredskabsplan',
      reality: 'Skarp eller øvelse',
      level: 'Niveau',
      reach: 'Omfang',
      institution: 'Institution',
      unit: 'Afdeling',
      reason: 'Begrundelse: hvorfor beredskabet aktiveres',
      activate: 'Aktivér',
      notActivated: 'Ikke aktiveret: ',
      status: { active: 'Aktiv', stoodDown: 'Afblæst' },
      fillOpen: 'Besæt rollen: Krisestabsleder…',
      holder: 'Hvem tager rollen (medarbejderreference)',
      fill: 'Besæt rollen',
      handOverOpen: 'Overdrag: Krisestabsleder…',
      newHolder: 'Hvem overtager (medarbejderreference)',
      note: 'Bemærkning (valgfri)',
      handOver: 'Overdrag',
      standDownOpen: 'Afblæs…',
      standDownReason: 'Begrundelse for afblæsning (påkrævet)',
      standDown: 'Afblæs',
      summary: 'Resumé: hvordan aktiveringen forløb',
      kind: 'Virkede eller ej',
      riskClass: 'Type sikkerhedsforanstaltning',
      description: 'Hvad skete der',
      followUp: 'Opfølgning (valgfri)',
      owner: 'Ansvarlig for opfølgningen (medarbejderreference)',
      dueBy: 'Opfølgningen skal være udført senest',
      addPoint: 'Tilføj et punkt',
      record: 'Registrér evalueringen',
    };
    const page = await harness.person(LEAD, '/crisis', undefined, { locale: da.locale });
    const id = await activate(page, da, { plan: 'riot', exercise: true, reach: 'institution', institution: 'Nyborg Fængsel' });
    expect(await page.locator('h1 .badge').textContent()).toBe('ØVELSE');
    expect(await page.locator('#activation-scope').textContent()).toBe('Institution Syddanmark · Nyborg Fængsel');
    expect(await page.locator('#activation-level').textContent()).toBe('Taktisk'); // the plan's starting level
    await fillAndHandOver(page, da, 'Krisestabsleder');
    expect(await role(page, 'log-keeper').textContent()).toContain('Logfører: ubesat');
    await standDown(page, da);
    expect(await page.locator('#crisis-roles details').count()).toBe(0); // a stood-down activation's roles are the record
    const points = await recordEvaluation(page, da);
    expect(points[0]).toBe('Virkede (organisatorisk): Varslingen af krisestaben.');
    expect(points[1]).toMatch(/^Virkede ikke \(statisk\/teknologisk\): Ingen radiodækning i kælderen\. Opfølgning: .+ senest 1\. mar\. 2027$/);
    await findStoodDown(page, id, 'Institution Syddanmark · Nyborg Fængsel', da.status.stoodDown);
    await page.context().close();
  }, 90_000);

  it('in Norwegian: activates a real plan at a unit of Oslo fengsel at the strategic level, and carries it through to the evaluation', async () => {
    const nb: Walk = {
      locale: 'nb-NO',
      open: 'Aktiver en beredskapsplan…',
      plan: 'Beredskapsplan',
      reality: 'Skarp eller øvelse',
      level: 'Nivå',
      reach: 'Omfang',
      institution: 'Institusjon',
      unit: 'Avdeling',
      reason: 'Begrunnelse: hvorfor beredskapet aktiveres',
      activate: 'Aktiver',
      notActivated: 'Ikke aktivert: ',
      status: { active: 'Aktiv', stoodDown: 'Avblåst' },
      fillOpen: 'Besett rollen: Kriseleder…',
      holder: 'Hvem tar rollen (ansattreferanse)',
      fill: 'Besett rollen',
      handOverOpen: 'Overdra: Kriseleder…',
      newHolder: 'Hvem tar over (ansattreferanse)',
      note: 'Merknad (valgfri)',
      handOver: 'Overdra',
      standDownOpen: 'Avblås…',
      standDownReason: 'Begrunnelse for avblåsing (påkrevd)',
      standDown: 'Avblås',
      summary: 'Sammendrag: hvordan aktiveringen forløp',
      kind: 'Virket eller ikke',
      riskClass: 'Type sikkerhetstiltak',
      description: 'Hva skjedde',
      followUp: 'Oppfølging (valgfri)',
      owner: 'Ansvarlig for oppfølgingen (ansattreferanse)',
      dueBy: 'Oppfølgingen skal være gjort innen',
      addPoint: 'Legg til et punkt',
      record: 'Registrer evalueringen',
    };
    const page = await harness.person(LEAD, '/crisis', undefined, { locale: nb.locale });
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    const id = await activate(page, nb, {
      plan: 'no-riot',
      exercise: false,
      level: 'strategic',
      reach: 'unit',
      institution: 'Oslo fengsel',
      unit: 'Avdeling A',
    });
    expect(await page.locator('h1 .badge').textContent()).toBe('SKARP');
    expect(await page.locator('#activation-scope').textContent()).toBe('Avdeling Region øst · Oslo fengsel · avdeling-a');
    expect(await page.locator('#activation-level').textContent()).toBe('Strategisk');
    await fillAndHandOver(page, nb, 'Kriseleder');
    await standDown(page, nb);
    const points = await recordEvaluation(page, nb);
    expect(points[0]).toBe('Virket (organisatorisk): Varslingen af krisestaben.');
    expect(points[1]).toMatch(/^Virket ikke \(statisk\/teknologisk\): .+ Oppfølging: .+ innen 1\. mars 2027$/);
    await findStoodDown(page, id, 'Avdeling Region øst · Oslo fengsel · avdeling-a', nb.status.stoodDown);
    await page.context().close();
  }, 90_000);

  it('refuses a handover sent from a page that missed a change, says so in words, and shows who holds the role now', async () => {
    const started = await api('post', '/crisis-activations')
      .send({ planId: 'fire', scope: { kind: 'institution', area: 'syddanmark', institution: 'renbaek' }, exercise: false, reason: 'Brand i værkstedet.' })
      .expect(201);
    const id: string = started.body.activationId;
    await api('put', `/crisis-activations/${id}/roles/crisis-lead`).send({ holder: 'ST-AAAA01' }).expect(200);
    await eventually(async () =>
      (await api('get', `/crisis-activations/${id}`)).body.roles?.some((r: { holder: string }) => r.holder === 'ST-AAAA01') ? true : undefined,
    );
    // This page hears no live changes, so it keeps showing the revision it read.
    const page = await harness.person(LEAD, `/crisis/activations/${id}`, (p) => p.route('**/crisis-board/live', () => undefined));
    const lead = role(page, 'crisis-lead');
    await lead.locator('.holder', { hasText: 'ST-AAAA01' }).waitFor(WAIT);
    await api('put', `/crisis-activations/${id}/roles/crisis-lead`).send({ holder: 'ST-BBBB02' }).expect(200);

    await lead.getByText('Hand over: Crisis lead…', { exact: true }).click();
    await field(lead, 'Who takes over (staff reference)').fill('ST-CCCC03');
    await lead.getByRole('button', { name: 'Hand over', exact: true }).click();
    await lead.locator('.holder', { hasText: 'ST-BBBB02' }).waitFor(WAIT); // reloaded: the handover that got there first
    expect(await lead.locator('.form-error').textContent()).toBe(
      'Conflict: The record changed since you read it: Someone else changed this record after you opened it. Reload it to see what they changed, then try again.',
    );
    expect(await page.locator('#problem').textContent()).toContain('The activation has been reloaded and shows the current state');

    await lead.getByRole('button', { name: 'Hand over', exact: true }).click(); // what was typed is still there
    await lead.locator('.holder', { hasText: 'ST-CCCC03' }).waitFor(WAIT);
    expect(await lead.locator('.form-error').textContent()).toBe('');
    await page.context().close();
  }, 60_000);

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
