import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { ROLES } from '@vigil/identity';
import { WebSessionStore } from '@vigil/web-sign-in';
import { Browser, chromium, Page } from 'playwright-core';
import { testIssuer } from '../../shared/test-issuer';
import { startVigil } from '../../support/vigil-test-app';

export type Vigil = Awaited<ReturnType<typeof startVigil>>;
export const WAIT = { timeout: 15_000 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium and the real app on a real port; without Chromium the suite fails, never skips. */
export interface BrowserHarness {
  readonly vigil: Vigil;
  readonly browser: Browser;
  readonly base: string;
  /** Script errors seen on any page opened through `person`. */
  readonly scriptErrors: string[];
  /**
   * Opens `path` in a fresh context signed in as `actor` (every role, national): a session in the app's session store
   * for a token of the test issuer, its cookie set as the sign-in callback sets it. The real sign-in flow, through the
   * demo provider, is test/browser/sign-in.browser-spec.ts's.
   */
  person(actor: string, path: string, prepare?: (page: Page) => Promise<unknown>, options?: { locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserHarness(): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is required for the browser tests and was not found at ${CHROMIUM}: install Debian's chromium package or set CHROMIUM_PATH`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const vigil = await startVigil();
  await vigil.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(vigil.app.getHttpServer().address() as AddressInfo).port}`;
  const scriptErrors: string[] = [];
  return {
    vigil,
    browser,
    base,
    scriptErrors,
    async person(actor, path, prepare, options) {
      const context = await browser.newContext(options?.locale ? { locale: options.locale } : {});
      const token = (await testIssuer()).token({ staff_ref: actor, vigil_roles: ROLES, vigil_unit: 'national' });
      const session = await vigil.app.get(WebSessionStore).open(actor, { accessToken: token, expiresInSeconds: 600 });
      await context.addCookies([{ name: 'vigil_session', value: session.cookieValue, url: base, httpOnly: true, sameSite: 'Lax' }]);
      const page = await context.newPage();
      page.on('pageerror', (error) => scriptErrors.push(`${actor}: ${error.message}`));
      await prepare?.(page);
      await page.goto(base + path);
      await page.locator('#signed-in-as', { hasText: actor }).waitFor(WAIT);
      return page;
    },
    async close() {
      await browser.close();
      await vigil.close();
    },
  };
}
