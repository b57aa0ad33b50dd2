// Browser benchmark for large datasets (used by scripts/bench.sh). A benchmark, not a test: it prints figures next
// to their targets and says "OK" or "over"; it never fails on a number.
//
//   node scripts/bench/bench_browser.mjs [dist] [dataset.json] [runs]
//
// Serves a copy of dist/ with the dataset added under data/, opens ?data=data/<file> in the system Chromium
// (same launch flags as the end-to-end tests, 1280×800, no throttling, HTTP cache off) and measures per run:
//   - first cards: from navigation start to the first promise card of the app laid out on screen (the app's, in
//     #app once it has taken over: the page's own rendered copy shows the build's dataset, not this one);
//   - DOM elements once the page is quiet;
//   - a filter tick: Space on the first "År" checkbox, from the keydown to the end of the frame after the last
//     DOM mutation it caused (the DOM then stays unchanged for a whole frame);
//   - a search keystroke: one letter typed into the empty search box, measured the same way.
// Each figure is the median of the runs (5 by default), each run a fresh page load.
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DESKTOP, launchBrowser } from '../../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../../tests/e2e/support/server.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const dataset = path.resolve(process.argv[3] ?? 'target/bench/stor-5000.json');
const RUNS = Number(process.argv[4] ?? 5);
const KEY = 'v';
const TARGETS = { firstCardsMs: 1000, domElements: 20_000, tickMs: 50, keystrokeMs: 50, goalMs: 16 };
const TIMEOUT = 180_000;

// Installed before any page script: notes when the first card is in the DOM and laid out, and offers
// `__benchQuiet()` (resolves once the DOM has not changed for two frames) and `__benchArm()` (resolves with the
// time from the next keydown to the end of the frame after the last mutation that followed it).
function instrument() {
  const cardSelector = 'html[data-app="klar"] #app [data-testid="promise-card"]';
  const firstCard = new MutationObserver(() => {
    const card = document.querySelector(cardSelector);
    if (!card) return;
    firstCard.disconnect();
    requestAnimationFrame(() => {
      // Reading the box forces layout, so the time includes laying the cards out.
      card.getBoundingClientRect();
      window.__benchFirstCard = performance.now();
    });
  });
  firstCard.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });

  const watchMutations = () => {
    const state = { last: null, count: 0 };
    const observer = new MutationObserver((records) => {
      state.count += records.length;
      state.last = performance.now();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    return { state, stop: () => observer.disconnect() };
  };

  window.__benchQuiet = () =>
    new Promise((resolve) => {
      const { state, stop } = watchMutations();
      let seen = -1;
      const frame = () =>
        requestAnimationFrame(() => {
          if (state.count === seen) {
            stop();
            resolve();
          } else {
            seen = state.count;
            frame();
          }
        });
      frame();
    });

  window.__benchArm = (timeoutMs) =>
    new Promise((resolve) => {
      const { state, stop } = watchMutations();
      let start = null;
      const onKeydown = (event) => {
        if (start !== null) return;
        start = event.timeStamp;
        document.removeEventListener('keydown', onKeydown, true);
        frame(null, -1);
      };
      document.addEventListener('keydown', onKeydown, true);
      // `settled` is the end of the first frame after the latest mutation; it counts once a further frame
      // passes without a mutation.
      const frame = (settled, countAtSettled) =>
        requestAnimationFrame(() => {
          if (settled !== null && state.count === countAtSettled) {
            stop();
            resolve({ ms: settled - start, mutations: state.count });
            return;
          }
          if (state.last === null) {
            if (performance.now() - start > timeoutMs) {
              stop();
              resolve({ ms: null, mutations: 0 });
            } else {
              frame(null, -1);
            }
            return;
          }
          void document.body.offsetHeight; // include the layout of the change
          frame(performance.now(), state.count);
        });
    });
}

async function run(context, url) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(instrument);
    await page.goto(url);
    const firstCards = await page
      .waitForFunction(() => window.__benchFirstCard, null, { timeout: TIMEOUT, polling: 100 })
      .then((handle) => handle.jsonValue());
    await page.evaluate(() => window.__benchQuiet());
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const cards = await page.evaluate(() => document.querySelectorAll('[data-testid="promise-card"]').length);

    const yearBox = page.getByRole('group', { name: 'År', exact: true }).getByRole('checkbox').first();
    const yearLabel = (await yearBox.evaluate((box) => box.closest('label')?.textContent ?? '')).replace(/\s+/g, ' ').trim();
    await yearBox.focus();
    const tick = await measure(page, () => page.keyboard.press('Space'));
    // Back to every promise before typing, so the keystroke starts from the same list as the tick. A click, not
    // Space: an app that re-creates the checkbox on a tick has moved focus away from it.
    await yearBox.uncheck();
    await page.evaluate(() => window.__benchQuiet());

    const search = page.getByRole('searchbox', { name: 'Sök bland löftena' });
    await search.focus();
    const keystroke = await measure(page, () => page.keyboard.press(KEY));
    return { firstCards, domElements, cards, yearLabel, tick, keystroke, errors };
  } finally {
    await page.close();
  }
}

