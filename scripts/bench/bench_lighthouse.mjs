// Benchmark (prints, never asserts): Lighthouse (npm `lighthouse`, pinned in package.json) on the release build,
// on a static HTML page holding the same promises with the build's stylesheet, and on the same page bare (no
// stylesheet: the fastest a page of these promises can be), alternating, RUNS each, all served by one
// scripts/bench/bench_server.mjs (brotli). Mobile profile with Lighthouse's default simulated throttling; a fresh
// Chromium profile per run. Prints medians, the ratios app / static and app / bare, the long tasks and the
// category scores against the targets of issues 9, 15 and 24 (first paint against the bare page).
//
//   CHROME_PATH=/usr/bin/chromium node scripts/bench/bench_lighthouse.mjs [dist] [runs]
//
// Needs no network but loopback: Lighthouse drives the local Chromium over its DevTools port.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { startBenchServer } from './bench_server.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const RUNS = Number(process.argv[3] ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** tests/e2e/support/browser.mjs's flags, plus what Lighthouse needs to attach. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A plain page with every promise of the default dataset, grouped by period, styled with the build's CSS or
 * (`styled` false) with none. */
async function staticPage(dir, { styled }) {
  const data = JSON.parse(await readFile(path.join(dist, 'data', 'eskilstuna.json'), 'utf8'));
  // The stylesheets the app's page applies: noscript.css is only read without JavaScript.
  const css = styled ? (await readdir(dist)).filter((name) => name.endsWith('.css') && name !== 'noscript.css').sort() : [];
  const name = (list, id) => list?.find((item) => item.id === id)?.name ?? id;
  // Schema 2: each promise names its period by id.
  const periods = [...new Set(data.promises.map((p) => p.period))].sort().reverse();
  const sections = periods.map((id) => {
    const period = data.periods?.find((p) => p.id === id);
    const cards = data.promises
      .filter((p) => p.period === id)
      .map(
        (p) => `<li class="card"><article><h3>${escape(p.title)}</h3><p>${escape(p.text)}</p><p>${p.parties
          .map((id) => escape(name(data.parties, id)))
          .join(', ')} · ${p.themes.map((id) => escape(name(data.themes, id))).join(', ')}</p></article></li>`,
      )
      .join('');
    return `<section><h2>${escape(period?.title ?? id)}</h2>${period?.intro ? `<p>${escape(period.intro)}</p>` : ''}<ul>${cards}</ul></section>`;
  });
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${escape(data.title)}: alla löften som statisk sida."><title>${escape(data.title)}</title><link rel="icon" href="../favicon.svg" type="image/svg+xml">${css
    .map((file) => `<link rel="stylesheet" href="../${file}">`)
    .join('')}</head><body><header><h1>${escape(data.title)}</h1></header><main>${sections.join('')}</main></body></html>`;
  await writeFile(path.join(dir, 'index.html'), html);
}

/** Starts Chromium with a fresh profile and a DevTools port; resolves with the port and a stop function. */
async function startChrome() {
  const profile = await mkdtemp(path.join(tmpdir(), 'medborgarloften-lh-'));
  const child = spawn(CHROME, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = text.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${text.slice(-500)}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The LCP element of the latest audit, printed with its run (not a figure, so kept out of the medians). */
let lastLcpElement = '';
/** The long tasks of the latest audit (start, length, script), printed with its run. */
let lastLongTasks = '';

async function audit(url) {
  const chrome = await startChrome();
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { audits, categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    const items = audits['long-tasks']?.details?.items ?? [];
    const tasks = items.map((item) => item.duration);
    lastLongTasks = items
      .map((item) => `@${Math.round(item.startTime)} ${Math.round(item.duration)} ms ${String(item.url).split('/').pop() || item.url}`)
      .join('; ');
    const lcpNode = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    lastLcpElement = lcpNode ? `${lcpNode.selector ?? ''} ${String(lcpNode.snippet ?? '').slice(0, 80)}` : 'unknown';
    return {
      FCP: audits['first-contentful-paint'].numericValue,
      LCP: audits['largest-contentful-paint'].numericValue,
      CLS: audits['cumulative-layout-shift'].numericValue,
      TBT: audits['total-blocking-time'].numericValue,
      transfer: audits['total-byte-weight'].numericValue,
      'main thread': audits['mainthread-work-breakdown'].numericValue,
      'tasks > 50 ms': tasks.filter((d) => d > 50).length,
      'tasks > 100 ms': tasks.filter((d) => d > 100).length,
      'longest task': Math.max(0, ...tasks),
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      'best practices': categories['best-practices'].score * 100,
      SEO: categories.seo.score * 100,
    };
  } finally {
    await chrome.stop();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** [unit, target as text, met(app, ratio to static, ratio to bare)] per figure; targets from issues 9, 15 and 24. */
const TARGETS = {
  FCP: ['ms', '≤ 1.1 × bare', (_, r, bare) => bare <= 1.1],
  LCP: ['ms', '≤ 1.2 × bare', (_, r, bare) => bare <= 1.2],
  CLS: ['', '≤ 0.02', (v) => v <= 0.02],
  TBT: ['ms', '≤ 50 ms', (v) => v <= 50],
  transfer: ['kB', '≤ 200 kB', (v) => v <= 200_000],
  'main thread': ['ms', '', null],
  'tasks > 50 ms': ['', '', null],
  'tasks > 100 ms': ['', '0', (v) => v === 0],
  'longest task': ['ms', '≤ 100 ms', (v) => v <= 100],
  performance: ['', '≥ 95', (v) => v >= 95],
  accessibility: ['', '100', (v) => v >= 100],
  'best practices': ['', '100', (v) => v >= 100],
  SEO: ['', '100', (v) => v >= 100],
};

const staticDir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-static-'));
const bareDir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-bare-'));
await staticPage(staticDir, { styled: true });
await staticPage(bareDir, { styled: false });
const server = await startBenchServer({ '/': dist, '/static/': staticDir, '/bare/': bareDir });
const runs = { app: [], static: [], bare: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [kind, url] of [['app', server.url], ['static', `${server.url}static/`], ['bare', `${server.url}bare/`]]) {
      const figures = await audit(url);
      runs[kind].push(figures);
      console.log(`run ${i + 1} ${kind.padEnd(6)} ${Object.entries(figures).map(([k, v]) => `${k} ${+v.toFixed(3)}`).join(', ')}; LCP element ${lastLcpElement}`);
      console.log(`  long tasks: ${lastLongTasks || 'none'}`);
    }
  }
} finally {
  await server.stop();
  await rm(staticDir, { recursive: true, force: true });
  await rm(bareDir, { recursive: true, force: true });
}

const show = (v, unit) => (unit === 'kB' ? `${(v / 1000).toFixed(1)} kB` : unit === 'ms' ? `${Math.round(v)} ms` : `${+v.toFixed(3)}`);
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated throttling; medians of ${RUNS}, ${dist}`);
console.log(`${'figure'.padEnd(16)}${'app'.padStart(12)}${'static'.padStart(12)}${'bare'.padStart(12)}${'/static'.padStart(9)}${'/bare'.padStart(8)}  target`);
const ratioText = (r, width) => (Number.isFinite(r) ? r.toFixed(2) : '–').padStart(width);
for (const [key, [unit, target, met]] of Object.entries(TARGETS)) {
  const app = median(runs.app.map((r) => r[key]));
  const plain = median(runs.static.map((r) => r[key]));
  const bare = median(runs.bare.map((r) => r[key]));
  const ratio = plain ? app / plain : NaN;
  const bareRatio = bare ? app / bare : NaN;
  const verdict = met ? (met(app, ratio, bareRatio) ? 'met' : 'NOT met') : '';
  console.log(`${key.padEnd(16)}${show(app, unit).padStart(12)}${show(plain, unit).padStart(12)}${show(bare, unit).padStart(12)}${ratioText(ratio, 9)}${ratioText(bareRatio, 8)}  ${target} ${verdict}`);
}
