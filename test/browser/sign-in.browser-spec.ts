import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { createTestDatabase } from '../support/test-database';
import { freePort, VigilProcess } from '../support/vigil-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = { timeout: 30_000 };
/** Starting the real system from source with a year of demo data takes a while on two cores. */
const START_MS = 240_000;

/**
 * A cookie jar and manual redirects over fetch: the sign-in flow as a browser walks it, with every answer visible.
 */
class Walker {
  readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];
  constructor(private readonly base: string) {}

  async go(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.base), { ...init, redirect: 'manual', headers: { ...(init.headers as object), cookie } });
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value && !/max-age=0/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  /** From /auth/sign-in?return=… through the demo provider's page, choosing `staffRef`'s account; answers the callback's answer. */
  async signIn(returnTo: string, staffRef = 'ST-DEMO01'): Promise<Response> {
    let response = await this.go(`/auth/sign-in?return=${encodeURIComponent(returnTo)}`);
    expect(response.status).toBe(303);
    response = await this.go(response.headers.get('location')!); // the provider's authorize endpoint
    response = await this.go(response.headers.get('location')!); // its page: who to sign in as
    const page = await response.text();
    const action = /action="([^"]+\/login)"/.exec(page)![1];
    response = await this.go(action, { method: 'POST', body: `account=${staffRef}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    response = await this.go(response.headers.get('location')!); // back to authorize, which answers with the code
    expect(response.headers.get('location')).toMatch(/\/auth\/callback\?code=/);
    return this.go(response.headers.get('location')!);
  }
}

/**
 * The real system (`npm start`'s entry point, as its own process) with its demo sign-in provider: a person signs in
 * at /oidc by picking a demo account, the pages read the API through the session cookie, and sign out.
 */
describe('signing in to the pages with the demo provider', () => {
  let vigil: VigilProcess;
  let base: string;
  let dataDir: string;
  let env: Record<string, string>;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let browser: Browser;
  const scriptErrors: string[] = [];

  const start = () => vigil.start(async () => (await fetch(`${base}/health/ready`)).status === 200, START_MS);

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required for the browser tests and was not found at ${CHROMIUM}`);
    database = await createTestDatabase('vigil_sign_in');
    dataDir = mkdtempSync(join(tmpdir(), 'vigil-sign-in-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = { DATABASE_URL: database.url, HOST: '127.0.0.1', PORT: String(port), VIGIL_DATA_DIR: dataDir, VIGIL_DEMO_DATA: 'true', LOG_LEVEL: 'warn' };
    vigil = new VigilProcess('vigil', 'apps/vigil/src/main.ts', env);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    await start();
  }, START_MS + 30_000);

  afterAll(async () => {
    await browser?.close();
    await vigil?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  afterEach(() => {
    expect(vigil.unexpectedExits).toEqual([]);
    expect(vigil.unhandledErrors).toEqual([]);
  });

  describe('in Chromium', () => {
    let context: BrowserContext;
    let page: Page;
    const header = () => page.locator('#signed-in');

    beforeAll(async () => {
      context = await browser.newContext();
      page = await context.newPage();
      page.on('pageerror', (error) => scriptErrors.push(error.message));
    });
    afterAll(() => context?.close());

    it('sends a person who is not signed in to sign in, and the demo provider lists its accounts by role and place', async () => {
      await page.goto(`${base}/coordinator`);
      await page.getByRole('heading', { name: 'Sign in to continue' }).waitFor(WAIT);
      expect(await header().textContent()).toContain('Not signed in');
      await header().getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Choose who to sign in as' }).waitFor(WAIT);
      expect(new URL(page.url()).pathname).toMatch(/^\/oidc\/interaction\//);
      expect(await page.locator('.demo-note').textContent()).toContain('Demo sign-in provider');
      const accounts = await page.locator('ul.accounts button').allTextContents();
      expect(accounts).toHaveLength(9);
      expect(accounts).toEqual(
        expect.arrayContaining(['Coordinator, Syddanmark', 'Crisis lead and Crisis staff, National', 'Staff, Nyborg Fængsel', 'Auditor, National']),
      );
      expect(accounts.join(' ')).not.toMatch(/ST-|area:|institution:/); // words for people, no ids
    });

    it('picks the demo coordinator and lands back on the board, signed in, the board read through the cookie', async () => {
      await page.getByRole('button', { name: 'Coordinator, Syddanmark' }).click();
      await page.waitForURL(`${base}/coordinator`, WAIT);
      const who = page.locator('#signed-in-as');
      await who.waitFor(WAIT);
      for (const words of ['ST-DEMO01', 'Coordinator', 'Syddanmark']) expect(await who.textContent()).toContain(words);
      await page.locator('tr[data-run-id]').first().waitFor(WAIT);
      expect(await page.getByRole('heading', { name: /^Syddanmark/ }).count()).toBeGreaterThan(0);
      await page.getByText('Live updates: on').waitFor(WAIT);
      const [session] = (await context.cookies(base)).filter((cookie) => cookie.name === 'vigil_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
      expect(session.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await page.evaluate('document.cookie')).not.toContain('vigil_session');
    });

    it('keeps the session across a reload', async () => {
      await page.reload();
      await page.locator('#signed-in-as', { hasText: 'ST-DEMO01' }).waitFor(WAIT);
      await page.locator('tr[data-run-id]').first().waitFor(WAIT);
      expect(await page.getByRole('heading', { name: 'Sign in to continue' }).count()).toBe(0);
    });

    it('signs out: the session ends and its cookie goes, then the provider asks whether to forget the account too', async () => {
      await header().getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign out of the demo sign-in too?' }).waitFor(WAIT);
      expect((await context.cookies(base)).map((cookie) => cookie.name)).not.toContain('vigil_session');
      expect((await context.request.get(`${base}/auth/me`)).status()).toBe(401);
      await page.getByRole('button', { name: 'Sign out of the demo sign-in' }).click();
      await page.waitForURL(`${base}/`, WAIT);
      await page.getByRole('heading', { name: 'Signing in' }).waitFor(WAIT);
      expect(await page.textContent('body')).toContain('demo sign-in provider');
    });

    it('asks again at the next sign-in, so the person can be someone else', async () => {
      await page.goto(`${base}/auth/sign-in?return=/crisis`);
      await page.getByRole('button', { name: 'Crisis lead and Crisis staff, National' }).click();
      await page.waitForURL(`${base}/crisis`, WAIT);
      await page.locator('#signed-in-as', { hasText: 'ST-DEMO02' }).waitFor(WAIT);
      expect(await page.locator('#signed-in-as').textContent()).toContain('Crisis lead, Crisis staff');
      expect(scriptErrors).toEqual([]);
    });
  });

  it('speaks the browser’s language on the demo provider’s pages: Danish words and <html lang="da">', async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/auth/sign-in?return=/`);
      await page.getByRole('heading', { name: 'Vælg, hvem du vil logge ind som' }).waitFor(WAIT);
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      expect(await page.locator('ul.accounts button').allTextContents()).toEqual(
        expect.arrayContaining(['Koordinator, Syddanmark', 'Krisestabsleder og Krisestab, Hele landet', 'Revisor, Hele landet']),
      );
      expect(await page.locator('.demo-note').textContent()).toContain('Demo-log-ind-udbyder');
    } finally {
      await context.close();
    }
  });

  it('signs in from the API docs: Authorize opens the demo provider, and Try it out answers as the chosen person', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${base}/api/docs`);
      await page.getByRole('button', { name: 'Authorize' }).first().click();
      const popup = context.waitForEvent('page');
      await page.locator('.modal-ux button.authorize').first().click(); // the oidc scheme's, client vigil-swagger with PKCE
      const signIn = await popup;
      // Listen before the click: on a busy machine the popup can hand the code back and close before a later listener starts.
      const closed = signIn.isClosed() ? Promise.resolve() : signIn.waitForEvent('close', WAIT);
      await signIn.getByRole('button', { name: 'Auditor, National' }).click(WAIT);
      await closed; // oauth2-redirect.html handed the code back to the docs page and closed
      await page.locator('.modal-ux .close-modal').click();
      const operation = page.locator('#operations-sign-in-SignInController_me');
      await operation.locator('.opblock-summary-control').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      await operation.getByRole('button', { name: 'Execute' }).click();
      const answer = operation.locator('.live-responses-table .microlight').first();
      await answer.waitFor(WAIT);
      expect(JSON.parse((await answer.textContent()) ?? '')).toMatchObject({ staffRef: 'ST-DEMO08', roles: ['auditor'], unit: 'national' });
    } finally {
      await context.close();
    }
  });

  describe('over HTTP', () => {
    it('sets the session cookie HttpOnly and SameSite=Lax, on the whole site, and the API answers through it', async () => {
      const walker = new Walker(base);
      const callback = await walker.signIn('/coordinator/runs/abc?view=steps#step-1');
      expect(callback.status).toBe(303);
      expect(callback.headers.get('location')).toBe('/coordinator/runs/abc?view=steps#step-1');
      const cookie = walker.setCookies.find((line) => line.startsWith('vigil_session=') && !/max-age=0/i.test(line))!;
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/; Secure/); // plain http here; https (or an https VIGIL_PUBLIC_URL) adds it
      expect(walker.setCookies.find((line) => line.startsWith('vigil_sign_in=') && /max-age=0/i.test(line))).toBeDefined();
      const me = await walker.go('/auth/me');
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual({
        staffRef: 'ST-DEMO01',
        roles: ['coordinator'],
        unit: 'area:syddanmark',
        roleNames: ['Coordinator'],
        unitName: 'Syddanmark',
      });
      const mig = await walker.go('/auth/me', { headers: { 'accept-language': 'nb-NO' } });
      expect(await mig.json()).toMatchObject({ roles: ['coordinator'], roleNames: ['Koordinator'], unitName: 'Syddanmark' });
      expect(mig.headers.get('content-language')).toBe('nb');
      expect((await walker.go('/incidents?area=syddanmark')).status).toBe(200);
    });

    it('answers 401 to an unknown or forged session cookie', async () => {
      for (const value of ['nope', 'A'.repeat(43), Buffer.alloc(32, 7).toString('base64url')]) {
        const me = await fetch(`${base}/auth/me`, { headers: { cookie: `vigil_session=${value}` } });
        expect(me.status).toBe(401);
        expect(me.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect((await fetch(`${base}/action-card-board`, { headers: { cookie: `vigil_session=${value}` } })).status).toBe(401);
      }
      expect((await fetch(`${base}/auth/me`)).status).toBe(401);
    });

    it('refuses to send anyone to another site after signing in: return=https://evil.example goes to /', async () => {
      for (const returnTo of ['https://evil.example', '//evil.example/coordinator', '/\\evil.example']) {
        const callback = await new Walker(base).signIn(returnTo);
        expect([returnTo, callback.headers.get('location')]).toEqual([returnTo, '/']);
      }
    });

    it('refuses a callback that another browser started, or one replayed', async () => {
      const walker = new Walker(base);
      let response = await walker.go('/auth/sign-in?return=/coordinator');
      response = await walker.go(response.headers.get('location')!);
      const state = new URL(response.headers.get('location')!, base).searchParams.get('state') ?? 'x';
      const stranger = await fetch(`${base}/auth/callback?code=abc&state=${state}`, { redirect: 'manual' });
      expect(stranger.status).toBe(400);
      expect(stranger.headers.get('set-cookie') ?? '').not.toMatch(/vigil_session=[^;]/);
      expect(await stranger.text()).toContain('This sign-in has expired');
    });

    it('tells a person who cancels at the provider that nothing was signed in', async () => {
      const walker = new Walker(base);
      let response = await walker.go('/auth/sign-in?return=/crisis');
      response = await walker.go(response.headers.get('location')!);
      response = await walker.go(response.headers.get('location')!);
      const abort = /action="([^"]+\/abort)"/.exec(await response.text())![1];
      response = await walker.go(abort, { method: 'POST' });
      response = await walker.go(response.headers.get('location')!);
      expect(response.headers.get('location')).toMatch(/\/auth\/callback\?error=access_denied/);
      response = await walker.go(response.headers.get('location')!);
      expect(response.status).toBe(401);
      const page = await response.text();
      expect(page).toContain('Sign-in cancelled');
      expect(page).toContain('href="/auth/sign-in?return=%2Fcrisis"');
      expect(walker.cookies.has('vigil_session')).toBe(false);
    });

    it('ends the session at sign-out: the cookie is cleared and it no longer opens the API', async () => {
      const walker = new Walker(base);
      await walker.signIn('/');
      const value = walker.cookies.get('vigil_session')!;
      const out = await walker.go('/auth/sign-out', { method: 'POST' });
      expect(out.status).toBe(303);
      expect(out.headers.get('location')).toMatch(new RegExp(`^${base}/oidc/session/end\\?`));
      expect(walker.setCookies.at(-1)).toMatch(/^vigil_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970/);
      expect((await fetch(`${base}/auth/me`, { headers: { cookie: `vigil_session=${value}` } })).status).toBe(401);
    });

    it(
      'keeps people signed in across a restart (the provider’s key and records are kept)',
      async () => {
        const walker = new Walker(base);
        await walker.signIn('/', 'ST-DEMO05');
        await vigil.stop();
        vigil = new VigilProcess('vigil', 'apps/vigil/src/main.ts', { ...env, VIGIL_DEMO_DATA: 'false' });
        await start();
        const me = await walker.go('/auth/me');
        expect(me.status).toBe(200);
        expect(((await me.json()) as { staffRef: string }).staffRef).toBe('ST-DEMO05');
      },
      START_MS,
    );
  });
});
