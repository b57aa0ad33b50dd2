// End-to-end: the installable offline app. A real service worker in Chromium (serviceWorkers: 'allow'), each
// test on its own copy of dist/, its own server and a fresh browser profile, so no test inherits a cache.
// Offline is context.setOffline(true); a broken publication and a new release are written into the copy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import {
  CSP,
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

/** First visit: the list is shown, the service worker has taken control and the dataset is saved. */
async function visitOnline(app, page) {
  await app.openList();
  await app.expectShowing(15);
  await waitForController(page);
  await waitForSavedDataset(page);
}

const offlineBanner = (page) => page.getByTestId('offline-banner');

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
      assert.match(normalize(await app.errorPanel.textContent()), /felaktig.*Du ser de senast hämtade löftena nedan/);
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
      await page.getByTestId('embed-code').waitFor();
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
      assert.equal(data.name, 'Medborgarlöften Eskilstuna');
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
