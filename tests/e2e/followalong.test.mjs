// End-to-end: "Nytt sedan ditt senaste besök". A first visit marks nothing; after a follow-up is published (a
// modified dataset served through a route), the next visit in the same browser marks that card, counts it and can
// show only it; a reload keeps the marks; the visit after that has nothing new. Another dataset keeps its own
// visits, "Glöm mina besök" forgets them, a returning reader's page does not move when the app takes over, and axe
// finds nothing with the marks on screen. On both modules that can work the page (support/each_module.mjs).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE, launchBrowser, openPage } from './support/browser.mjs';
import { copyDist, waitForController } from './support/pwa.mjs';
import { startStaticServer } from './support/server.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import { expectNoViolations } from './support/axe.mjs';

const DATASET = fileURLToPath(new URL('../../public/data/eskilstuna.json', import.meta.url));

/** The promise that gets a follow-up: far down the list, so the first cards are the same on both visits. */
const MARKED = '2018-polisen-narvaro';

/**
 * Eskilstuna's dataset after a report on MARKED was published: dated 2019, put online only now. It is not the
 * dataset the build rendered, so on the build's page the first module hands it to the full app (ARCHITECTURE.md, "The first
 * module"): a visit after it is published says so (`handOver`).
 */
async function withNewFollowup() {
  const data = JSON.parse(await readFile(DATASET, 'utf8'));
  const promise = data.promises.find((p) => p.id === MARKED);
  promise.followups = [{ date: '2019-04-30', status: 'pagar', note: 'Polisen har varit på plats varje vecka.' }];
  return JSON.stringify(data);
}

/** Serves `body` as the site's dataset to every page of `context`. */
async function publish(context, body) {
  await context.route('**/data/eskilstuna.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }),
  );
}

/** Today in Swedish as the app writes it, e.g. "2 december 2026". */
function todaySv() {
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

/**
 * A new visit: a new tab in the same browser (same storage), on the app's address with `query`, on the app's
 * module (`site`: a PromisesPage, or its `baseUrl` and `module`). `handOver`: see PromisesPage.waitForList.
 */
async function visit(context, site, { query = '', viewport = PHONE, handOver = false } = {}) {
  const { page, problems } = await openPage(context, { viewport });
  const app = new PromisesPage(page, site.baseUrl, { module: site.module });
  await app.openList(query, { handOver });
  return { app, page, problems };
}

/** Waits until the app has stored what this visit shows (it does so once the dataset is on screen). */
async function stored(page) {
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('medborgarloften:besok:')));
}

/**
 * Waits until Cache Storage lists (or, with `marked` false, no longer lists) a stored visit, which the service
 * worker reads to reserve the news line's place. Cache Storage is asynchronous, so the page polls it per frame.
 */
