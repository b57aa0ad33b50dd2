// When the page's controls come alive on a slow phone (used by scripts/bench.sh). A benchmark, not a test: it prints
// figures beside their targets and says "OK" or "over"; it never fails on a number.
//
//   node scripts/bench/bench_ready.mjs [dist] [runs]
//
// Serves dist/ as the README asks a host to (scripts/bench/bench_server.mjs: brotli, immutable hashed files), opens
// it in the system Chromium at 390×844 with Lighthouse's mobile throttling — Slow 4G (562.5 ms round trip,
// 1,474.6 kbit/s down, 675 kbit/s up) and 4× CPU — on an empty cache, with no service worker, and measures per run:
//   - first paint: the first contentful paint of the site's own page;
//   - controls live: when a module works that page (<html data-app> set: crates/medborgarloften-first, or the full
//     app's take-over), and the gap between the two: the time in which a press would wait (public/boot.js holds it);
//   - embed, first card: the embed snippet's address (`inbaddad.html?inbaddad=1`), from navigation to the first
//     promise card on screen — painted with the first paint where the build rendered it, else laid out by the
//     module at work — against the page's own first card, which is painted with its first paint.
// Each figure is the median of the runs (3 by default), each run a fresh browser.
import path from 'node:path';

import { PHONE, launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { startBenchServer } from './bench_server.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.argv[3] ?? 3);
/** Lighthouse's mobile "devtools" throttling: Slow 4G with its round trip and throughput factors, and 4× CPU. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const TARGETS = { liveAfterPaintMs: 1500, embedRatio: 1.2 };
const TIMEOUT = 120_000;

// Installed before any page script: notes the first contentful paint, when <html data-app> is set, and when the
// first promise card of the module at work is laid out.
function instrument() {
  const marks = {};
  window.__benchMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'first-contentful-paint') continue;
      marks.fcp ??= entry.startTime;
      // A page that arrives with its promises rendered shows its first card with its first paint.
      if (visibleCard()) marks.card ??= entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  function visibleCard() {
    const live = document.documentElement.dataset.app === 'klar' ? '#app' : '#forhandsvisning';
    const card = document.querySelector(`${live} [data-testid="promise-card"]`);
    return card && card.getBoundingClientRect().height > 0 && !card.closest('[hidden]') ? card : null;
  }
  const observer = new MutationObserver(() => {
    if (document.documentElement.dataset.app) marks.live ??= performance.now();
    if (marks.live !== undefined && marks.card === undefined && visibleCard()) marks.card = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app', 'hidden'] });
}

/** One load of `url` on a fresh, throttled phone; returns the marks once a module works the page and shows a card. */
async function measure(url) {
  const browser = await launchBrowser({ viewport: PHONE, serviceWorkers: 'block' });
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForFunction(() => ['card', 'fcp', 'live'].every((mark) => window.__benchMarks?.[mark] !== undefined), null, {
      timeout: TIMEOUT,
      polling: 100,
    });
    return await page.evaluate(() => ({ ...window.__benchMarks }));
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const verdict = (ok) => (ok ? 'OK' : 'over');

const server = await startBenchServer({ '/': dist });
try {
  const own = [];
  const embedded = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternated, so a slower moment of the machine falls on both.
    own.push(await measure(server.url));
    embedded.push(await measure(`${server.url}inbaddad.html?inbaddad=1`));
  }
  const fcp = median(own.map((m) => m.fcp));
  const live = median(own.map((m) => m.live));
  const gap = median(own.map((m) => m.live - m.fcp));
  const ownCard = fcp;
  const embedCard = median(embedded.map((m) => m.card));
  const lines = [
    `Chromium headless ${PHONE.width}×${PHONE.height}, Slow 4G + ${CPU_SLOWDOWN}× CPU, empty cache, median of ${RUNS} runs:`,
    `  the page: first paint ${ms(fcp)}, controls live ${ms(live)}, gap ${ms(gap)} (target ≤ ${ms(TARGETS.liveAfterPaintMs)}): ${verdict(gap <= TARGETS.liveAfterPaintMs)}`,
    `    runs: ${own.map((m) => `${ms(m.fcp)} → ${ms(m.live)}`).join(' · ')}`,
    `  first card: the page ${ms(ownCard)}, embedded (inbaddad.html?inbaddad=1) ${ms(embedCard)}, ×${(embedCard / ownCard).toFixed(2)} (target ≤ ×${TARGETS.embedRatio}): ${verdict(embedCard / ownCard <= TARGETS.embedRatio)}`,
  ];
  console.log(lines.join('\n'));
} finally {
  await server.stop();
}
