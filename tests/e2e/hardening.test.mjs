// End-to-end: hostile and broken publications (issue 11). A sliver-triangle map file does not freeze the page, a
// publication with zero promises does not replace the last good dataset, a third-party frame on a host page cannot
// resize itself with a forged height message, and a long unknown URL value is not echoed in full.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useAppSession } from './support/session.mjs';
import { startStaticServer, DIST_DIR } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import { DistrictMap } from './support/district_map.mjs';
import { copyDist, waitForController, waitForSavedDataset } from './support/pwa.mjs';

const newApp = useAppSession();

/** The shipped town map with one more area: a triangle 1e-9° high (about 0.1 mm), which used to take seconds
 * and gigabytes to label. */
async function sliverMap() {
  const geo = JSON.parse(await readFile(path.join(DIST_DIR, 'geo', 'eskilstuna-districts.geojson'), 'utf8'));
  geo.features.push({
    type: 'Feature',
    properties: { regsokod: '0484R900', name: 'Flisan', urban: true },
    geometry: { type: 'Polygon', coordinates: [[[16.4, 59.35], [16.6, 59.35], [16.5, 59.350000001], [16.4, 59.35]]] },
  });
  return geo;
}

describe('a hostile map file', () => {
  test('a sliver triangle is refused in Swedish; the page stays responsive and the cards stay', async () => {
    const { app, page, problems } = await newApp();
    const geo = await sliverMap();
    await page.route('**/geo/eskilstuna-districts.geojson', (route) => route.fulfill({ json: geo }));
    // The full app from the start: it loads the map file (the build's page shows the map the build rendered).
    await app.openList('?data=data/eskilstuna.json');
    await app.expectShowing(15);
    await new DistrictMap(page).section.waitFor();
    const error = page.locator('.district-map__error');
    await error.waitFor();
    assert.match(normalize(await error.innerText()), /^Kartan kan inte visas\. Löftena går att läsa och filtrera utan den\./);
    // Where the file is wrong is for the editor, under "Teknisk information".
    assert.match(
      normalize(await error.getByTestId('technical-detail').textContent()),
      /Kartfilen är felaktig: område features\[30\] \(0484R900\), ring 0 \(ytterring\): ringen omsluter nästan ingen yta/,
    );

    // Responsive: the page answers and the search still filters the cards at once.
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    await app.search('krog');
    await app.waitForParams((p) => p.get('q') === 'krog', 'q=krog');
    assert.ok((await app.cards.count()) > 0 && (await app.cards.count()) < 15, 'the search narrowed the cards');
    assert.deepEqual(problems.pageErrors, [], 'no out-of-memory or panic');
  });
});

describe('a publication with zero promises', () => {
  test('is refused with a Swedish message and the last good dataset stays, online and offline', async () => {
    const dist = await copyDist();
    const server = await startStaticServer(dist.dir);
    const browser = await launchBrowser({ serviceWorkers: 'allow' });
    try {
      const { page, problems } = await openPage(browser.context);
      const app = new PromisesPage(page, server.url);
      await app.openList();
      await app.expectShowing(15);
      await waitForController(page);
      await waitForSavedDataset(page);

      const file = path.join(dist.dir, 'data', 'eskilstuna.json');
      const data = JSON.parse(await readFile(file, 'utf8'));
      await writeFile(file, JSON.stringify({ ...data, promises: [] }, null, 2));
      await page.reload();
      await app.errorPanel.waitFor();
      await app.expectShowing(15);
      assert.match(normalize(await app.errorPanel.textContent()), /promises: datamängden har inga löften/);

      await browser.context.setOffline(true);
      await page.reload();
      await app.expectShowing(15);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
      await server.stop();
      await dist.remove();
    }
  });
});

describe('a long unknown value in the link', () => {
  test('is echoed in the notice cut to about 80 characters', async () => {
    const { app } = await newApp();
    // 10,000 characters: Node's test server refuses request heads over 16 KB.
    const value = 'A'.repeat(10_000);
    // The notice about the address is the full app's: the first module hands the page over.
    await app.openList(`?omrade=${value}`, { handOver: true });
    await app.urlNotice.waitFor();
    const notice = normalize(await app.urlNotice.textContent());
    assert.ok(notice.length < 200, `a notice of ${notice.length} characters`);
    assert.match(notice, /omrade=A{73}…/, notice);
    assert.equal(await app.cards.count(), 15, 'the ignored filter filters nothing');
  });
});

describe('embed.js on a host page with another frame', () => {
  let appServer;
  let hostServer;
  let adServer;
  let hostDir;
  let browser;

  before(async () => {
    appServer = await startStaticServer();
    hostDir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-host-'));
    await writeFile(
      path.join(hostDir, 'index.html'),
      `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Värdsida</title><body>
<iframe src="${appServer.url}?inbaddad=1" title="Medborgarlöften" width="100%" height="800" data-medborgarloften></iframe>
<script src="${appServer.url}embed.js" async></script>
<div id="ad-slot"></div></body></html>`,
    );
    hostServer = await startStaticServer(hostDir);
    // A third-party frame (an ad) on its own origin that forges the app's height message to its parent.
    await writeFile(
      path.join(hostDir, 'ad.html'),
      `<!doctype html><title>Annons</title><p>Annons</p><script>
        parent.postMessage({ type: 'medborgarloften:height', height: 100000 }, '*');
        parent.postMessage('ad-done', '*');
      </script>`,
    );
    adServer = await startStaticServer(hostDir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await appServer?.stop();
    await hostServer?.stop();
    await adServer?.stop();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  test('a forged height message from a third-party frame is ignored; the app frame is sized, within bounds', async () => {
    const { page, problems } = await openPage(browser.context);
    await page.goto(hostServer.url);
    const appFrame = page.locator('iframe[data-medborgarloften]');
    // The app frame is sized from its own report first, so embed.js is listening.
    await page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe[data-medborgarloften]').style.height));

    await page.evaluate(
      (src) =>
        new Promise((resolve) => {
          // Messages from one window arrive in order: once "ad-done" is in, the forged report has been handled.
          window.addEventListener('message', (event) => event.data === 'ad-done' && resolve());
          const ad = document.createElement('iframe');
          ad.id = 'ad';
          ad.src = src;
          ad.height = '90';
          document.getElementById('ad-slot').append(ad);
        }),
      `${adServer.url}ad.html`,
    );
    const ad = await page.locator('#ad').evaluate((frame) => ({ style: frame.style.height, px: frame.offsetHeight }));
    assert.equal(ad.style, '', 'embed.js did not touch the ad frame');
    assert.ok(ad.px < 200, `the ad keeps its own 90 px, not ${ad.px}`);

    // Even the app's own frame cannot ask for an absurd height.
    await page.evaluate(() => {
      window.appDone = new Promise((resolve) => window.addEventListener('message', (e) => e.data === 'app-done' && resolve()));
    });
    const frame = page.frames().find((f) => f.url().startsWith(appServer.url));
    await frame.evaluate(() => {
      parent.postMessage({ type: 'medborgarloften:height', height: 1e9 }, '*');
      parent.postMessage('app-done', '*');
    });
    await page.evaluate(() => window.appDone);
    const given = Number.parseFloat(await appFrame.evaluate((el) => el.style.height));
    assert.ok(given > 0 && given <= 30000, `the app frame is ${given}px high`);
    assert.deepEqual(problems.pageErrors, []);
  });
});
