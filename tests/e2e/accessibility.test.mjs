// End-to-end: axe-core finds no WCAG violation of any impact on the page, on a phone (390 × 844) and a desktop
// (1280 × 800), in light and dark colour schemes, with the district map open (town and whole kommun), with a
// district chosen, with the filter sheet open on a phone — on the site's own page and on another dataset — and in the
// embedded layout (?inbaddad=1).
// axe runs inside the page from node_modules/axe-core (injected as a script tag, so no network is needed).
// The site's own page is checked on both modules that can work it (support/each_module.mjs); another dataset and
// the embedded layout are the full app's on either server, and are checked once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { PHONE, DESKTOP } from './support/browser.mjs';
import { DistrictMap } from './support/district_map.mjs';
import { expectNoViolations } from './support/axe.mjs';

const viewports = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
];
const schemes = ['light', 'dark'];

forEachModule((module, newApp, test) => {
  describe('axe-core: no violations of any impact', () => {
    for (const [device, viewport] of viewports) {
      for (const scheme of schemes) {
        test(`${device} ${viewport.width}×${viewport.height}, ${scheme}: the list with the map open, a district chosen with the filters open, then the whole kommun`, async () => {
          const { app, page } = await newApp({ viewport });
          await page.emulateMedia({ colorScheme: scheme });
          await app.openList();
          const map = new DistrictMap(page);
          await map.open();
          await expectNoViolations(page, `${device} ${scheme}, map open`);

          // The site's own page with a district chosen and the filters open (on a phone, the sheet over the page).
          await map.district('skiftinge').click();
          await map.expectPressed('skiftinge', true);
          await app.openFiltersIfClosed();
          await expectNoViolations(page, `${device} ${scheme}, Skiftinge chosen, filters open`);
          const done = page.getByTestId('filter-done');
          if (await done.isVisible()) await done.click();

          await map.wholeToggle.click();
          if (device === 'desktop') await map.expectAreas(30);
          await expectNoViolations(page, `${device} ${scheme}, whole kommun`);
        });
      }
    }
  });
});

// Once: the full app's on either server (public/boot.js).
describe('axe-core: no violations of any impact, on one module', () => {
  const newApp = useAppSession();

  for (const [device, viewport] of viewports) {
    for (const scheme of schemes) {
      test(`${device} ${viewport.width}×${viewport.height}, ${scheme}: a district chosen, filters open, period texts and a history open`, async () => {
        const { app, page } = await newApp({ viewport });
        await page.emulateMedia({ colorScheme: scheme });
        await app.openList('?omrade=norrby&data=data/exempelkommun.json');
        await app.openFiltersIfClosed();
        await expectNoViolations(page, `${device} ${scheme}, filters open`);
        // On a phone the filters are a sheet over the page: close it to reach the cards.
        const done = page.getByTestId('filter-done');
        if (await done.isVisible()) await done.click();
        // The folded period texts (intro, goal and the overview's count buttons) are checked open.
        for (const about of await page.getByTestId('period-about').all()) await about.locator('summary').click();
        const history = page.getByTestId('history').first();
        if (await history.count()) {
          await history.locator('summary').click();
        }
        await expectNoViolations(page, `${device} ${scheme}, example data with a history open`);
      });

      test(`${device} ${viewport.width}×${viewport.height}, ${scheme}: the embedded layout`, async () => {
        const { app, page } = await newApp({ viewport });
        await page.emulateMedia({ colorScheme: scheme });
        await app.openList('?inbaddad=1');
        await expectNoViolations(page, `${device} ${scheme}, embedded`);
      });
    }
  }
});
