// End-to-end: the page's first module (crates/medborgarloften-first). On the site's own dataset it makes the page
// the build rendered work in place — filters, search, chips, the map, sharing a card, Back — without downloading the
// full app; a control it does not have hands the page to the full app, which then presses it; a dataset published
// since the build is the full app's to show.
// What it does in place — the sheet, chips and focus, the map's keyboard, sharing, a returning reader's news — is
// what the full app does: those specs run on both modules (support/each_module.mjs), each loading its own module's
// wasm only. The hand-over and what the first module downloads are about the first module alone: they run once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { DIST_DIR } from './support/server.mjs';
import { normalize } from './support/promises_page.mjs';

/** The one wasm file each module's page downloads, as recordRequests names it. */
const MODULE_WASM = { first: 'medborgarloften-first.wasm', full: 'medborgarloften-app.wasm' };

/** Records the wasm files and dataset requests of `page`. */
function recordRequests(page) {
  const seen = { wasm: [], dataset: [] };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm')) seen.wasm.push(path.split('/').pop().replace(/-[0-9a-f]+_bg/, ''));
    if (/\/data\/[^/]+\.json$/.test(path)) seen.dataset.push(path);
  });
  return seen;
}

// A fresh browser per test: a first visit each time, unless the test makes a second one.
forEachModule({ isolated: true }, (module, newApp, test) => {
  describe('the build\'s page, worked in place', () => {
    test('filters, chips, search and Back on a phone, with one dataset download and one module', async () => {
      const { app, page, problems } = await newApp({ viewport: PHONE });
      const seen = recordRequests(page);
      await app.openList();

      await app.check('Vem lovar', 'Polisen');
      await app.expectShowing(7);
      assert.deepEqual(app.paramValues('part'), ['polisen']);
      assert.equal(await page.title(), 'Medborgarlöften i Eskilstuna – visar 7 av 15 löften');
      assert.equal(normalize(await page.getByTestId('filter-done').textContent()), 'Visa 7 löften');
      // A choice that would show nothing is off, and says why.
      const dead = app.checkbox('Tema', 'Våld');
      assert.equal(await dead.isDisabled(), true);
      assert.match(await dead.evaluate((box) => box.closest('label').textContent), /inga löften med de andra filtren/);
      await page.getByTestId('filter-done').click();
      await app.expectFocus((id) => document.activeElement?.id === id, 'resultat-antal', 'the count (the sheet lands on it)');

      await app.search('trafik');
      await app.waitForParams((p) => p.get('q') === 'trafik', 'q=trafik');
      const chips = app.activeFilters.filter({ visible: true });
      assert.deepEqual((await chips.allTextContents()).map(normalize), ['Polisen×', 'Sök: trafik×']);
      const shownNow = await app.cards.count();
      assert.ok(shownNow > 0 && shownNow < 7, `the search narrowed the cards (${shownNow})`);

      // Removing the first chip: its filter goes, and focus moves to the chip that took its place.
      await chips.first().click();
      await app.waitForParams((p) => !p.has('part'), 'no part=');
      await app.expectFocus(
        (text) => document.activeElement?.textContent.replace(/\s+/g, ' ').trim() === text,
        'Sök: trafik×',
        'the chip that took the removed one\'s place',
      );

      // Typing rewrote the entry it started from (as in the full app): Back returns to both filters, then none.
      await page.goBack();
      await app.waitForParams((p) => p.get('part') === 'polisen' && p.get('q') === 'trafik', 'Back to part=polisen&q=trafik');
      await app.expectShowing(shownNow);
      await page.goBack();
      await app.expectShowing(15);
      assert.equal(await app.activeFilters.filter({ visible: true }).count(), 0);

      assert.deepEqual(seen.wasm, [MODULE_WASM[module]], 'the page loaded its own module, and only that one');
      assert.deepEqual(seen.dataset, ['/data/eskilstuna.json'], 'one download of the dataset');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
    });

    test('the map: a tap chooses its district in place, keyboard focus is outlined and named, Enter toggles', async () => {
      const { app, page, problems } = await newApp({ viewport: DESKTOP });
      const seen = recordRequests(page);
      await app.openList();
      const district = (id) => page.locator(`g.map__district[data-district-id="${id}"]`);
      await district('froslunda').click();
      await app.waitForParams((p) => p.get('omrade') === 'froslunda', 'omrade=froslunda');
      assert.equal(await district('froslunda').getAttribute('aria-pressed'), 'true');
      const outline = (layer) => page.locator(`g.map__outline${layer} .map__outline-line path`);
      assert.ok((await outline(':not(.map__outline--focus)').count()) > 0, 'the chosen district is drawn on top');
      assert.ok((await page.getByTestId('kommun-wide-heading').filter({ visible: true }).count()) > 0, 'kommun-wide apart');
      const listButton = page.locator('.district-list__button[data-district-id="froslunda"]');
      assert.equal(await listButton.getAttribute('aria-pressed'), 'true');

      // From the keyboard: the district before Fröslunda gets the focus outline and the caption.
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.districtId), 'lagersberg');
      assert.ok((await outline('.map__outline--focus').count()) > 0, 'keyboard focus is outlined');
      assert.match(normalize(await page.locator('.district-map__caption').textContent()), /^Lagersberg: \d+ löften? nämner området$/);
      await page.keyboard.press('Enter');
      await app.waitForParams((p) => p.get('omrade') === 'lagersberg,froslunda' || p.get('omrade') === 'froslunda,lagersberg', 'both');
      await page.keyboard.press('Tab');
      await listButton.click();
      await app.waitForParams((p) => p.get('omrade') === 'lagersberg', 'omrade=lagersberg');
      assert.equal(await outline('.map__outline--focus').count(), 0, 'no focus outline once focus left the map');

      assert.deepEqual(seen.wasm, [MODULE_WASM[module]], 'the page loaded its own module, and only that one');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
    });

    test('"Dela länk" shares the card in place: the link is copied, or offered to copy by hand', async () => {
      const { app, page, problems } = await newApp({ viewport: PHONE });
      const seen = recordRequests(page);
      await app.openList('?ar=2019');
      await app.expectShowing(12);
      const id = await app.cards.first().getAttribute('data-promise-id');
      await app.card(id).getByRole('button', { name: /^Dela länk/ }).click();
      const message = app.card(id).locator('.card__copied');
      await page.waitForFunction((el) => el.textContent.trim() !== '', await message.elementHandle());
      const text = normalize(await message.textContent());
      const link = new URL(`?lofte=${id}`, app.baseUrl).href;
      assert.ok(text === 'Länken är kopierad.' || text === `Kopiera länken: ${link}`, text);
      await app.expectModule();
      assert.deepEqual(seen.wasm, [MODULE_WASM[module]], 'the page loaded its own module, and only that one');
      assert.deepEqual(problems.pageErrors, []);
    });

    test('a returning reader: the news line, the new card\'s mark, "Visa bara nya" and "Glöm mina besök", in place', async () => {
      const { app, page, problems } = await newApp({ viewport: PHONE });
      await app.openList();
      // What this visit stored, as if the last visit had not seen the first promise yet.
      const id = await app.cards.first().getAttribute('data-promise-id');
      await page.evaluate((promise) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('medborgarloften:besok:'));
        const seen = JSON.parse(localStorage.getItem(key));
        delete seen.lofte[promise];
        localStorage.setItem(key, JSON.stringify(seen));
      }, id);

      const again = await page.context().newPage();
      const seen = recordRequests(again);
      const second = app.on(again);
      await second.openList();
      await second.visitCount.waitFor();
      assert.match(normalize(await second.visitCount.textContent()), /^1 nytt löfte sedan ditt senaste besök/);
      assert.equal(await second.newBadges.count(), 1);
      assert.equal(normalize(await second.card(id).getByTestId('new-badge').textContent()), 'Nytt löfte');
      assert.match(normalize(await second.card(id).getByRole('heading', { level: 3 }).textContent()), /\(nytt löfte\)$/);

      await second.onlyNew.check();
      await second.waitForParams((p) => p.get('nytt') === '1', 'nytt=1');
      await second.expectShowing(1);
      await second.forgetVisits.click();
      await second.visitNews.waitFor({ state: 'hidden' });
      await second.expectShowing(15);
      assert.equal(await second.newBadges.count(), 0);
      assert.equal(second.params().get('nytt'), null);
      await second.expectFocus((id) => document.activeElement?.id === id, 'resultat-antal', 'the count');
      assert.equal(await again.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('medborgarloften:')).length), 0);
      assert.deepEqual(seen.wasm, [MODULE_WASM[module]], 'the page loaded its own module, and only that one');
      await again.close();
      assert.deepEqual(problems.pageErrors, []);
    });
  });
});

