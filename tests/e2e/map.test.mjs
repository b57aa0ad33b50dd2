// End-to-end: the district map — drawn areas, tap to filter, in sync with the filter panel and the URL both ways,
// keyboard, deep link, the whole-kommun view, the text alternative, a broken map file, and screenshots.
// Runs against dist/ (or $E2E_DIST_DIR) in the system Chromium; see scripts/test.sh. The map's behaviours run on both
// modules that can work the page (support/each_module.mjs); the map file's errors are the full app's (the first module
// never reads it), and the screenshots are taken once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { DistrictMap } from './support/district_map.mjs';
import { normalize } from './support/promises_page.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
/** Opens the app with `newApp` (desktop unless told), waits for the list and the drawn map. */
async function openMap(newApp, query = '', viewport = DESKTOP) {
  const opened = await newApp({ viewport });
  await opened.app.openList(query);
  const map = new DistrictMap(opened.page);
  await map.open();
  return { ...opened, map };
}

forEachModule((module, newApp, test) => {
  describe('the district map', () => {
    test('draws the 23 town areas with the four named districts, a legend, the source and a district list', async () => {
      const { map, problems, page } = await openMap(newApp);
      await map.expectAreas(23);
      assert.equal(await map.districts.count(), 4);
      const labels = await map.districts.evaluateAll((groups) =>
        groups.map((g) => [g.dataset.districtId, g.getAttribute('aria-label'), g.getAttribute('role'), g.getAttribute('tabindex')]),
      );
      assert.deepEqual(labels, [
        ['centrum', 'Eskilstunas centrum, 1 löfte nämner området', 'button', '0'],
        ['skiftinge', 'Skiftinge, 5 löften nämner området', 'button', '0'],
        ['lagersberg', 'Lagersberg, 5 löften nämner området', 'button', '0'],
        ['froslunda', 'Fröslunda, 5 löften nämner området', 'button', '0'],
      ]);
      assert.equal(await page.locator('.map__district--priority').count(), 3, 'three priority districts');
      // Skiftinge is two areas but one label.
      assert.equal(await page.locator('.map__label', { hasText: 'Skiftinge' }).count(), 1);
      assert.match(normalize(await map.legend.textContent()), /Prioriterat område.*Källa: SCB/);
      assert.deepEqual(
        await map.list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim())),
        ['Eskilstunas centrum 1 löfte', 'Skiftinge 5 löften', 'Lagersberg 5 löften', 'Fröslunda 5 löften'],
      );
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
    });

    test('tapping Fröslunda filters the cards and writes omrade=froslunda; tapping again and Back undo it', async () => {
      const { app, map, page } = await openMap(newApp);
      await map.district('froslunda').click();
      await app.expectDistrict(5, 10, 'Fröslunda');
      await app.waitForParams((p) => p.get('omrade') === 'froslunda', 'omrade=froslunda');
      await map.expectPressed('froslunda', true);
      await map.expectPressed('skiftinge', false);
      assert.equal(await app.checkbox('Område', 'Fröslunda').isChecked(), true, 'the filter panel follows the map');
      assert.equal(await map.listButton('froslunda').getAttribute('aria-pressed'), 'true');

      await page.goBack();
      await app.expectShowing(15);
      await map.expectPressed('froslunda', false);

      await map.district('froslunda').click();
      await app.expectDistrict(5, 10, 'Fröslunda');
      await map.district('froslunda').click();
      await app.expectShowing(15);
      await app.waitForParams((p) => !p.has('omrade'), 'no omrade');
    });

    test('choosing a district in the filter panel presses it on the map', async () => {
      const { app, map } = await openMap(newApp);
      await app.check('Område', 'Lagersberg');
      await app.expectDistrict(5, 10, 'Lagersberg');
      await map.expectPressed('lagersberg', true);
      await map.expectPressed('froslunda', false);
    });

    test('the keyboard reaches a district; Enter and Space toggle it without scrolling the page', async () => {
      const { app, map, page } = await openMap(newApp);
      const skiftinge = map.district('skiftinge');
      await skiftinge.focus();
      assert.equal(normalize(await map.caption.textContent()), 'Skiftinge: 5 löften nämner området', 'focus shows name and count');

      await page.keyboard.press('Enter');
      await app.waitForParams((p) => p.get('omrade') === 'skiftinge', 'omrade=skiftinge');
      await map.expectPressed('skiftinge', true);
      assert.equal(await skiftinge.evaluate((el) => el === document.activeElement), true, 'focus stays on the district');

      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.press(' ');
      await app.waitForParams((p) => !p.has('omrade'), 'no omrade');
      await map.expectPressed('skiftinge', false);
      assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'Space does not scroll the page');

      // Tab moves on to the next district.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.districtId), 'lagersberg');
    });

    test('a deep link with ?omrade=skiftinge shows Skiftinge pressed', async () => {
      const { app, map } = await openMap(newApp, '?omrade=skiftinge');
      await app.expectDistrict(5, 10, 'Skiftinge');
      await map.expectPressed('skiftinge', true);
      await map.expectPressed('centrum', false);
    });

    test('the whole-kommun button draws all 30 areas and back', async () => {
      const { map } = await openMap(newApp);
      await map.expectAreas(23);
      assert.equal(await map.wholeToggle.getAttribute('aria-pressed'), 'false');
      await map.wholeToggle.click();
      await map.expectAreas(30);
      assert.equal(await map.wholeToggle.getAttribute('aria-pressed'), 'true');
      assert.equal(await map.districts.count(), 4);
      await map.wholeToggle.click();
      await map.expectAreas(23);
    });

    test('the selected and the focused district are drawn on top; only the districts are in the accessibility tree', async () => {
      const { map, page } = await openMap(newApp, '?omrade=lagersberg');
      await map.expectPressed('lagersberg', true);
      // SVG paints in document order: the outline layer comes after every district, so no neighbour covers it.
      const order = await page.evaluate(() => {
        const svg = document.querySelector('[data-testid="district-map"] svg');
        const kids = [...svg.children].map((el) =>
          ['map__district', 'map__outline', 'map__labels'].find((c) => el.classList.contains(c)) ?? el.tagName,
        );
        const outline = svg.querySelector('.map__outline:not(.map__outline--focus)');
        return { kids, outlinePaths: outline.querySelectorAll('path').length, hidden: outline.getAttribute('aria-hidden') };
      });
      assert.equal(order.kids.lastIndexOf('map__district'), order.kids.indexOf('map__outline') - 1, order.kids.join(' '));
      assert.ok(order.outlinePaths >= 1, 'Lagersberg is outlined');
      assert.equal(order.hidden, 'true');
      assert.equal(await page.locator('.map__background').getAttribute('aria-hidden'), 'true');
      // Keyboard focus gets its own outline on top as well.
      await map.district('froslunda').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelectorAll('.map__outline--focus path').length > 0);
      // The labels say the count, so the shade is never the only way to read it.
      assert.equal(normalize(await page.locator('.map__label', { hasText: 'Lagersberg' }).textContent()), 'Lagersberg (5)');
    });

    test('the district list is a text alternative that filters too', async () => {
      const { app, map } = await openMap(newApp);
      await map.listButton('centrum').click();
      await app.expectDistrict(1, 10, 'Eskilstunas centrum');
      await map.expectPressed('centrum', true);
      assert.equal(await map.listButton('centrum').getAttribute('aria-pressed'), 'true');
    });

    test('on a phone the map starts closed above the cards, opens, filters on a tap and fits the width', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      const mapRequests = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.includes('/geo/')) mapRequests.push(request.url());
      });
      await app.openList();
      const map = new DistrictMap(page);
      assert.equal(await map.section.getAttribute('open'), null, 'closed on a phone');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(mapRequests, [], 'a closed map loads no map file');
      const [mapTop, countTop] = await Promise.all([map.section, app.resultCount].map((l) => l.evaluate((el) => el.getBoundingClientRect().top)));
      assert.ok(mapTop < countTop, 'the map comes before the result count');
      await map.open();
      await map.expectAreas(23);
      // Every district is a tap target of at least 24 × 24 CSS px (WCAG 2.5.8) on the town map.
      const sizes = await map.districts.evaluateAll((groups) => groups.map((g) => g.getBoundingClientRect()).map((b) => [b.width, b.height]));
      assert.ok(sizes.every(([w, h]) => w >= 24 && h >= 24), JSON.stringify(sizes));
      await map.district('froslunda').click();
      await app.expectDistrict(5, 10, 'Fröslunda');
      assert.equal(await app.horizontalOverflow(), 0);
      const touchAction = await map.svg.evaluate((el) => getComputedStyle(el.querySelector('svg')).touchAction);
      assert.equal(touchAction, 'auto', 'the map never blocks page scrolling');
    });
  });
});

