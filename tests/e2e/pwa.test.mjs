// End-to-end: the installable offline app. A real service worker in Chromium (serviceWorkers: 'allow'), each
// test on its own copy of dist/, its own server and a fresh browser profile, so no test inherits a cache.
// Offline is context.setOffline(true); a broken publication and a new release are written into the copy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import { DistrictMap } from './support/district_map.mjs';
import {
  CSP,
  LAST_GOOD_CACHE,
  cacheNames,
  copyDist,
  datasetUpdated,
  longSv,
  publishNewBuild,
  waitForController,
  waitForSavedDataset,
} from './support/pwa.mjs';

/** Runs `body` with a private dist copy served at `basePath`, and a browser that allows service workers. */
async function withOfflineApp({ basePath = '/', headers = {} } = {}, body) {
  const dist = await copyDist();
  const server = await startStaticServer(dist.dir, { basePath, headers });
  const browser = await launchBrowser({ serviceWorkers: 'allow' });
  try {
    const { page, problems } = await openPage(browser.context);
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const app = new PromisesPage(page, server.url);
    await body({ app, page, problems, warnings, context: browser.context, server, dist: dist.dir });
  } finally {
    await browser.close();
    await server.stop();
    await dist.remove();
  }
}

/**
 * First visit: the list is shown, the service worker has taken control and the dataset is saved. `query` opens
 * another address, e.g. `?data=data/eskilstuna.json`: the full app from the start, which loads the map file.
 */
async function visitOnline(app, page, query = '') {
  await app.openList(query);
  await app.expectShowing(15);
  await waitForController(page);
  await waitForSavedDataset(page);
}

// Shown: the build's page holds an empty, hidden one for the first module to fill in.
const offlineBanner = (page) => page.getByTestId('offline-banner').filter({ visible: true });

/**
 * An address the full app shows from the start (the build's page, which the first module works, draws the map
 * the build rendered and never loads the map file): the map tests below are about the app's map file.
 */
const FULL_APP = '?data=data/eskilstuna.json';

/** The map file the Eskilstuna dataset names, as published in a dist copy. */
const DISTRICTS = 'geo/eskilstuna-districts.geojson';
/** A GeoJSON answer that is HTTP 200 and valid JSON, but no usable map. */
const BROKEN_GEOJSON = '{"type": "FeatureCollection", "features": 5}';

/** The page's saved (validated) copy of `file`, or null. */
function savedCopy(page, file) {
  return page.evaluate(
    async ([name, suffix]) => {
      const cache = await caches.open(name);
      const key = (await cache.keys()).find((request) => request.url.endsWith(`/${suffix}`));
      return key ? (await cache.match(key)).text() : null;
    },
    [LAST_GOOD_CACHE, file],
  );
}

