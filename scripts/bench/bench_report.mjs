// Size and load-time report for a built dist/ (used by scripts/bench.sh). Prints; never fails on a number.
//
//   node scripts/bench/bench_report.mjs [dist]
//
// Compression uses Node's zlib: gzip level 9 (= gzip -9) and brotli quality 11 (= brotli -q 11, the CLI default),
// so no extra package is needed. The first visit is what the page actually requests when loaded in Chromium;
// if the browser cannot run, it falls back to index.html + js + wasm + css + data/eskilstuna.json + favicon + all
// geojson.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
// Issues 9 and 15: wasm ≤ 150 KB brotli; first visit ≤ 200 KB (bench_pwa.mjs adds the service worker's fetches).
const BUDGET = { wasmBrotli: 150 * 1024, firstVisit: 200 * 1024 };
const LOAD_RUNS = 5;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

function kind(rel) {
  const ext = path.extname(rel).toLowerCase();
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.geojson') return 'geojson';
  if (ext === '.json' && rel.startsWith('data/')) return 'data json';
  if (ext === '.html') return 'html';
  return 'other';
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

const files = [];
for (const full of (await walk(dist)).sort()) {
  const rel = path.relative(dist, full).split(path.sep).join('/');
  const body = await readFile(full);
  files.push({
    rel,
    kind: kind(rel),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  });
}
if (!files.some((file) => file.rel === 'index.html')) {
  console.error(`${dist}/index.html not found: build first (trunk build --release).`);
  process.exit(1);
}

const order = ['html', 'wasm', 'js', 'css', 'data json', 'geojson', 'other'];
files.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.raw - a.raw);
const nameWidth = Math.max(...files.map((file) => file.rel.length), 10);
const line = (cells) => console.log(cells.join('  '));
line(['type'.padEnd(9), 'file'.padEnd(nameWidth), 'raw KB'.padStart(9), 'gzip KB'.padStart(9), 'brotli KB'.padStart(9)]);
for (const file of files) {
  line([file.kind.padEnd(9), file.rel.padEnd(nameWidth), kb(file.raw).padStart(9), kb(file.gzip).padStart(9), kb(file.brotli).padStart(9)]);
}
const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
line(['total'.padEnd(9), `${files.length} files`.padEnd(nameWidth), kb(sum(files, 'raw')).padStart(9), kb(sum(files, 'gzip')).padStart(9), kb(sum(files, 'brotli')).padStart(9)]);

// What a first visit downloads, measured in the browser when possible.
let firstVisit;
let method;
let timings = [];
try {
  ({ firstVisit, timings } = await measureInBrowser(files));
  method = 'files requested by the page in Chromium (1280×800, until the network is idle)';
} catch (error) {
  method = `static list (browser measurement failed: ${String(error).split('\n')[0]})`;
  firstVisit = files.filter(
    (file) =>
      ['html', 'js', 'wasm', 'css', 'geojson'].includes(file.kind) ||
      file.rel === 'data/eskilstuna.json' ||
      /^favicon/.test(file.rel),
  );
}

console.log(`\nFirst visit — ${method}:`);
for (const file of firstVisit) console.log(`  ${file.rel}`);
// The wasm a first visit runs: the page's first module (crates/medborgarloften-first) where the build has one;
// the full app loads only where the page needs it (another dataset, the map's controls, a returning reader…).
const visitWasm = firstVisit.filter((file) => file.kind === 'wasm');
const wasmBrotli = sum(visitWasm.length ? visitWasm : files.filter((file) => file.kind === 'wasm'), 'brotli');
const visitBrotli = sum(firstVisit, 'brotli');
const visitGzip = sum(firstVisit, 'gzip');
const verdict = (value, budget) => (value <= budget ? 'OK  ' : 'OVER');
console.log('\nBudgets:');
console.log(`  ${verdict(wasmBrotli, BUDGET.wasmBrotli)}  wasm, brotli            ${kb(wasmBrotli)} KB  (budget ${BUDGET.wasmBrotli / 1024} KB; ${visitWasm.map((f) => f.rel).join(', ') || 'every wasm'})`);
for (const file of files.filter((f) => f.kind === 'wasm' && !visitWasm.includes(f))) {
  console.log(`        not in a first visit: ${file.rel}, ${kb(file.brotli)} KB brotli (loaded where the page needs it)`);
}
console.log(`  ${verdict(visitBrotli, BUDGET.firstVisit)}  first visit, brotli     ${kb(visitBrotli)} KB  (budget ${BUDGET.firstVisit / 1024} KB)`);
console.log(`  ${verdict(visitGzip, BUDGET.firstVisit)}  first visit, gzip -9    ${kb(visitGzip)} KB  (budget ${BUDGET.firstVisit / 1024} KB)`);