describe('the district map, once', () => {
  const newApp = useAppSession();

  test('a map file that cannot be fetched gives a Swedish message on the map; the promises stay', async () => {
    const { app, page } = await newApp();
    await page.route('**/geo/eskilstuna-districts.geojson', (route) => route.fulfill({ status: 404, body: 'saknas' }));
    // The full app from the start: it loads the map file (the build's page shows the map the build rendered).
    await app.openList('?data=data/eskilstuna.json');
    await app.expectShowing(15);
    const error = page.locator('.district-map__error');
    await error.waitFor();
    // Plain words for residents; the status code only under "Teknisk information", closed.
    assert.equal(normalize(await error.innerText()), 'Kartan kunde inte hämtas. Löftena går att läsa och filtrera utan den. Teknisk information');
    const detail = error.getByTestId('technical-detail');
    assert.equal(await detail.getAttribute('open'), null);
    assert.match(normalize(await detail.textContent()), /HTTP-status 404/);
  });

  test('a district code missing from the map file is named in the error, not a crash', async () => {
    const { app, page, problems } = await newApp();
    await page.route('**/data/eskilstuna.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.districts.find((d) => d.id === 'skiftinge').regso = ['0484R099'];
      await route.fulfill({ response, json: data });
    });
    // A dataset other than the one the build rendered is the full app's to show (the first module hands over).
    await app.openList('', { handOver: true });
    await app.expectShowing(15);
    const error = page.locator('.district-map__error');
    await error.waitFor();
    assert.match(normalize(await error.textContent()), /området Skiftinge hänvisar till områdeskoden 0484R099, som inte finns i kartfilen/);
    assert.deepEqual(problems.pageErrors, []);
  });

  // About the first module's own downloads: the full app draws the map from the map file (on a wide screen at once,
  // on a phone when the map is opened; ARCHITECTURE.md, "The full app").
  test('on a phone the first module opens the map the build drew without downloading the map file', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    const mapRequests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/geo/')) mapRequests.push(request.url());
    });
    await app.openList();
    const map = new DistrictMap(page);
    await map.open();
    await map.expectAreas(23);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(mapRequests, [], 'the map the build drew needs no map file');
  });

  test('screenshots at 390×844 and 1280×800 (tests/e2e/artifacts/map-*.png)', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      const { map, page } = await openMap(newApp, '?omrade=froslunda', viewport);
      await map.expectPressed('froslunda', true);
      await map.section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: new URL(`map-${name}.png`, ARTIFACTS).pathname });
      await map.district('lagersberg').focus();
      await map.svg.screenshot({ path: new URL(`map-${name}-svg.png`, ARTIFACTS).pathname });
      await map.wholeToggle.click();
      await map.expectAreas(30);
      if (name === 'phone') {
        // A phone shows the whole kommun as the district list: its areas would be too small to tap.
        await page.getByText('Hela kommunen ryms inte på en så liten skärm. Välj område i listan.').waitFor();
        assert.equal(await map.svg.isVisible(), false);
        await map.list.waitFor();
        await map.section.screenshot({ path: new URL(`map-${name}-whole.png`, ARTIFACTS).pathname });
      } else {
        await map.district('skiftinge').focus();
        await map.svg.screenshot({ path: new URL(`map-${name}-whole.png`, ARTIFACTS).pathname });
      }
      await page.close();
    }
  });
});
