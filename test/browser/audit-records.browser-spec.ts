import { readFileSync } from 'node:fs';
import { StoreCheck } from '@vigil/proof';
import { Pool } from 'pg';
import { Page } from 'playwright-core';
import { signedIn } from '../support/vigil-test-app';
import { auditedRecords, AuditedRecords } from './audit-records.fixtures';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';
import { pageAs } from './support/learning-page-fixtures';

const AUDITOR = 'ST-AUDIT03';

type Kind = Exclude<keyof AuditedRecords, 'placementStart'>;

/** Per kind: its heading, and where what was known shows one thing at the first moment and another at the last. */
const KINDS: { kind: Kind; heading: string; where: string; first: string; last: string }[] = [
  { kind: 'incident', heading: 'Incident', where: '#replay-known dd[data-field="severity"]', first: 'moderate', last: 'serious' },
  { kind: 'run', heading: 'Action-card run', where: '#run-steps tr[data-step="immediate-safety"] .step-then', first: 'open, due', last: 'done' },
  { kind: 'activation', heading: 'Crisis activation', where: '#replay-known', first: 'Trusler mod ansatte', last: 'Afdeling B aflåses' },
  {
    kind: 'placement',
    heading: 'Security-cell placement',
    where: '#verdict-list li[data-rule="observation-notes"] .verdict-word',
    first: 'Not yet due',
    last: 'Breached',
  },
  { kind: 'risk-case', heading: 'Risk case', where: '#replay-known', first: 'PR-8H2K4M', last: 'SARA-SV' },
  { kind: 'review', heading: 'Learning review', where: '#replay-known', first: 'Vold ved visitation', last: 'Forventet: to betjente' },
];

/** What a person reads: no full ids (short labels only, the full id on hover), no field or event-type names, no minutes counts, no raw instants. */
async function expectWords(page: Page, selector: string): Promise<void> {
  const text = await page.locator(selector).innerText();
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // camelCase: a field name
  expect(text).not.toMatch(/\b[a-z-]+\.[a-z-]+\.v\d+\b/); // an event type
  expect(text).not.toMatch(/\d+ min\b/);
  expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  for (const abbr of await page.locator(`${selector} abbr.short-id`).all()) {
    expect(await abbr.getAttribute('title')).toMatch(new RegExp(`^${(await abbr.textContent())!}`));
  }
}

/**
 * The auditor's page in Chromium for every kind of record the issue names: an incident, an action-card run, a crisis
 * activation, a security-cell placement, a risk case and a learning review, each made through the API; each replayed with
 * the slider, in words. For the placement, each rule's verdict as it stood, with the events that prove it. A download of
 * a bundle on the record's access log; whether the store verifies against the latest checkpoint, and when that was checked.
 */
