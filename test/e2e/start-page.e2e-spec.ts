import { createHash } from 'node:crypto';
import { INCIDENT_LIST_DOCS, startBanner } from '../../apps/vigil/src/start-banner';
import { startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** What a person who just ran `npm start` opens in a browser before signing in: a bare link carries no token. */
describe('the start page and the start banner', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil()));
  afterAll(() => vigil.close());

  /** The path a browser asks for (the fragment stays in the browser). */
  const pathOf = (url: string) => new URL(url, 'http://127.0.0.1:3000').pathname + new URL(url, 'http://127.0.0.1:3000').search;

  it('answers / with a page listing the pages, the API docs and how to sign in', async () => {
    const res = await vigil.http().get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    for (const href of ['/coordinator', '/crisis', '/authoring', '/api/docs', INCIDENT_LIST_DOCS, '/health', '/metrics'])
      expect(res.text).toContain(`href="${href}"`);
    expect(res.text).toContain('Authorization: Bearer');
  });

  it.each(['/coordinator', '/crisis', '/statistics', '/learning', '/audit', '/audit/access-log', '/authoring'])(
    "serves the page %s as a shell under the pages' CSP, never cached stale, varying by language",
    async (path) => {
      const res = await vigil.http().get(path).expect(200);
      expect(res.headers).toMatchObject({ 'cache-control': 'no-cache', 'referrer-policy': 'no-referrer' });
      expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self'/);
      expect(res.headers['vary']).toMatch(/Accept-Language, Cookie/);
      const script = /src="([^"]+\.js)"/.exec(res.text)![1];
      const js = await vigil.http().get(script).expect(200);
      expect(js.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
      expect(js.headers['content-type']).toMatch(/^text\/javascript/);
      const style = /href="([^"]+\.css)"/.exec(res.text)![1];
      const css = await vigil.http().get(style).expect(200);
      expect(css.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
      expect(css.headers['content-type']).toMatch(/^text\/css/);
    },
  );

  it('speaks English when nothing asks otherwise, and says the answer depends on the language asked for', async () => {
    const res = await vigil.http().get('/').expect(200);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('<a href="/authoring">Action cards and readiness plans (administrators)</a>');
    expect(res.headers['vary']).toMatch(/Accept-Language/);
    expect(res.headers['vary']).toMatch(/Cookie/);
  });

  it('speaks Norwegian Bokmål when Accept-Language asks for it, with the cards-and-plans page among the pages', async () => {
    const res = await vigil.http().get('/').set('Accept-Language', 'nb').expect(200);
    expect(res.text).toContain('<html lang="nb">');
    expect(res.text).toContain('<a href="/authoring">Tiltakskort og beredskapsplaner (administratorer)</a>');
    expect(res.text).toContain('<h2>Sider</h2>');
    expect(res.text).toContain('aria-label="Språk"');
    expect(res.text).toContain('data-lang="nb" lang="nb" aria-pressed="true"');
    expect(res.text).not.toContain('Learning reviews');
    // The test app trusts an outside sign-in provider: the page names it, as code, in the reader's words. Example code stays as it is.
    expect(res.text).toMatch(/hos innloggingstjenesten Vigil er satt opp med \(<code>http:\/\/[^<]+<\/code>\)/);
    expect(res.text).toContain('curl -H "Authorization: Bearer $TOKEN"');
  });

  it('speaks Danish when the switcher’s cookie says so, whatever Accept-Language asks', async () => {
    const res = await vigil.http().get('/').set('Cookie', 'vigil-lang=da').set('Accept-Language', 'nb, en;q=0.5').expect(200);
    expect(res.text).toContain('<html lang="da">');
    expect(res.text).toContain('<a href="/authoring">Handlekort og beredskabsplaner (administratorer)</a>');
    expect(res.text).toContain('<a href="/audit">Gennemgå en sag (revisorer)</a>');
    expect(res.text).toContain('hos den log-ind-udbyder, Vigil er sat op med');
    expect(res.text).toContain('data-lang="da" lang="da" aria-pressed="true"');
  });

  it('allows the switcher’s script and nothing else', async () => {
    const res = await vigil.http().get('/').expect(200);
    const [, script] = /<script>([\s\S]*?)<\/script>/.exec(res.text)!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(res.headers['content-security-policy']).toContain(`script-src 'sha256-${hash}'`);
    expect(res.text.match(/<script/g)).toHaveLength(1);
  });

  it('links only to what a browser can open', async () => {
    const res = await vigil.http().get('/').expect(200);
    const links = [...res.text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const answer = await vigil.http().get(pathOf(link));
      expect({ link, status: answer.status }).toEqual({ link, status: 200 });
    }
  });

  it('prints links in the banner that all open in a browser, the incident list at its operation in the API docs', async () => {
    const banner = startBanner('http://127.0.0.1:3000', { embedded: true, dataDir: '.data' });
    const urls = [...banner.matchAll(/http:\/\/127\.0\.0\.1:3000(\S*)/g)].map((m) => m[1] || '/');
    expect(urls).toEqual(expect.arrayContaining(['/', '/coordinator', '/crisis', '/statistics', '/learning', INCIDENT_LIST_DOCS, '/api/docs', '/health']));
    for (const url of urls) {
      const answer = await vigil.http().get(pathOf(url));
      expect({ url, status: answer.status }).toEqual({ url, status: 200 });
    }
    // Swagger UI's deep link is #/<tag>/<operationId>: that operation must exist, or the link opens the docs unexpanded.
    const [, tag, operationId] = /#\/([^/]+)\/(.+)$/.exec(INCIDENT_LIST_DOCS)!;
    const document = (await vigil.http().get('/api/docs-json').expect(200)).body;
    expect(document.paths['/incidents'].get).toMatchObject({ operationId, tags: expect.arrayContaining([tag]) });
  });
});
