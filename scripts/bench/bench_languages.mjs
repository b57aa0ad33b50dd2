// Benchmark (prints, never asserts): the page in each language (issue 27) — a first visit of /, /en/ and /ar/ with
// the service worker allowed (every byte the server sent, brotli, until quiet), and the first module's size against
// the build before the languages (127,444 B brotli at eb250e1).
//
//   node scripts/bench/bench_languages.mjs [dist]
import path from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import { launchBrowser, openPage, PHONE } from '../../tests/e2e/support/browser.mjs';
import { PromisesPage } from '../../tests/e2e/support/promises_page.mjs';
import { startBenchServer } from './bench_server.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const TARGET_FIRST_VISIT = 200 * 1000;
const FIRST_MODULE_BEFORE = 127_444;
const FIRST_MODULE_GROWTH = 15 * 1000;
const QUIET_MS = 1500;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Resolves once the server has logged no new request for QUIET_MS. Benchmark pacing, not a test wait. */
async function quiet(log) {
  let seen = -1;
  while (seen !== log.length) {
    seen = log.length;
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  }
}

const first = (await readdir(dist)).find((f) => /^medborgarloften-first-.*_bg\.wasm\.br$/.test(f));
if (first) {
  const size = (await stat(path.join(dist, first))).size;
  const growth = size - FIRST_MODULE_BEFORE;
  console.log(`first module: ${size} B brotli, ${growth >= 0 ? '+' : ''}${growth} B against eb250e1 ` +
    `(target ≤ +${FIRST_MODULE_GROWTH} B for the three languages: ${growth <= FIRST_MODULE_GROWTH ? 'met' : 'NOT met'})`);
}

for (const prefix of ['', 'en/', 'ar/']) {
  const server = await startBenchServer({ '/': dist });
  const browser = await launchBrowser({ viewport: PHONE, serviceWorkers: 'allow' });
  try {
    const { page } = await openPage(browser.context);
    const app = new PromisesPage(page, server.url);
    await app.openList(prefix);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await quiet(server.log);
    const total = server.log.reduce((sum, entry) => sum + entry.bytes, 0);
    const lang = await page.locator('html').getAttribute('lang');
    console.log(`/${prefix} (${lang}): first visit ${server.log.length} requests, ${kb(total)} on the wire ` +
      `(target ≤ ${kb(TARGET_FIRST_VISIT)}: ${total <= TARGET_FIRST_VISIT ? 'met' : 'NOT met'})`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