// The two wasm modules before the release toolchain was pinned (the stable compiler with RUSTC_BOOTSTRAP=1 and the
// shell-script hooks; docs/toolchain.md) and now: the "same or smaller" check.
const BEFORE = [
  { name: 'first module', pattern: /^medborgarloften-first-[0-9a-f]+_bg\.wasm$/, raw: 380_345, brotli: 129_941 },
  { name: 'full app', pattern: /^medborgarloften-app-[0-9a-f]+_bg\.wasm$/, raw: 873_479, brotli: 260_327 },
];
const bytes = (n) => n.toLocaleString('en-US').padStart(9);
const change = (now, before) => `${now <= before ? '' : '+'}${(((now - before) / before) * 100).toFixed(1)} %`;
console.log('\nWasm modules, before → now (bytes; raw, brotli 11):');
for (const module of BEFORE) {
  const file = files.find((f) => module.pattern.test(f.rel));
  if (!file) {
    console.log(`  ${module.name.padEnd(13)} not in this build`);
    continue;
  }
  console.log(`  ${module.name.padEnd(13)} raw ${bytes(module.raw)} → ${bytes(file.raw)} (${change(file.raw, module.raw)}), brotli ${bytes(module.brotli)} → ${bytes(file.brotli)} (${change(file.brotli, module.brotli)})`);
}

if (timings.length) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\nLoad timings over ${timings.length} cold page loads (ms, median / min / max; local server, no throttling):`);
  for (const key of Object.keys(timings[0])) {
    const values = timings.map((timing) => timing[key]).filter((value) => value != null);
    if (values.length) {
      console.log(`  ${key.padEnd(34)} ${String(Math.round(median(values))).padStart(6)} ${String(Math.round(Math.min(...values))).padStart(6)} ${String(Math.round(Math.max(...values))).padStart(6)}`);
    }
  }
}

async function measureInBrowser(allFiles) {
  const { startStaticServer } = await import('../../tests/e2e/support/server.mjs');
  const { launchBrowser, DESKTOP } = await import('../../tests/e2e/support/browser.mjs');
  const server = await startStaticServer(dist);
  try {
    const requested = new Set();
    const runs = [];
    for (let run = 0; run < LOAD_RUNS; run++) {
      // A fresh profile each run: a first visit every time (a returning reader's page is the full app's).
      const browser = await launchBrowser({ viewport: DESKTOP });
      const page = await browser.context.newPage();
      // Every run is a cold load: no HTTP cache.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === new URL(server.url).origin) {
          requested.add(decodeURIComponent(url.pathname).replace(/^\//, '') || 'index.html');
        }
      });
      const started = Date.now();
      await page.goto(server.url);
      const listShown = await page
        .getByTestId('result-count')
        .waitFor({ timeout: 30_000 })
        .then(() => Date.now() - started)
        .catch(() => null);
      await page.waitForLoadState('networkidle');
      const nav = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0];
        const wasm = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith('.wasm'));
        return {
          'DOMContentLoaded': entry?.domContentLoadedEventEnd,
          'load event': entry?.loadEventEnd,
          'wasm downloaded': wasm?.responseEnd,
        };
      });
      runs.push({ ...nav, 'list shown (result count visible)': listShown });
      await browser.close();
    }
    // Headless Chromium does not fetch the favicon; a real first visit does.
    const firstVisitFiles = allFiles.filter((file) => requested.has(file.rel) || /^favicon\.\w+$/.test(file.rel));
    return { firstVisit: firstVisitFiles, timings: runs };
  } finally {
    await server.stop();
  }
}
