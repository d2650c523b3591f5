import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, chromium, Page } from 'playwright-core';
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
  /** Opens `path` in a fresh context (own sessionStorage) and answers the one-time staff-reference question. */
  person(actor: string, path: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page>;
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
    async person(actor, path, prepare) {
      const page = await (await browser.newContext()).newPage();
      page.on('pageerror', (error) => scriptErrors.push(`${actor}: ${error.message}`));
      await prepare?.(page);
      await page.goto(base + path);
      await page.getByLabel('Your staff reference').fill(actor);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText(`Acting as ${actor}`).waitFor(WAIT);
      return page;
    },
    async close() {
      await browser.close();
      await vigil.close();
    },
  };
}