describe('the first module hands the page to the full app', () => {
  // A fresh browser per test: a first visit each time.
  const newApp = useAppSession({ isolated: true });

  test('"Bädda in" hands the page to the full app, which opens the dialog; the dataset is not downloaded again', async () => {
    const { app, page, problems } = await newApp({ viewport: DESKTOP });
    const seen = recordRequests(page);
    await app.openList('?ar=2019');
    await app.expectShowing(12);
    await page.getByTestId('embed-open').click();
    await page.locator('html[data-app="klar"]').waitFor({ state: 'attached' });
    // The full app took over from the same address and pressed the same button.
    await app.expectShowing(12);
    const code = page.locator('#app').getByTestId('embed-code');
    await code.waitFor();
    assert.match(await code.inputValue(), /<iframe src="[^"]*ar=2019[^"]*inbaddad=1/);
    assert.deepEqual(seen.wasm, ['medborgarloften-first.wasm', 'medborgarloften-app.wasm']);
    assert.deepEqual(seen.dataset, ['/data/eskilstuna.json'], 'the full app read the dataset the first module had');
    assert.deepEqual(problems.pageErrors, []);
  });

  test('when the full app cannot be loaded, the page says so in Swedish and its filters keep working', async () => {
    const { app, page, problems } = await newApp({ viewport: DESKTOP });
    // As offline before the full app was ever loaded: its files do not arrive.
    await page.route('**/medborgarloften-app-*', (route) => route.abort('internetdisconnected'));
    await app.openList();
    await page.getByTestId('embed-open').click();
    const notice = page.getByRole('alert').filter({ hasText: 'kunde inte laddas' });
    await notice.waitFor();
    assert.equal(
      normalize(await notice.textContent()),
      'Den här delen av sidan kunde inte laddas. Kontrollera din internetanslutning och försök igen.',
    );
    assert.equal(await page.locator('html').getAttribute('data-app'), 'forsta');
    await app.check('År', '2018');
    await app.expectShowing(3);
    assert.deepEqual(problems.pageErrors, []);
  });

  test('a dataset published after the build is shown by the full app, never through the older page', async () => {
    const { app, page, problems } = await newApp({ viewport: PHONE });
    const data = JSON.parse(await readFile(path.join(DIST_DIR, 'data', 'eskilstuna.json'), 'utf8'));
    data.promises[0].title = 'En rubrik publicerad efter bygget';
    await page.route('**/data/eskilstuna.json', (route) => route.fulfill({ json: data }));
    await app.openList('', { handOver: true });
    await app.expectShowing(15);
    await page.getByRole('heading', { name: 'En rubrik publicerad efter bygget' }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
  });
});