describe("the auditor's page replays every kind of record in Chromium", () => {
  let harness: BrowserHarness;
  let records: AuditedRecords;
  let auditor: Page;
  const consoleErrors: string[] = [];

  /** Moves the slider as a person would with the keyboard, and waits until what was known then is shown. */
  async function moveTo(page: Page, key: 'Home' | 'End', position: string): Promise<void> {
    await page.locator('#replay-slider').focus();
    await page.keyboard.press(key);
    await page.locator('#replay-position', { hasText: position }).waitFor(WAIT);
    await page.locator(`#replay-known[data-at="${position}"]`).waitFor(WAIT);
  }

  beforeAll(async () => {
    harness = await openBrowserHarness();
    records = await auditedRecords(harness.vigil);
    auditor = await pageAs(harness, AUDITOR, ['auditor'], '/audit', consoleErrors);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it.each(KINDS)('replays: $heading, in words; what was known moves with the slider', async ({ kind, heading, where, first, last }) => {
    const id = records[kind];
    await auditor.goto(`${harness.base}/audit#${kind}=${id}`);
    await auditor.locator('#replay-slider').waitFor(WAIT);
    expect(await auditor.locator('h1').textContent()).toBe(`${heading} ${id.slice(0, 8)}`);
    expect(await auditor.locator('h1 abbr').getAttribute('title')).toBe(id);
    const count = Number(await auditor.locator('#replay-slider').getAttribute('max'));
    expect(count).toBeGreaterThanOrEqual(2);

    await moveTo(auditor, 'Home', '1');
    await auditor.locator(where, { hasText: first }).first().waitFor(WAIT);
    expect(await auditor.locator(where).first().innerText()).not.toContain(last);
    expect(await auditor.locator('#replay-events li.later').count()).toBe(count - 1);
    expect(auditor.url()).toContain(`#${kind}=${id}&at=1`);

    await moveTo(auditor, 'End', String(count));
    await auditor.locator(where, { hasText: last }).first().waitFor(WAIT);
    expect(await auditor.locator('#replay-events li.later').count()).toBe(0);
    expect(await auditor.locator('#replay-moment').textContent()).toMatch(/ after the first event\)$|at the start\)$/);
    await expectWords(auditor, '#replay-known');
    await expectWords(auditor, '#replay-events');
    await expectWords(auditor, '#replay-moment');
    if (kind === 'placement') await expectWords(auditor, '#replay-verdicts');
  });

  it("shows each of the placement's rules as it stood, with the events that prove it, and jumps to them", async () => {
    const id = records.placement;
    await auditor.goto(`${harness.base}/audit#placement=${id}&at=3`);
    await auditor.locator('#replay-known[data-at="3"]').waitFor(WAIT);
    const rule = (ruleId: string) => auditor.locator(`#verdict-list li[data-rule="${ruleId}"]`);
    // The doctor called 20 minutes after the start: kept, proven by the start and the call.
    await rule('doctor-called').locator('.verdict-word', { hasText: 'Kept' }).waitFor(WAIT);
    expect(await rule('doctor-called').locator('.verdict-detail').textContent()).toBe('Doctor called: 20 minutes after the start.');
    expect(await rule('doctor-called').locator('ol.evidence li').allInnerTexts()).toEqual([
      expect.stringMatching(/^The start: Placement started, .* · event 1 on the slider$/),
      expect.stringMatching(/^Doctor called: Doctor called, .* · event 3 on the slider$/),
    ]);
    // At that moment the notes rule was not yet due: when it would fall due, in words.
    expect(await rule('observation-notes').locator('.verdict-word').textContent()).toBe('Not yet due');
    expect(await rule('observation-notes').locator('.verdict-due').textContent()).toMatch(
      /^Falls due .*, 9 minutes after this moment, unless it is kept first\.$/,
    );

    // At the end: the 45 minutes between two notes breached it; both notes prove it, and a click shows the first of them.
    await moveTo(auditor, 'End', '5');
    await rule('observation-notes').locator('.verdict-word', { hasText: 'Breached' }).waitFor(WAIT);
    expect(await rule('observation-notes').locator('.verdict-detail').textContent()).toBe(
      'The longest gap between notes was 45 minutes (a note → a note); at most 15 minutes is allowed.',
    );
    expect(await rule('follow-up-conversation').locator('.verdict-due').textContent()).toContain('3 days after this moment');
    expect(await rule('legal-review').locator('.verdict-due').textContent()).toMatch(/^Falls due .*, 30 days after this moment, unless it is kept first\.$/);
    expect(await rule('legal-review').locator('.verdict-detail').count()).toBe(0); // "due by" said once, not twice
    expect(await rule('legal-review').innerText()).toMatch(/Counted from:\s+The end: Placement ended, .* · event 5 on the slider/);
    await rule('observation-notes').getByRole('link', { name: 'event 2 on the slider' }).click();
    await auditor.locator('#replay-known[data-at="2"]').waitFor(WAIT);
    expect(await auditor.locator('#replay-events li.now .what').textContent()).toBe('Observation noted');
    expect(auditor.url()).toContain(`#placement=${id}&at=2`);
    await expectWords(auditor, '#replay-verdicts');
  });

  it('opens personal texts for the auditor on the page; the downloaded bundle keeps them sealed, as stored and hashed', async () => {
    const id = records.placement;
    await auditor.goto(`${harness.base}/audit#placement=${id}`);
    await auditor.locator('#replay-known[data-at="5"]').waitFor(WAIT);
    expect(await auditor.locator('#replay-events li').first().locator('.basis').textContent()).toBe(
      'Reason: Voldsom modstand ved visitation. · Legal basis: straffuldbyrdelsesloven § 66, stk. 1, nr. 1',
    );
    expect(await auditor.locator('#main').innerText()).not.toContain('{{sealed');
    const file = await auditor.evaluate(async (path) => (await fetch(path, { credentials: 'same-origin' })).text(), `/proof/bundles/placement/${id}`);
    expect(file).toContain('{{sealed.v1.');
    expect(file).not.toContain('Voldsom modstand');
  });

  it("puts a download of the bundle on the record's access log, beside the auditor's replays", async () => {
    const id = records['risk-case'];
    await auditor.goto(`${harness.base}/audit#risk-case=${id}`);
    await auditor.locator('#access-table').waitFor(WAIT);
    expect(await auditor.locator('#access-table tr', { hasText: 'case bundle downloaded' }).count()).toBe(0);
    const [download] = await Promise.all([auditor.waitForEvent('download'), auditor.locator('#bundle-json').click()]);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; record: { kind: string; id: string }; events: unknown[] };
    expect(bundle).toMatchObject({ format: 'vigil-bundle/1', record: { kind: 'risk-case', id } });
    expect(download.suggestedFilename()).toMatch(new RegExp(`^vigil-risk-case-${id}`));

    await moveTo(auditor, 'Home', '1'); // the access log is read again with each moment
    const downloaded = auditor.locator('#access-table tbody tr', { hasText: 'case bundle downloaded (JSON)' });
    await downloaded.waitFor(WAIT);
    expect(await downloaded.locator('.who').textContent()).toBe(AUDITOR);
    expect(await downloaded.locator('.view').textContent()).toBe(
      `case bundle downloaded (JSON), ${bundle.events.length} events at checkpoint ${/\n(\d+)\n/.exec((bundle as unknown as { checkpoint: string }).checkpoint)![1]}`,
    );
    expect(await auditor.locator('#access-table tbody tr .view', { hasText: 'replayed on the audit page (case bundle)' }).count()).toBeGreaterThanOrEqual(1);
    const reads = await harness.vigil
      .http()
      .get(`/access-log?resource=risk-case/${id}&actor=${AUDITOR}`)
      .set(signedIn('ST-AUDIT98', ['auditor']))
      .expect(200);
    expect(reads.body.entries.map((e: { view: string }) => e.view.split(',')[0])).toContain('case bundle downloaded (JSON)');
  });

  it('says whether the whole store verifies against the latest checkpoint, and when that was checked', async () => {
    await auditor.goto(`${harness.base}/audit#incident=${records.incident}`);
    await auditor.locator('#store-verdict', { hasText: 'The store verifies against it.' }).waitFor({ timeout: 60_000 });
    expect(await auditor.locator('#store-checked-at').textContent()).toMatch(/^Checked .* \((less than a minute|\d+ minutes?) ago\)$/);
    expect(await auditor.locator('#store-verification').textContent()).toMatch(
      /[\d,]+ events in [\d,]+ streams re-hashed and held to [\d,]+ checkpoints?, the latest of [\d,]+ events, in /,
    );
    expect(await auditor.locator('#replay-checkpoint').textContent()).toContain('npm run cli -- verify');
  });

  it("says so in words when the store no longer verifies: a record's last event deleted as a database superuser would", async () => {
    const pool = new Pool({ connectionString: harness.vigil.databaseUrl, max: 1 });
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL session_replication_role = replica'); // the store's own guards off
        await client.query(
          'DELETE FROM event_store.events WHERE stream_id = $1 AND stream_revision = (SELECT max(stream_revision) FROM event_store.events WHERE stream_id = $1)',
          [`review-${records.review}`],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
    }
    await harness.vigil.app.get(StoreCheck, { strict: false }).check(); // not waiting out the 30 seconds between checks
    await auditor.goto(`${harness.base}/audit#incident=${records.incident}`);
    await auditor.reload();
    await auditor.locator('#store-verdict', { hasText: 'The store does not verify against it.' }).waitFor(WAIT);
    expect(await auditor.locator('#store-problems li').allTextContents()).toContain('1 stream whose last events were deleted');
    expect(await auditor.locator('#store-verification').textContent()).not.toContain(records.review.slice(0, 8)); // the CLI names it, not the page
  });

  it('ran without a script error, a console error or a CSP violation', async () => {
    expect(await auditor.evaluate('window.cspViolations')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(harness.scriptErrors).toEqual([]);
  });
});
