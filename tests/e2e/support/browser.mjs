// Launches the system Chromium (Debian's /usr/bin/chromium) through playwright-core, offline-friendly:
// no browser download, no background network, a fresh profile per launch that is deleted on close.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Viewports the app is designed for. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * Launches Chromium with a fresh profile.
 * Service workers are blocked by default so that `page.route()` sees every request and no test inherits a cache.
 * @param {{ viewport?: {width:number,height:number}, serviceWorkers?: 'allow'|'block', javaScriptEnabled?: boolean }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchBrowser({ viewport = DESKTOP, serviceWorkers = 'block', javaScriptEnabled = true } = {}) {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-e2e-'));
  let context;
  try {
    // launch() rejects --user-data-dir; a persistent context takes the profile directory instead.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      locale: 'sv-SE',
      serviceWorkers,
      javaScriptEnabled,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Chromium's own text size (its default font size setting, 16 px) and the fixed-width one (13 px). */
const TEXT_PX = { standard: 16, fixed: 13 };

/**
 * Sets the browser's text size for `page`, as a resident does in the browser's settings ("Very large" is 150 %):
 * the default font size, which scales `rem` and `em` and the `em` of media queries alike. Not page zoom, which
 * narrows the viewport instead; not `html { font-size }`, which leaves media queries as they were. Set it before
 * the page is opened.
 * @param {import('playwright-core').Page} page
 * @param {number} percent e.g. 200
 */
export async function setTextSize(page, percent) {
  const session = await page.context().newCDPSession(page);
  const scale = (px) => Math.round((px * percent) / 100);
  await session.send('Page.setFontSizes', { fontSizes: { standard: scale(TEXT_PX.standard), fixed: scale(TEXT_PX.fixed) } });
}

/**
 * Opens a page and records what went wrong on it: console errors, uncaught exceptions (a wasm panic
 * shows up as one) and failed requests.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ viewport?: {width:number,height:number} }} [options]
 */
export async function openPage(context, { viewport } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (viewport) await page.setViewportSize(viewport);
  const problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  return { page, problems };
}
