import { loadStarterPlans } from '@vigil/crisis-readiness';
import { Page } from 'playwright-core';
import { eventually, signedIn } from '../support/vigil-test-app';
import { BrowserHarness, openBrowserHarness, WAIT } from './support/browser-harness';
import { dayFromToday, learningData, partnership, TITLE } from './support/learning-page-fixtures';

const LEAD = 'ST-LEAD01';
const FIRE_REVIEW = 'Efterbehandling af branden';

/** What each language's page says where the test looks: headings, a kind, a status and the crisis lead's role in a timeline line. */
const LANGUAGES = [
  {
    language: 'da',
    locale: 'da-DK',
    heading: 'Læringsgennemgange',
    sections: ['Gennemgange', 'Opfølgningspunkter', 'Katalog over tiltag', 'Politik for gennemgange', 'Temaer over tid'],
    kind: 'Erfaringsopsamling',
    status: 'I gang',
    parts: ['Tidslinje', 'Fund', 'Medvirkende faktorer', 'Resumé', 'Deltagere'],
    roleFilled: `Rollen krisestabsleder besat af ${LEAD}`,
    level: 'på operationelt niveau ved område Syddanmark, Renbæk Fængsel',
    source: 'Beredskabsloggen',
  },
  {
    language: 'nb',
    locale: 'nb-NO',
    heading: 'Læringsgjennomganger',
    sections: ['Gjennomganger', 'Oppfølgingspunkter', 'Katalog over tiltak', 'Retningslinjer for gjennomganger', 'Temaer over tid'],
    kind: 'Etterevaluering',
    status: 'Pågår',
    parts: ['Tidslinje', 'Funn', 'Medvirkende faktorer', 'Sammendrag', 'Deltakere'],
    roleFilled: `Rollen krisestabsleder besatt av ${LEAD}`,
    level: 'på operativt nivå ved område Syddanmark, Renbæk Fængsel',
    source: 'Beredskapsloggen',
  },
] as const;

/** A day as the page says it in a locale: "4. februar 2027" in Danish and Norwegian. */
const dayIn = (locale: string, day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The learning page in Danish and Norwegian Bokmål, in Chromium on the real app: the language cookie picks the page's
 * language while the browser itself asks for English, so the page must ask the API in its own language. Headings, a
 * review's kind and status, its due day in the locale's format, and a crisis activation's timeline with the crisis lead's
 * role in words (never the code the crisis log records).
 */
describe('the learning page in Danish and Norwegian', () => {
  let harness: BrowserHarness;
  let fireReviewId: string;

  const open = (language: string, path: string): Promise<Page> =>
    harness.person(LEAD, path, (page) => page.context().addCookies([{ name: 'vigil-lang', value: language, url: harness.base, sameSite: 'Lax' }]));

  beforeAll(async () => {
    harness = await openBrowserHarness();
    const { vigil } = harness;
    await learningData(vigil);
    await loadStarterPlans(vigil.databaseUrl);
    const lead = () => signedIn(LEAD, ['crisis-lead']);
    await eventually(async () => ((await vigil.http().get('/crisis-plans/fire/versions/1').set(lead())).status === 200 ? true : undefined));
    const activationId: string = (
      await vigil
        .http()
        .post('/crisis-activations')
        .set(lead())
        .send({ planId: 'fire', scope: { kind: 'institution', area: 'syddanmark', institution: 'renbaek' }, exercise: false, reason: 'Brand i værkstedet.' })
        .expect(201)
    ).body.activationId;
    await vigil.http().put(`/crisis-activations/${activationId}/roles/crisis-lead`).set(lead()).send({ holder: LEAD }).expect(200);
    fireReviewId = (
      await vigil
        .http()
        .post('/learning-reviews')
        .set(partnership())
        .send({ kind: 'after-action', subject: { type: 'activation', activationId, exercise: false }, title: FIRE_REVIEW, dueOn: dayFromToday(30) })
        .expect(201)
    ).body.reviewId;
    await eventually(async () => ((await vigil.http().get(`/learning-reviews/${fireReviewId}`).set(partnership())).status === 200 ? true : undefined));
  }, 120_000);

  afterAll(async () => harness?.close());

  describe.each(LANGUAGES)('in $language', (say) => {
    it('shows the headings, and a review with its kind and its due day in the locale’s format', async () => {
      const page = await open(say.language, '/learning');
      const row = page.locator('#group-in-progress li.review-row', { hasText: TITLE });
      await row.waitFor(WAIT);
      expect(await page.locator('html').getAttribute('lang')).toBe(say.language);
      expect(await page.locator('h1').textContent()).toBe(say.heading);
      expect(await page.locator('main section.learning-section > h2').allTextContents()).toEqual(say.sections);
      const text = await row.textContent();
      expect(text).toContain(say.kind);
      expect(text).toContain(dayIn(say.locale, dayFromToday(60)));
      await page.context().close();
    });

    it('opens a crisis activation’s review: its status and parts in words, the crisis lead’s role in words in the timeline', async () => {
      const page = await open(say.language, `/learning#review=${fireReviewId}`);
      await page.locator('#review-status', { hasText: say.status }).waitFor(WAIT);
      expect(await page.locator('h1').textContent()).toBe(FIRE_REVIEW);
      expect(await page.locator('.review-kind').textContent()).toContain(say.kind);
      expect(await page.locator('#review-parts section.learning-section > h2').evaluateAll((hs) => hs.slice(0, 5).map((h) => h.textContent))).toEqual(
        say.parts,
      );
      const filled = page.locator('#timeline-list li', { hasText: say.roleFilled });
      await filled.waitFor(WAIT);
      expect(await filled.locator('.moment-when').textContent()).toContain(say.source);
      const timeline = await page.locator('#timeline-list').textContent();
      expect(timeline).not.toMatch(/crisis[ -]lead/i);
      expect(timeline).toContain(say.level);
      await page.context().close();
    });
  });

  it('ran without a script error in any page', () => {
    expect(harness.scriptErrors).toEqual([]);
  });
});
