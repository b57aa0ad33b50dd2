// Helpers for the offline-app and embedding tests: a private copy of dist/ per test (so a test may publish a
// broken dataset or a new build into it), the documented CSP, and waits on the service worker.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST_DIR } from './server.mjs';

/** The Content-Security-Policy the README asks hosts to send (no 'unsafe-inline', no 'unsafe-eval'). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'self' https://www.eskilstuna.se",
].join('; ');

/** Shared with public/sw.js and src/pwa.js. */
export const LAST_GOOD_CACHE = 'medborgarloften-last-good-v1';

/** Swedish long date, as core's Date::long_sv writes it ("26 november 2026"). */
export function longSv(isoDate) {
  const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
    'november', 'december'];
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}

/** The `updated` date of the published Eskilstuna dataset in dist/. */
export async function datasetUpdated() {
  const data = JSON.parse(await readFile(path.join(DIST_DIR, 'data', 'eskilstuna.json'), 'utf8'));
  return data.updated;
}

/** Copies dist/ to a fresh temporary directory. @returns {{ dir: string, remove: () => Promise<void> }} */
export async function copyDist() {
  const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-dist-'));
  await cp(DIST_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Rewrites the build hash in a copy's sw.js, as a new release would. @returns the new hash */
export async function publishNewBuild(dir) {
  const file = path.join(dir, 'sw.js');
  const source = await readFile(file, 'utf8');
  const match = source.match(/const BUILD = '([0-9a-f]+)';/);
  if (!match) throw new Error(`no build hash in ${file}: was it built by medborgarloften-build post-build?`);
  const next = `${match[1].slice(0, -4)}beef`;
  await writeFile(file, source.replace(match[0], `const BUILD = '${next}';`));
  return { previous: match[1], next };
}

/** Waits until a service worker controls `page` (it claims clients on its first activation). */
export async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/**
 * Waits until the app has saved the validated dataset as its last good copy. Cache Storage is asynchronous and
 * page.waitForFunction does not await a predicate's promise, so the page polls it once per animation frame.
 */
export async function waitForSavedDataset(page) {
  await page.evaluate(async (name) => {
    const saved = async () =>
      (await (await caches.open(name)).keys()).some((request) => request.url.endsWith('/data/eskilstuna.json'));
    const deadline = Date.now() + 15_000;
    while (!(await saved())) {
      if (Date.now() > deadline) throw new Error(`the dataset never reached the "${name}" cache`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, LAST_GOOD_CACHE);
}

/** The names of the page origin's caches. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}