async function measure(page, act) {
  const armed = page.evaluate((timeoutMs) => window.__benchArm(timeoutMs), 5_000);
  // Let the listener be installed before the key goes down.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await act();
  return armed;
}

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

function report(label, value, unit, target, goal) {
  const shown = value == null ? 'n/a' : unit === 'ms' ? `${Math.round(value)} ms` : value.toLocaleString('en-US');
  const targetText = unit === 'ms' ? `≤ ${target} ms` : `≤ ${target.toLocaleString('en-US')}`;
  const verdict = value == null ? 'n/a ' : value <= target ? 'OK  ' : 'over';
  const goalText =
    goal && value != null ? `  (goal ${goal} ms: ${value <= goal ? 'met' : `${(value / goal).toFixed(1)}× the goal`})` : '';
  console.log(`  ${verdict}  ${label.padEnd(28)} ${shown.padStart(10)}   target ${targetText}${goalText}`);
}

async function main() {
  try {
    await stat(path.join(dist, 'index.html'));
  } catch {
    throw new Error(`${dist}/index.html not found: build first (medb_trunk build --release).`);
  }
  const datasetSize = (await stat(dataset)).size;
  const copy = await mkdtemp(path.join(tmpdir(), 'medborgarloften-bench-'));
  const server = { stop: async () => {} };
  let browser;
  try {
    await cp(dist, copy, { recursive: true });
    await cp(dataset, path.join(copy, 'data', path.basename(dataset)));
    Object.assign(server, await startStaticServer(copy));
    const url = `${server.url}?data=data/${encodeURIComponent(path.basename(dataset))}`;
    browser = await launchBrowser({ viewport: DESKTOP });
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await run(browser.context, url);
      runs.push(result);
      console.log(
        `  run ${i + 1}: first cards ${Math.round(result.firstCards)} ms, ${result.domElements} elements ` +
          `(${result.cards} cards), tick "${result.yearLabel}" ${fmt(result.tick)}, keystroke "${KEY}" ${fmt(result.keystroke)}` +
          (result.errors.length ? `, page errors: ${result.errors.join(' | ')}` : ''),
      );
    }
    console.log(
      `\nBrowser benchmark: ${path.basename(dataset)} (${(datasetSize / 1024 / 1024).toFixed(2)} MiB), ` +
        `Chromium headless ${DESKTOP.width}×${DESKTOP.height}, no throttling, median of ${runs.length} runs:`,
    );
    report('first cards visible', median(runs.map((r) => r.firstCards)), 'ms', TARGETS.firstCardsMs);
    report('DOM elements', median(runs.map((r) => r.domElements)), 'count', TARGETS.domElements);
    report('filter tick settles', median(runs.map((r) => r.tick.ms)), 'ms', TARGETS.tickMs, TARGETS.goalMs);
    report('search keystroke settles', median(runs.map((r) => r.keystroke.ms)), 'ms', TARGETS.keystrokeMs, TARGETS.goalMs);
  } finally {
    await browser?.close();
    await server.stop();
    await rm(copy, { recursive: true, force: true });
  }
}

function fmt(measured) {
  return measured.ms == null ? 'no DOM change within 5 s' : `${Math.round(measured.ms)} ms (${measured.mutations} mutation records)`;
}

main().catch((error) => {
  // A benchmark that cannot run says why; bench.sh goes on with its other sections.
  console.error(`bench_browser.mjs: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
