// End-to-end: the promise list as a visitor uses it — load, filter, search, URL, reload, Back, deep link, phone.
// Runs against dist/ (trunk build --release) in the system Chromium; see scripts/test.sh. The behaviours run on
// both modules that can work the page (support/each_module.mjs); what only one module can show runs once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';
import { holdDataset } from './support/hold.mjs';

const KROGAR_ID = '2019-kommunen-krogar-mot-knark';
const ARTIFACTS = new URL('./artifacts/', import.meta.url);

forEachModule((module, newApp, test) => {
  describe('loading the promises', () => {
    test('while the dataset is on its way the page the build rendered shows every promise; then the app works it', async () => {
      const { app, page } = await newApp();
      const release = await holdDataset(page);

      await app.open();
      const copyCards = app.prerendered.getByTestId('promise-card');
      await copyCards.first().waitFor();
      assert.equal(await copyCards.count(), 15);
      assert.equal(await app.loading.count(), 0, 'no loading text over the rendered promises');
      assert.equal(await app.appReady.count(), 0, 'the app waits for the dataset');

      release();
      await app.waitForList();
      await app.expectShowing(15);
    });

    test('shows all 15 promises by period, each card complete', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList();
      await app.expectShowing(15);

      assert.match(normalize(await app.heading.textContent()), /Medborgarlöften/);
      await page.getByRole('heading', { name: 'Medborgarlöfte 2019' }).waitFor();
      await page.getByRole('heading', { name: 'Medborgarlöfte 2018' }).waitFor();

      const cards = await app.cards.evaluateAll((elements) =>
        elements.map((card) => ({
          id: card.dataset.promiseId,
          domId: card.id,
          party: card.querySelector('[data-testid="party"]')?.textContent.trim(),
          title: card.querySelector('h3')?.textContent.trim(),
          status: card.querySelector('[data-testid="status"]')?.textContent.trim(),
        })),
      );
      assert.equal(new Set(cards.map((card) => card.id)).size, 15, 'every card has its own data-promise-id');
      for (const card of cards) {
        assert.equal(card.domId, `lofte-${card.id}`);
        assert.ok(card.title, `card ${card.id} has an <h3> title`);
        assert.equal(card.status, 'Ingen uppföljning publicerad', `status of ${card.id}`);
      }
      const perParty = {};
      for (const card of cards) perParty[card.party] = (perParty[card.party] ?? 0) + 1;
      assert.deepEqual(perParty, { Polisen: 6, Kommunen: 8, 'Polisen och kommunen': 1 });
      // Each card's buttons and links say which promise they are for.
      for (const card of await app.cards.all()) {
        const title = normalize(await card.locator('h3').textContent());
        await card.getByRole('button', { name: `Dela länk till löftet ${title}`, exact: true }).waitFor();
        const source = card.locator('.card__source');
        assert.match(normalize(await source.textContent()), new RegExp(`^Källa: polisen\\.se, om löftet ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
      const krogar = app.card(KROGAR_ID);
      assert.match(normalize(await krogar.textContent()), /krogar mot knark/);

      // On a desktop the filters are always visible, with no toggle.
      await app.group('År').waitFor();
      assert.equal(await app.filterToggle.isVisible(), false);
    });

    test('logs no console errors, page errors or failed requests', async () => {
      const { app, page, problems } = await newApp();
      await app.openList();
      await app.expectShowing(15);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });

  describe('filters and search', () => {
    test('Polisen + 2019 gives 4 promises and puts both in the URL', async () => {
      const { app } = await newApp({ viewport: DESKTOP });
      await app.openList();

      await app.check('År', '2019');
      await app.expectShowing(12);
      await app.check('Vem lovar', 'Polisen');
      await app.expectShowing(4);

      await app.waitForParams((params) => params.has('ar') && params.has('part'), 'ar and part');
      assert.deepEqual(app.paramValues('ar'), ['2019']);
      assert.deepEqual(app.paramValues('part'), ['polisen']);
      const parties = await app.cards.getByTestId('party').allTextContents();
      assert.deepEqual(parties.map(normalize), ['Polisen', 'Polisen', 'Polisen', 'Polisen']);
      assert.equal(await app.activeFilters.count(), 2);
    });

    test('"Rensa filter" clears every filter', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList('?ar=2019&part=polisen');
      await app.expectShowing(4);

      // Several "Rensa filter" buttons may be on screen (filter panel, active-filter chips); they all clear everything.
      const clearButtons = page.getByRole('button', { name: 'Rensa filter' });
      assert.ok((await clearButtons.count()) >= 1);
      await clearButtons.first().click();
      await app.expectShowing(15);
      assert.equal(await app.activeFilters.count(), 0);
      assert.equal(await app.checkbox('År', '2019').isChecked(), false);
      assert.equal(await app.checkbox('Vem lovar', 'Polisen').isChecked(), false);
    });

    test('the URL carries the filters: Back undoes the last checkbox, reload keeps the view', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList();
      await app.check('År', '2019');
      await app.expectShowing(12);
      await app.check('Vem lovar', 'Polisen');
      await app.expectShowing(4);

      await page.goBack();
      await app.expectShowing(12);
      await app.waitForParams((params) => !params.has('part'), 'no part');
      assert.deepEqual(app.paramValues('ar'), ['2019']);
      assert.equal(await app.checkbox('Vem lovar', 'Polisen').isChecked(), false);
      assert.equal(await app.checkbox('År', '2019').isChecked(), true);

      await page.goForward();
      await app.expectShowing(4);

      await page.reload();
      await app.waitForList();
      await app.expectShowing(4);
      assert.equal(await app.checkbox('År', '2019').isChecked(), true);
      assert.equal(await app.checkbox('Vem lovar', 'Polisen').isChecked(), true);
      assert.deepEqual(app.paramValues('part'), ['polisen']);
    });

    test('searching "krogar" finds only the "krogar mot knark" promise, in any case, without a history entry', async () => {
      const { app, page } = await newApp();
      await app.openList();
      const historyLength = await page.evaluate(() => history.length);

      for (const query of ['krogar', 'KROGAR']) {
        await app.search(query);
        await app.expectShowing(1);
        assert.deepEqual(await app.cardIds(), [KROGAR_ID]);
        assert.match(normalize(await app.cards.textContent()), /krogar mot knark/);
        await app.waitForParams((params) => params.get('q') === query, `q=${query}`);
      }
      assert.equal(await page.evaluate(() => history.length), historyLength, 'typing replaces the history entry');
    });

    test('searching "froslunda" finds promises about Fröslunda', async () => {
      const { app, page } = await newApp();
      await app.openList();
      await app.search('froslunda');
      await page.waitForFunction(() => {
        const match = /^Visar (\d+) av 15 löften$/.exec(
          document.querySelector('[data-testid="result-count"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        );
        // The cards on screen: the build's page keeps the others, hidden.
        const shown = document.querySelectorAll('[data-testid="promise-card"]:not([hidden] *)').length;
        return match && Number(match[1]) === shown && shown > 0 && shown < 15;
      });
      const texts = (await app.cards.allTextContents()).map(normalize);
      assert.ok(
        texts.some((text) => text.includes('Fröslunda')),
        `some card mentions Fröslunda; got:\n${texts.join('\n')}`,
      );
    });

    test('a search that matches nothing shows the empty state, whose "Rensa filter" restores all 15', async () => {
      const { app } = await newApp();
      await app.openList('?q=zzzzzz');
      await app.emptyState.waitFor();
      assert.equal(await app.cards.count(), 0);

      await app.emptyStateClearButton().click();
      await app.expectShowing(15);
      await app.waitForParams((params) => !params.has('q'), 'no q');
      assert.equal(await app.searchBox.inputValue(), '');
      await app.emptyState.waitFor({ state: 'detached' });
    });

    test('an unknown value in the URL is ignored, with a notice', async () => {
      const { app } = await newApp();
      // The first module has no notice about the address: it hands the page to the full app.
      await app.openList('?omrade=mars', { handOver: true });
      await app.urlNotice.waitFor();
      assert.notEqual(normalize(await app.urlNotice.textContent()), '', 'the notice says what was ignored');
      await app.expectShowing(15);
    });
  });

  describe('deep links and phones', () => {
    test('?lofte= marks that promise as current and scrolls it into view', async () => {
      const { app } = await newApp({ viewport: PHONE });
      await app.openList(`?lofte=${KROGAR_ID}`);
      await app.currentCard.waitFor();
      assert.equal(await app.currentCard.count(), 1);
      assert.equal(await app.currentCard.getAttribute('data-promise-id'), KROGAR_ID);
      assert.equal(await app.currentCard.getAttribute('id'), `lofte-${KROGAR_ID}`);

      await app.waitForCardInViewport(KROGAR_ID);
    });

    test('on a phone the filters open from a toggle and nothing scrolls sideways', async () => {
      const { app } = await newApp({ viewport: PHONE });
      await app.openList();
      await app.expectShowing(15);
      assert.ok((await app.horizontalOverflow()) <= 0, `page is ${await app.horizontalOverflow()} px too wide`);

      await app.filterToggle.waitFor();
      assert.match(normalize(await app.filterToggle.textContent()), /^Filter/);
      assert.equal(await app.filterToggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await app.group('År').isVisible(), false);

      await app.filterToggle.click();
      await app.group('År').waitFor();
      assert.equal(await app.filterToggle.getAttribute('aria-expanded'), 'true');
      assert.ok((await app.horizontalOverflow()) <= 0, `open panel: page is ${await app.horizontalOverflow()} px too wide`);

      await app.checkbox('År', '2018').check();
      await app.expectShowing(3);
    });
  });
});

// Once: each is about one module only.
describe('loading the promises, on one module', () => {
  const newApp = useAppSession();

  test('on the site\'s own page the first module works the build\'s page in place, without the full app', async () => {
    const { app, page } = await newApp();
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname.slice(1));
    });
    await app.openList();
    await app.expectShowing(15);
    // The page's first module (crates/medborgarloften-first) makes the build's page work: no second rendering,
    // and no full app for a page it can show.
    assert.equal(await page.locator('html').getAttribute('data-app'), 'forsta');
    assert.equal(await app.prerendered.count(), 1, 'the rendered page is the page');
    assert.deepEqual(wasm.map((name) => name.replace(/-[0-9a-f]+_bg/, '')), ['medborgarloften-first.wasm']);
  });

  // Pictures to look at, not behaviour: of the page residents get first.
  test('screenshots at 390×844 and 1280×800 (tests/e2e/artifacts/)', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const viewport of [PHONE, DESKTOP]) {
      const { app, page } = await newApp({ viewport });
      await app.openList();
      await app.expectShowing(15);
      const name = `list-${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
      if (await app.filterToggle.isVisible()) {
        await app.filterToggle.click();
        await app.group('År').waitFor();
        await page.screenshot({ path: new URL(`${name}-filters.png`, ARTIFACTS).pathname });
      }
    }
  });

  // Another dataset is the full app's on either server (public/boot.js).
  test('shows "Laddar löften…" while another dataset (?data=) is on its way', async () => {
    const { app, page } = await newApp();
    const release = await holdDataset(page, 'exempelkommun.json');

    await app.open('?data=data/exempelkommun.json');
    await app.loading.waitFor();
    assert.equal(normalize(await app.loading.textContent()), 'Laddar löften…');
    assert.equal(await page.getByTestId('promise-card').count(), 0, 'no promises of the build\'s dataset meanwhile');

    release();
    await app.waitForList();
    await app.loading.waitFor({ state: 'hidden' });
    assert.doesNotMatch(normalize(await app.heading.textContent()), /Eskilstuna/);
  });
});
