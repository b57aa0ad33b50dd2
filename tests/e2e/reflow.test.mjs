// End-to-end: reflow and text size (WCAG 1.4.10, 1.4.4) as a resident meets them. At 320 CSS px wide (a 1280 px
// window zoomed to 400 %, or a small phone) nothing scrolls sideways and nothing is cut: the page, the filter sheet,
// a chosen district's chip and the embedded layout. At a larger text size — the browser's own setting, which scales
// the text and the layout's `em` breakpoints alike (support/browser.mjs setTextSize), not page zoom — the sticky
// map and the filter column never lie over a card, and "Filter" is whole. Which layout a window starts in (the map
// open or closed) is each module's own code, so that spec runs on both modules; the layout checks run once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, setTextSize } from './support/browser.mjs';
import { DistrictMap } from './support/district_map.mjs';

/** The narrowest width WCAG 1.4.10 asks a page to reflow to. */
const NARROW = { width: 320, height: 640 };
/** A wide screen, where the map sits beside the cards even at 200 % text. */
const WIDE = { width: 2560, height: 1440 };

/** Everything a resident reads or taps on the list page that must be whole at 320 px. */
function parts(app, page) {
  return [
    [app.filterToggle, '"Filter"'],
    [app.searchBox, 'the search box'],
    [app.activeFilters, 'a chip'],
    [app.cards, 'a card'],
    [page.locator('details.district-map'), 'the map'],
    [page.locator('.site-footer'), 'the footer'],
  ];
}

/** Asserts that nothing scrolls sideways and no part of the page reaches past the window's sides. */
async function expectReflowed(app, page, where) {
  assert.equal(await app.horizontalOverflow(), 0, `${where}: the page scrolls sideways`);
  const cut = [];
  for (const [locator, what] of parts(app, page)) cut.push(...(await app.cutAtTheSides(locator, what)));
  assert.deepEqual(cut, [], `${where}: cut at the sides`);
}

describe('reflow at 320 CSS px', () => {
  const newApp = useAppSession();

  test('the list scrolls only up and down, and "Filter", the cards, the map and the footer are whole', async () => {
    const { app, page } = await newApp({ viewport: NARROW });
    await app.openList();
    await app.expectShowing(15);
    await expectReflowed(app, page, 'the list');
    // The cards further down too, which are laid out only when they come near.
    await page.locator('.site-footer').filter({ visible: true }).scrollIntoViewIfNeeded();
    await expectReflowed(app, page, 'the list scrolled to the footer');
    const map = new DistrictMap(page);
    await map.open();
    await expectReflowed(app, page, 'the map open');
  });

  test('with a district chosen: its chip and "Filter · 1 valt" are whole, and so is the open sheet', async () => {
    const { app, page } = await newApp({ viewport: NARROW });
    await app.openList('?omrade=skiftinge');
    await app.activeFilters.first().waitFor();
    await expectReflowed(app, page, 'a district chosen');
    await app.filterToggle.click();
    const done = page.getByTestId('filter-done');
    await done.waitFor();
    await expectReflowed(app, page, 'the sheet open');
    assert.deepEqual(await app.cutAtTheSides(done, '"Visa N löften"'), []);
    const options = page.locator('#filterpanel .facet__option');
    assert.deepEqual(await app.cutAtTheSides(options, 'a filter choice'), []);
  });

  test('the embedded layout (?inbaddad=1) in a 320 px frame, with its filters open', async () => {
    const { app, page } = await newApp({ viewport: NARROW });
    await app.openList('?inbaddad=1');
    await app.expectShowing(15);
    await expectReflowed(app, page, 'the embedded layout');
    await app.check('År', '2018');
    await app.expectShowing(3);
    await expectReflowed(app, page, 'the embedded layout, a year chosen');
  });
});

describe('larger text (the browser\'s text size)', () => {
  const newApp = useAppSession();

  for (const [percent, viewport] of [[150, DESKTOP], [200, DESKTOP], [200, WIDE]]) {
    test(`${percent} % text at ${viewport.width}×${viewport.height}: the map and the filter column never lie over a card, and nothing scrolls sideways`, async () => {
      const { app, page } = await newApp({ viewport });
      await setTextSize(page, percent);
      await app.openList();
      await app.expectShowing(15);
      assert.equal(await app.horizontalOverflow(), 0, 'the page scrolls sideways');
      const map = new DistrictMap(page);
      await map.open();
      const under = [
        ...(await app.cardsUnder(map.section.filter({ visible: true }).first())),
        ...(await app.cardsUnder(page.locator('.filters').filter({ visible: true }).first())),
      ];
      assert.deepEqual(under.slice(0, 5), [], `${under.length} times a card is under the map or the filters`);
      assert.deepEqual(await app.cutAtTheSides(app.filterToggle, '"Filter"'), []);
      assert.deepEqual(await app.cutAtTheSides(app.cards, 'a card'), []);
    });
  }
});

forEachModule((module, newApp, test) => {
  describe('200 % text on a desktop', () => {
    test('a 1280 × 800 window has the one-column layout: "Filter" is whole, the map starts closed, the sheet opens', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await setTextSize(page, 200);
      await app.openList();
      await app.expectShowing(15);
      assert.deepEqual(await app.cutAtTheSides(app.filterToggle, '"Filter"'), []);
      assert.equal(await app.filterToggle.isVisible(), true, '"Filter" is shown');
      assert.equal(await new DistrictMap(page).section.getAttribute('open'), null, 'the map starts closed');
      await app.filterToggle.click();
      const done = page.getByTestId('filter-done');
      await done.waitFor();
      assert.deepEqual(await app.cutAtTheSides(done, '"Visa N löften"'), []);
      await app.checkbox('År', '2018').check();
      await app.expectShowing(3);
      assert.equal(await app.horizontalOverflow(), 0, 'the page scrolls sideways');
    });
  });
});
