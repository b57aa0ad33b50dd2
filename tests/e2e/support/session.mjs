// Per-file test session: one static server for the file and a fresh page per test, on one of the two modules that
// can work the page (`module`: 'first', the build as it is, or 'full', the page served without its first module).
// Chromium is shared by the file's tests, or launched fresh for each test with `isolated: true` (an empty profile:
// no cache, storage or "last good dataset" left by an earlier test).
// Everything started here is stopped in `after`/`afterEach`, or `node --test` would hang on open handles.
import { after, afterEach, before } from 'node:test';
import { startStaticServer } from './server.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { PromisesPage } from './promises_page.mjs';

/**
 * Registers before/after hooks and returns `newApp()`, which opens a page on the app.
 * @param {{ module?: 'first'|'full', isolated?: boolean, root?: string|(() => Promise<string>), serviceWorkers?: 'allow'|'block', javaScriptEnabled?: boolean }} [options]
 */
export function useAppSession({ module = 'first', isolated = false, root, ...browserOptions } = {}) {
  let server;
  let shared;
  const perTest = [];
  const openPages = [];

  // `root` is a dist/ directory, or a function that makes one (run here, so it may build a site: up to 15 min,
  // beyond the per-test timeout scripts/test.sh sets).
  before(async () => {
    server = await startStaticServer(typeof root === 'function' ? await root() : root, { module });
    if (!isolated) shared = await launchBrowser(browserOptions);
  }, { timeout: 900_000 });

  afterEach(async () => {
    await Promise.all(openPages.splice(0).map((page) => page.close()));
    await Promise.all(perTest.splice(0).map((browser) => browser.close()));
  });

  after(async () => {
    await shared?.close();
    await server?.stop();
  });

  /**
   * Opens a new page (not yet navigated).
   * @param {{ viewport?: {width:number,height:number} }} [pageOptions]
   * @returns {Promise<{ app: PromisesPage, page: import('playwright-core').Page, problems: object }>}
   */
  return async function newApp(pageOptions = {}) {
    let browser = shared;
    if (isolated) {
      browser = await launchBrowser(browserOptions);
      perTest.push(browser);
    }
    const { page, problems } = await openPage(browser.context, pageOptions);
    openPages.push(page);
    return { app: new PromisesPage(page, server.url, { module }), page, problems };
  };
}