/** Waits until the page has saved a copy of `file`, polling Cache Storage once per animation frame. */
async function waitForSavedCopy(page, file) {
  await page.evaluate(
    async ([name, suffix]) => {
      const saved = async () => (await (await caches.open(name)).keys()).some((r) => r.url.endsWith(`/${suffix}`));
      const deadline = Date.now() + 15_000;
      while (!(await saved())) {
        if (Date.now() > deadline) throw new Error(`${suffix} never reached the "${name}" cache`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    [LAST_GOOD_CACHE, file],
  );
}

/** Waits until the map shows its outcome: the drawn map or its error. */
async function mapSettled(page) {
  await page.locator('[data-testid="district-map"], .district-map__error').first().waitFor();
}

describe('offline app', () => {
  test('after one online visit the app opens offline with all 15 promises and says how old they are', async () => {
    await withOfflineApp({}, async ({ app, page, problems, context }) => {
      await visitOnline(app, page);
      assert.equal(await offlineBanner(page).count(), 0, 'no offline banner while online');

      await context.setOffline(true);
      await page.reload();
      await app.expectShowing(15);
      const updated = longSv(await datasetUpdated());
      assert.equal(
        normalize(await offlineBanner(page).textContent()),
        `Du är offline. Visar löften uppdaterade ${updated}.`,
      );
      assert.equal(await app.errorPanel.count(), 0, 'being offline with saved data is not an error');
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  test('a broken dataset published later never replaces the last good one', async () => {
    await withOfflineApp({}, async ({ app, page, problems, context, dist }) => {
      await visitOnline(app, page);

      await writeFile(path.join(dist, 'data', 'eskilstuna.json'), '{"promises": 5}');
      await page.reload();
      await app.expectShowing(15);
      await app.errorPanel.waitFor();
      assert.match(normalize(await app.errorPanel.textContent()), /innehåller fel.*Du ser de senast hämtade löftena nedan/);
      const updated = longSv(await datasetUpdated());
      assert.equal(
        normalize(await offlineBanner(page).textContent()),
        `De senast publicerade löftena kunde inte visas. Visar löften uppdaterade ${updated}.`,
      );

      // The broken file was not saved: offline, the good copy is still what the resident gets.
      await context.setOffline(true);
      await page.reload();
      await app.expectShowing(15);
      await offlineBanner(page).waitFor();
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  test('the first visit fetches each file once: the dataset through its preload, the shell from the HTTP cache', async () => {
    await withOfflineApp({}, async ({ app, page, context, problems }) => {
      await visitOnline(app, page);
      // The app's own fetch of the dataset took the preloaded answer: one download, not two.
      const dataset = await page.evaluate(() =>
        performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/data/eskilstuna.json')).length,
      );
      assert.equal(dataset, 1, 'data/eskilstuna.json requested once');

      const [worker] = context.serviceWorkers();
      assert.ok(worker, 'a service worker runs');
      const shell = await page.evaluate(async () => {
        const name = (await caches.keys()).find((n) => n.includes(':shell:'));
        return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.replace(/^\//, ''));
      });
      // What the page loads and the footer's files the build wrote (feed, CSV, description): no datasets, map
      // files, install icons, embed.js or precompressed copies.
      assert.deepEqual(shell.filter((file) => /^(data\/.*\.json|geo\/|icons\/)|embed\.js|\.(br|gz)$/.test(file)), []);
      for (const file of ['', 'boot.js', 'favicon.svg', 'manifest.webmanifest', 'flode.xml', 'data/eskilstuna.csv', 'data.json']) {
        assert.ok(shell.includes(file), `${file} in ${shell}`);
      }
      // The page's first module; the full app is kept only once the page has needed it (the next test).
      for (const pattern of [/^medborgarloften-first-[0-9a-f]+_bg\.wasm$/, /^medborgarloften-first-[0-9a-f]+\.js$/, /\.css$/, /^snippets\/.*pwa\.js$/]) {
        assert.ok(shell.some((file) => pattern.test(file)), `${pattern} in ${shell}`);
      }
      assert.deepEqual(shell.filter((file) => file.startsWith('medborgarloften-app-')), [], 'the full app is not precached');
      // The worker's install read the hashed files (JS glue, wasm, CSS) from the HTTP cache: nothing came over
      // the network a second time.
      const fetched = await worker.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({ name: e.name, bytes: e.transferSize })),
      );
      // Trunk's hashes have no leading zeros: usually 16 digits, sometimes fewer.
      const hashed = fetched.filter((e) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/.test(e.name));
      assert.ok(hashed.length >= 3, JSON.stringify(fetched));
      assert.deepEqual(hashed.filter((e) => e.bytes > 0), [], 'downloaded again by the service worker');
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  test('the map opens offline from the copy the app validated', async () => {
    await withOfflineApp({}, async ({ app, page, context, dist, problems }) => {
      await visitOnline(app, page, FULL_APP);
      const map = new DistrictMap(page);
      await map.open();
      await map.expectAreas(23);
      await waitForSavedCopy(page, DISTRICTS);
      assert.equal(await savedCopy(page, DISTRICTS), await readFile(path.join(dist, DISTRICTS), 'utf8'));

      await context.setOffline(true);
      await page.reload();
      await app.expectShowing(15);
      await map.open();
      await map.expectAreas(23);
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  test('a map file that was never valid is not kept: offline there is no map, and no error beyond the map', async () => {
    await withOfflineApp({}, async ({ app, page, context, dist, problems }) => {
      await writeFile(path.join(dist, DISTRICTS), BROKEN_GEOJSON);
      await visitOnline(app, page, FULL_APP);
      await mapSettled(page);
      await page.locator('.district-map__error').waitFor();
      assert.equal(await savedCopy(page, DISTRICTS), null, 'the service worker and the page kept no invalid map');

      await context.setOffline(true);
      await page.reload();
      await app.expectShowing(15);
      await page.locator('.district-map__error').waitFor();
      assert.equal(await page.getByTestId('map-area').count(), 0);
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  // Needs src/api.rs to call pwa::remember_geometry after parse_geojson succeeds (and, for the online part,
  // pwa::saved_geometry when a fresh answer fails).
  test('an invalid map file published later (HTTP 200) never replaces the validated copy', async () => {
    await withOfflineApp({}, async ({ app, page, context, dist, problems }) => {
      await visitOnline(app, page, FULL_APP);
      const map = new DistrictMap(page);
      await map.open();
      await map.expectAreas(23);
      await waitForSavedCopy(page, DISTRICTS);
      const good = await readFile(path.join(dist, DISTRICTS), 'utf8');

      await writeFile(path.join(dist, DISTRICTS), BROKEN_GEOJSON);
      await page.reload();
      await app.expectShowing(15);
      await map.open();
      await mapSettled(page);
      assert.equal(await savedCopy(page, DISTRICTS), good, 'the saved map is still the valid one');

      await context.setOffline(true);
      await page.reload();
      await app.expectShowing(15);
      await map.open();
      await map.expectAreas(23);
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  test('a new release is detected and offered; "Ladda om" switches to it and drops the old cache', async () => {
    await withOfflineApp({}, async ({ app, page, dist }) => {
      await visitOnline(app, page);
      const prompt = page.getByTestId('update-prompt');
      assert.equal(await prompt.count(), 0, 'no prompt on a first install');
      const before = await cacheNames(page);
      const { previous, next } = await publishNewBuild(dist);
      assert.ok(before.some((name) => name.endsWith(`shell:${previous}`)), `caches: ${before}`);

      // A navigation makes the browser check sw.js; the new build installs and waits.
      await page.reload();
      await app.waitForList();
      await prompt.waitFor();
      await prompt.getByText('Ny version finns.').waitFor();

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Ladda om' }).click()]);
      await app.expectShowing(15);
      assert.equal(await prompt.count(), 0);
      const after = await cacheNames(page);
      assert.ok(after.some((name) => name.endsWith(`shell:${next}`)), `new shell cache in ${after}`);
      assert.ok(!after.some((name) => name.endsWith(`shell:${previous}`)), `old shell cache deleted: ${after}`);
      assert.ok(after.includes('medborgarloften-last-good-v1'), 'the saved dataset survives the update');
    });
  });

  test('works under a sub-path (/medborgarloften/), offline too', async () => {
    await withOfflineApp({ basePath: '/medborgarloften/' }, async ({ app, page, problems, context, server }) => {
      assert.match(server.url, /\/medborgarloften\/$/);
      await app.openList('?ar=2019');
      await waitForController(page);
      await waitForSavedDataset(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, server.url);

      await context.setOffline(true);
      await page.reload();
      await app.waitForList();
      assert.deepEqual(app.paramValues('ar'), ['2019']);
      await offlineBanner(page).waitFor();
      await page.goto(server.url);
      await app.expectShowing(15);
      assert.deepEqual(problems.pageErrors, []);
    });
  });

  test('runs under the documented CSP without errors, CSP violations or preload warnings', async () => {
    await withOfflineApp({ headers: { 'Content-Security-Policy': CSP } }, async ({ app, page, problems, warnings }) => {
      const violations = [];
      await page.exposeFunction('reportViolation', (text) => violations.push(text));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          window.reportViolation(`${e.violatedDirective}: ${e.blockedURI}`),
        ),
      );
      await visitOnline(app, page);
      // The embed dialog (CSSOM styles, <dialog>) and a filter change run under the policy too.
      await page.getByTestId('embed-open').click();
      // The dialog is the full app's: the first module hands the page over, and the app opens it.
      await page.locator('#app').getByTestId('embed-code').waitFor();
      await page.keyboard.press('Escape');
      await app.check('År', '2019');
      await app.expectShowing(12);
      // The example dataset exercises the follow-up views (progress, timeline) under the policy as well.
      await app.openList('?data=data/exempelkommun.json');

      assert.deepEqual(violations, []);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.failedRequests, []);
      assert.deepEqual(warnings.filter((text) => /preload|integrity/i.test(text)), []);
    });
  });

  test('the manifest is valid and Chromium finds the app installable', async () => {
    await withOfflineApp({}, async ({ app, page, context, server }) => {
      await visitOnline(app, page);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, [], JSON.stringify(manifest.errors));
      assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
      const data = JSON.parse(manifest.data);
      assert.equal(data.name, 'Medborgarlöften i Eskilstuna');
      assert.equal(data.start_url, './');
      assert.equal(data.scope, './');
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);

      // The iOS tags, and every icon the manifest names is served.
      for (const name of ['apple-mobile-web-app-capable', 'apple-mobile-web-app-title', 'apple-mobile-web-app-status-bar-style']) {
        assert.ok(await page.locator(`meta[name="${name}"]`).getAttribute('content'), name);
      }
      const icons = [...data.icons.map((icon) => icon.src), 'icons/apple-touch-icon.png'];
      assert.ok(data.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512'));
      for (const src of icons) {
        const response = await page.request.get(new URL(src, server.url).href);
        assert.equal(response.status(), 200, src);
      }
    });
  });
});