async function visitMarked(page, marked = true) {
  await page.evaluate(async (wanted) => {
    const name = 'medborgarloften-besok-v1';
    const has = async () => (await caches.has(name)) && (await (await caches.open(name)).keys()).length > 0;
    const deadline = Date.now() + 15_000;
    while ((await has()) !== wanted) {
      if (Date.now() > deadline) throw new Error(`the visit mark is ${wanted ? 'missing' : 'still there'}`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, marked);
}

// A fresh browser profile per test: no visit left by another test.
forEachModule({ isolated: true }, (module, newApp, test) => {
  describe('Nytt sedan ditt senaste besök', () => {
    test('first visit: nothing; second visit after a new follow-up: the card is marked, counted and can be shown alone; a reload keeps it; the third visit has nothing new', async () => {
      const { app, page, problems } = await newApp({ viewport: PHONE });
      await app.openList();
      await app.expectShowing(15);
      assert.equal(await app.visitNews.count(), 0, 'no count on a first visit');
      assert.equal(await app.newBadges.count(), 0, 'no mark on a first visit');
      await stored(page);
      const context = page.context();
      await publish(context, await withNewFollowup());

      const second = await visit(context, app, { handOver: true });
      await second.app.expectShowing(15);
      assert.equal(
        normalize(await second.app.visitCount.textContent()),
        `1 löfte har ny uppföljning sedan ditt senaste besök (${todaySv()}).`,
      );
      assert.equal(await second.app.newBadges.count(), 1);
      const card = second.app.card(MARKED);
      assert.equal(normalize(await card.getByTestId('new-badge').textContent()), 'Ny uppföljning');
      // The screen reader hears it in the card's heading (which also names the card).
      await card.getByRole('heading', { name: /\(ny uppföljning\)$/ }).waitFor();
      await second.page.getByRole('article', { name: /\(ny uppföljning\)$/ }).waitFor();
      assert.equal(await second.app.onlyNew.isChecked(), false);

      await second.app.onlyNew.check();
      await second.app.waitForParams((params) => params.get('nytt') === '1', 'nytt=1');
      await second.app.expectShowing(1);
      assert.deepEqual(await second.app.cardIds(), [MARKED]);
      assert.equal(await second.app.onlyNew.isChecked(), true);

      // A reload in the same tab keeps this visit's marks and the filter.
      await second.page.reload();
      await second.app.waitForList({ handOver: true });
      await second.app.expectShowing(1);
      assert.deepEqual(await second.app.cardIds(), [MARKED]);
      assert.equal(await second.app.newBadges.count(), 1);
      assert.match(normalize(await second.app.visitCount.textContent()), /^1 löfte har ny uppföljning/);

      // Back to every promise with the same box, by keyboard.
      await second.app.onlyNew.focus();
      await second.page.keyboard.press('Space');
      await second.app.expectShowing(15);
      assert.equal(second.app.params().get('nytt'), null);
      assert.equal(await second.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'only-new');

      const third = await visit(context, app, { handOver: true });
      await third.app.expectShowing(15);
      assert.equal(
        normalize(await third.app.visitCount.textContent()),
        `Inget nytt sedan ditt senaste besök (${todaySv()}).`,
      );
      assert.equal(await third.app.newBadges.count(), 0);
      assert.equal(await third.app.onlyNew.count(), 0, 'no filter when nothing is new');
      // A shared link with nytt=1 shows every promise and says the part was not used.
      await third.app.openList('?nytt=1', { handOver: true });
      await third.app.expectShowing(15);
      assert.equal(
        normalize(await third.app.urlNotice.textContent()),
        'Inget är nytt sedan ditt senaste besök på den här enheten, så alla löften visas.',
      );

      for (const { problems: seen } of [{ problems }, second, third]) {
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(seen.consoleErrors, []);
      }
    });

    test("another kommun's dataset on the same site keeps its own visits", async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      await stored(page);
      const context = page.context();

      const other = await visit(context, app, { query: '?data=data/exempelkommun.json' });
      await other.app.expectShowing(8, 8);
      assert.equal(await other.app.visitNews.count(), 0, "Eskilstuna's visit is not this dataset's");
      assert.equal(await other.app.newBadges.count(), 0);

      const again = await visit(context, app, { query: '?data=data/exempelkommun.json' });
      await again.app.expectShowing(8, 8);
      assert.match(normalize(await again.app.visitCount.textContent()), /^Inget nytt sedan ditt senaste besök/);
      const keys = await again.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('medborgarloften:besok:')));
      assert.deepEqual(keys.map((k) => new URL(k.replace('medborgarloften:besok:', '')).pathname).sort(), [
        '/data/eskilstuna.json',
        '/data/exempelkommun.json',
      ]);
    });

    test('"Glöm mina besök" forgets: the marks go, and the next visit is a first visit', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      await stored(page);
      const context = page.context();
      await publish(context, await withNewFollowup());
      const second = await visit(context, app, { query: '?nytt=1', handOver: true });
      await second.app.expectShowing(1);
      await second.app.forgetVisits.click();
      await second.app.visitNews.waitFor({ state: 'hidden' });
      await second.app.expectShowing(15);
      assert.equal(await second.app.newBadges.count(), 0);
      assert.equal(second.app.params().get('nytt'), null);
      await second.app.expectFocus((id) => document.activeElement?.id === id, 'resultat-antal', 'the count');
      assert.equal(await second.page.evaluate(() => localStorage.length), 0);

      const third = await visit(context, app, { handOver: true });
      await third.app.expectShowing(15);
      assert.equal(await third.app.visitNews.count(), 0, 'a first visit again');
    });

    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      test(`on a ${name}: a returning reader's page keeps its place when the app takes over with the news line`, async () => {
        // The place is reserved by the service worker (public/sw.js markReturning): a private copy of the site, so
        // the new follow-up can be published into it, and a browser that lets the worker run.
        const dist = await copyDist();
        const server = await startStaticServer(dist.dir, { module });
        const site = { baseUrl: server.url, module };
        const browser = await launchBrowser({ serviceWorkers: 'allow', viewport });
        try {
          const first = await visit(browser.context, site, { viewport });
          await first.app.expectShowing(15);
          await stored(first.page);
          await waitForController(first.page);
          await visitMarked(first.page);
          await writeFile(path.join(dist.dir, 'data', 'eskilstuna.json'), await withNewFollowup());

          const { page: tab, problems } = await openPage(browser.context, { viewport });
          await tab.addInitScript(() => {
            window.__shifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) window.__shifts.push(entry.value);
            }).observe({ type: 'layout-shift', buffered: true });
            // Before public/boot.js starts the app (it waits for this event and the first paint): what the page
            // was served as, and where the rendered page's first cards are.
            addEventListener('load', () => {
              window.__marked = 'besok' in document.documentElement.dataset;
              window.__before = [...document.querySelectorAll('#forhandsvisning [data-testid="promise-card"]')]
                .slice(0, 3)
                .map((card) => {
                  const r = card.getBoundingClientRect();
                  return [r.x, r.y, r.width, r.height].map(Math.round);
                });
            });
          });
          const second = new PromisesPage(tab, server.url, { module });
          await second.open();
          await second.waitForList({ handOver: true });
          await second.visitCount.waitFor();
          assert.match(normalize(await second.visitCount.textContent()), /^1 löfte har ny uppföljning/);
          assert.equal(await tab.evaluate(() => window.__marked), true, 'served as a returning reader\'s page');
          const before = await tab.evaluate(() => window.__before);
          assert.equal(before.length, 3, 'the rendered page had its cards');
          const after = await tab.locator(await second.liveRoot()).getByTestId('promise-card').evaluateAll((cards) =>
            cards.slice(0, 3).map((card) => {
              const r = card.getBoundingClientRect();
              return [r.x, r.y, r.width, r.height].map(Math.round);
            }),
          );
          assert.deepEqual(after, before);
          // Nothing moved on the way either: the place was reserved before the rendered page was first drawn.
          const shift = await tab.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
          assert.ok(shift < 0.02, `cumulative layout shift ${shift}`);
          assert.deepEqual(problems.pageErrors, []);

          // "Glöm mina besök" forgets the mark too: the next page is a first visit's, with nothing reserved.
          await second.forgetVisits.click();
          await visitMarked(tab, false);
          const third = await visit(browser.context, site, { viewport, handOver: true });
          await third.app.expectShowing(15);
          assert.equal(await third.page.evaluate(() => 'besok' in document.documentElement.dataset), false);
        } finally {
          await browser.close();
          await server.stop();
          await dist.remove();
        }
      });
    }

    test('axe finds no violation with the marks and the news line, light and dark, phone and desktop', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      await stored(page);
      const context = page.context();
      await publish(context, await withNewFollowup());
      const second = await visit(context, app, { handOver: true });
      await second.app.newBadges.first().waitFor();
      for (const viewport of [PHONE, DESKTOP]) {
        await second.page.setViewportSize(viewport);
        for (const colorScheme of ['light', 'dark']) {
          await second.page.emulateMedia({ colorScheme });
          await expectNoViolations(second.page, `${viewport.width}px ${colorScheme}`);
        }
      }
    });
  });
});
