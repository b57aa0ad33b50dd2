// End-to-end: a filter change updates only what changed — the control you used keeps focus, a card that stays keeps
// its state, a long list comes a page at a time — and the dataset is fetched once per address, not per click.
// Focus and the fetch run on both modules that can work the page (support/each_module.mjs); the specs on another
// dataset (?data=) are the full app's on either, and run once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';

const EXAMPLE = '?data=data/exempelkommun.json';

/** What has keyboard focus: its test id, role-ish description and the card it is in. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id || null,
      label: el?.closest('label')?.textContent.replace(/\s+/g, ' ').trim() ?? el?.textContent.replace(/\s+/g, ' ').trim(),
      card: el?.closest('[data-testid="promise-card"]')?.dataset.promiseId ?? null,
    };
  });
}

/** The shipped dataset with its promises repeated under new ids up to `count` promises. */
async function largeDataset(count) {
  const data = JSON.parse(await readFile(new URL('../../public/data/eskilstuna.json', import.meta.url), 'utf8'));
  const originals = data.promises;
  data.promises = Array.from({ length: count }, (_, i) => ({ ...originals[i % originals.length], id: `${originals[i % originals.length].id}-${i}` }));
  return JSON.stringify(data);
}


forEachModule((module, newApp, test) => {
  describe('focus stays where the reader is', () => {
    test('Space on a filter checkbox keeps focus on that checkbox, and it stays the same element', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList();
      const box = app.checkbox('År', '2019');
      await box.evaluate((el) => (el.dataset.marker = 'toggled'));
      await box.focus();
      await page.keyboard.press('Space');
      await app.expectShowing(12);
      assert.equal(await app.checkbox('År', '2019').isChecked(), true);
      assert.deepEqual(await page.evaluate(() => document.activeElement?.dataset.marker ?? null), 'toggled');

      // Another facet's box, ticked with the keyboard too; its count changed under it.
      const party = app.checkbox('Vem lovar', 'Polisen');
      await party.focus();
      await page.keyboard.press('Space');
      await app.expectShowing(4);
      const now = await focused(page);
      assert.equal(now.tag, 'input');
      assert.match(now.label, /^Polisen \(4\)$/);
    });

    test('removing a chip moves focus to the chip that took its place; clearing moves it to the count', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList('?ar=2019&part=polisen&tema=trafik');
      await app.activeFilters.first().waitFor();
      assert.equal(await app.activeFilters.count(), 3);
      await app.activeFilters.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="active-filter"]:not([hidden])').length === 2);
      assert.match((await focused(page)).label, /^Polisen/, 'the next chip has focus');

      await page.getByRole('group', { name: 'Valda filter' }).getByRole('button', { name: 'Rensa filter' }).focus();
      await page.keyboard.press('Enter');
      await app.expectShowing(15);
      assert.equal((await focused(page)).id, 'resultat-antal');
    });
  });

  describe('the dataset is fetched once per address', () => {
    test('three filter clicks and a search make no dataset request', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      const requests = [];
      page.on('request', (request) => {
        if (/\/data\/[^/]+\.json$/.test(new URL(request.url()).pathname)) requests.push(request.url());
      });
      await app.openList();
      assert.equal(requests.length, 1, `one request at load: ${requests}`);
      await app.check('År', '2019');
      await app.expectShowing(12);
      await app.check('Vem lovar', 'Polisen');
      await app.expectShowing(4);
      await app.checkbox('År', '2019').uncheck();
      await app.expectShowing(7);
      await app.search('trafik');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'trafik');
      assert.deepEqual(requests.length, 1, `no request per change: ${requests}`);
    });
  });
});

describe('on another dataset (the full app on either server)', () => {
  const newApp = useAppSession();

  describe('a card that stays on screen keeps its state', () => {
    test('an opened history stays open, in the same element, when a search keeps its card', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList(EXAMPLE);
      const card = app.card('2025-polisen-trafik');
      const history = card.getByTestId('history');
      await history.locator('summary').click();
      await card.getByTestId('history-entry').first().waitFor();
      await history.evaluate((el) => (el.dataset.marker = 'opened'));

      await app.search('trafik');
      await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]')?.textContent.includes('Visar 2 '));
      const after = await app.card('2025-polisen-trafik').getByTestId('history').evaluate((el) => ({
        open: el.open,
        marker: el.dataset.marker ?? null,
      }));
      assert.deepEqual(after, { open: true, marker: 'opened' });
    });
  });

  describe('a long list comes a page at a time', () => {
    test('120 promises show 50, then "Visa fler" adds the next 50 and focuses the first new card', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      const body = await largeDataset(120);
      await page.route('**/data/stor.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await app.openList('?data=data/stor.json');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="promise-card"]').length === 50);
      assert.equal(normalize(await app.resultCount.textContent()), 'Visar 120 av 120 löften');
      const more = page.getByTestId('show-more');
      assert.equal(normalize(await more.textContent()), 'Visa fler (70 kvar)');
      const before = await app.cardIds();

      await more.click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="promise-card"]').length === 100);
      const ids = await app.cardIds();
      assert.deepEqual(ids.slice(0, 50), before, 'the first page stays as it was');
      assert.equal((await focused(page)).card, ids[50], 'focus is on the first new card');
      assert.equal(app.params().get('visa'), '100');
      assert.equal(normalize(await more.textContent()), 'Visa fler (20 kvar)');

      // The position is in the address: a reload shows the same cards.
      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="promise-card"]').length === 100);
      // A new filter starts again from the first page.
      await app.openFiltersIfClosed();
      await app.search('trafik');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('visa'));
    });
  });
});
