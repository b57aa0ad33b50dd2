// End-to-end: the page's layout as a resident meets it. On a 390 × 844 phone and a 1280 × 800 desktop the search
// box and the first promise are on the first screen; on a phone the filters open as a sheet whose "Visa N löften"
// closes it and puts focus on the result count; the count is in sight after any filter change; the embedded
// layout is short enough for a host page; and dark, forced-colours and print renderings are written to
// tests/e2e/artifacts/ to be looked at. The site's own page runs on both modules that can work it
// (support/each_module.mjs); the embedded layout and another dataset are the full app's on either server, and run
// once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);

/** The element's box in viewport coordinates. */
function box(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
  });
}

/** Asserts that the element is wholly inside the viewport's first screen (no scrolling). */
async function expectOnFirstScreen(locator, viewport, what) {
  const b = await box(locator);
  assert.ok(b.height > 0 && b.top >= 0 && b.bottom <= viewport.height, `${what} is not on the first screen: ${JSON.stringify(b)}`);
}

forEachModule((module, newApp, test) => {
  describe('the first screen', () => {
    for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      test(`${device} ${viewport.width}×${viewport.height}: the search box, the count and the first promise's party and title are in sight`, async () => {
        const { app, page } = await newApp({ viewport });
        await app.openList();
        await app.expectShowing(15);
        assert.equal(await page.evaluate(() => window.scrollY), 0);
        await expectOnFirstScreen(app.searchBox, viewport, 'the search box');
        const first = app.cards.first();
        await expectOnFirstScreen(first.locator('h3'), viewport, 'the first card title');
        await expectOnFirstScreen(first.getByTestId('party'), viewport, 'the first card party');
        await expectOnFirstScreen(app.resultCount, viewport, 'the result count');
      });
    }

    test('the period texts are folded under "Om löftena …" and open on a tap', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      const about = page.getByTestId('period-about').first();
      assert.equal(await about.getAttribute('open'), null);
      assert.equal(await about.locator('.period__intro').isVisible(), false);
      await about.locator('summary').click();
      await about.locator('.period__intro').waitFor();
      await about.getByTestId('year-overview').waitFor();
    });
  });

  describe('the filter sheet on a phone', () => {
    test('"Visa N löften" says how many, closes the sheet and moves focus to the result count', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      await app.filterToggle.click();
      // Focus moves into the sheet, onto its heading, not left on the button the sheet now covers.
      await page.waitForFunction(() => document.activeElement?.textContent === 'Välj filter');
      const done = page.getByTestId('filter-done');
      await expectOnFirstScreen(done, PHONE, '"Visa N löften" in the open sheet');
      assert.equal(normalize(await done.textContent()), 'Visa 15 löften');

      await app.checkbox('År', '2018').check();
      await app.expectShowing(3);
      assert.equal(normalize(await done.textContent()), 'Visa 3 löften');
      assert.equal(normalize(await app.filterToggle.textContent()), 'Filter · 1 valt');
      // Scrolled to the bottom of the sheet, the button is still there (sticky).
      await page.locator('#filterpanel').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expectOnFirstScreen(done, PHONE, '"Visa N löften" at the bottom of the sheet');

      await done.click();
      await app.group('År').waitFor({ state: 'hidden' });
      assert.equal(await app.filterToggle.getAttribute('aria-expanded'), 'false');
      await page.waitForFunction(() => document.activeElement?.id === 'resultat-antal');
      await expectOnFirstScreen(app.resultCount, PHONE, 'the focused result count');

      await app.check('År', '2019');
      await app.expectShowing(15);
      assert.equal(normalize(await app.filterToggle.textContent()), 'Filter · 2 valda');
    });

    test('Escape closes the sheet too', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      await app.filterToggle.click();
      await app.checkbox('År', '2018').focus();
      await page.keyboard.press('Escape');
      await app.group('År').waitFor({ state: 'hidden' });
      await page.waitForFunction(() => document.activeElement?.id === 'resultat-antal');
    });

    test('on a desktop the count stays in sight when a filter is ticked far down the page', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      await app.check('Tema', 'Trafik');
      await page.waitForFunction(() => !/Visar 15 av/.test(document.getElementById('resultat-antal').textContent));
      await expectOnFirstScreen(app.resultCount, DESKTOP, 'the result count after a filter change');
    });
  });
});

// Once: the full app's on either server (public/boot.js).
describe('on one module', () => {
  const newApp = useAppSession();

  describe('the embedded layout', () => {
    test('15 promises at 360 px fit in 4,000 px as a compact list that opens on a tap', async () => {
      const viewport = { width: 360, height: 640 };
      const { app, page } = await newApp({ viewport });
      await app.openList('?inbaddad=1');
      await app.expectShowing(15);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= 4000, `the embedded page is ${height} px tall`);

      const card = app.cards.first();
      assert.equal(await card.locator('.card__text').isVisible(), false, 'the text waits for a tap');
      await card.getByTestId('status').waitFor();
      const expand = card.getByTestId('card-expand');
      assert.match(normalize(await expand.textContent()), /^Visa hela löftet: /);
      await expand.click();
      await card.locator('.card__text').waitFor();
      assert.equal(await expand.getAttribute('aria-expanded'), 'true');
      assert.match(normalize(await expand.textContent()), /^Visa mindre: /);
      // The plan is folded under its heading in a frame.
      const plan = page.locator('.period__plan').first();
      assert.equal(await plan.getAttribute('open'), null);
    });
  });

  describe('display modes (screenshots to look at)', () => {
    test('dark, forced colours and print at 390×844 and 1280×800 (tests/e2e/artifacts/mode-*.png, print.pdf)', async () => {
      await mkdir(ARTIFACTS, { recursive: true });
      for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
        const { app, page } = await newApp({ viewport });
        await page.emulateMedia({ colorScheme: 'dark' });
        await app.openList('?data=data/exempelkommun.json&omrade=norrby');
        await page.screenshot({ path: new URL(`mode-dark-${device}.png`, ARTIFACTS).pathname });
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        await page.screenshot({ path: new URL(`mode-forced-${device}.png`, ARTIFACTS).pathname });
        // Forced colours keep the progress bar's filled part visible.
        const bar = page.getByTestId('progress').first().locator('progress');
        assert.equal(await bar.evaluate((el) => getComputedStyle(el).forcedColorAdjust), 'none');
        await page.emulateMedia({ forcedColors: 'none', media: 'print' });
        await page.screenshot({ path: new URL(`mode-print-${device}.png`, ARTIFACTS).pathname, fullPage: true });
        // Print: the active filters are there, the controls are not, histories are open and links say where they go.
        assert.equal(await page.locator('.filters').isVisible(), false);
        await page.locator('.chips').waitFor();
        const history = page.getByTestId('history-entry').first();
        assert.equal(await history.isVisible(), true, 'a history entry prints although its <details> is closed');
        const source = await page.locator('.card__source').first().evaluate((el) => getComputedStyle(el, '::after').content);
        assert.match(source, /https?:/);
        if (device === 'desktop') await page.pdf({ path: new URL('print.pdf', ARTIFACTS).pathname });
        await page.close();
      }
    });
  });
});
