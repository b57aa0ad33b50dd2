// Benchmark (prints, never asserts): the real first visit and the dataset requests per filter click.
//
//   node scripts/bench/bench_pwa.mjs [dist]
//
// One fresh Chromium profile with service workers allowed, against scripts/bench/bench_server.mjs (brotli, cache
// headers as the README asks). First visit: load the page, wait until the list is shown, the service worker is
// activated (so its precache is complete) and controls the page, then until the server has been quiet for 1.5 s;
// every byte the server sent counts, whether the page or the service worker asked. Then 3 filter clicks, each
// followed by 1.5 s of quiet, counting the requests for data/*.json. Targets: issue 15.
import path from 'node:path';
import { launchBrowser, openPage, PHONE } from '../../tests/e2e/support/browser.mjs';
import { PromisesPage } from '../../tests/e2e/support/promises_page.mjs';
import { startBenchServer } from './bench_server.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const TARGET_FIRST_VISIT = 200 * 1000;
const QUIET_MS = 1500;

/** Resolves once the server has logged no new request for QUIET_MS. Benchmark pacing, not a test wait. */
async function quiet(log) {
  let seen = -1;
  while (seen !== log.length) {
    seen = log.length;
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  }
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const isData = (entry) => /\/data\/[^/]+\.json$/.test(entry.path);

const server = await startBenchServer({ '/': dist });
const browser = await launchBrowser({ viewport: PHONE, serviceWorkers: 'allow' });
try {
  const workerRequests = new Set();
  browser.context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.add(new URL(request.url()).pathname);
  });
  const { page } = await openPage(browser.context);
  const app = new PromisesPage(page, server.url);
  await app.openList();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await quiet(server.log);

  const visit = [...server.log];
  const total = visit.reduce((sum, entry) => sum + entry.bytes, 0);
  console.log(`first visit, fresh profile, ${dist}:`);
  console.log('  status  enc        bytes  path (* = also asked by the service worker)');
  for (const entry of visit) {
    const mark = workerRequests.has(entry.path) ? '*' : ' ';
    console.log(`  ${String(entry.status).padEnd(6)}  ${entry.encoding.padEnd(8)} ${String(entry.bytes).padStart(8)}  ${mark}${entry.path}`);
  }
  const counts = new Map();
  for (const entry of visit) counts.set(entry.path, (counts.get(entry.path) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n > 1);
  console.log(`  ${visit.length} requests, ${kb(total)} on the wire (target ≤ ${kb(TARGET_FIRST_VISIT)}: ${total <= TARGET_FIRST_VISIT ? 'met' : 'NOT met'})`);
  console.log(`  requested more than once: ${repeated.map(([p, n]) => `${p} ×${n}`).join(', ') || 'none'}`);
  console.log(`  dataset requests on the first visit: ${visit.filter(isData).length}`);

  const before = server.log.length;
  for (const [legend, choice] of [['År', '2019'], ['Vem lovar', 'Polisen'], ['År', '2018']]) {
    await app.check(legend, choice);
    await quiet(server.log);
  }
  const clicks = server.log.slice(before);
  const dataRequests = clicks.filter(isData).length;
  console.log(`per filter click (3 clicks): ${dataRequests} dataset requests, ${(dataRequests / 3).toFixed(1)} per click (target 0), ${clicks.length} requests in all`);
} finally {
  await browser.close();
  await server.stop();
}
