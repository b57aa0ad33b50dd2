// Writes the README's screenshots (docs/screenshot-*.png) from the built app in dist/: a phone (390 × 844) with
// ?omrade=skiftinge and a desktop (1280 × 800) with ?ar=2019, each in the light and the dark colour scheme, and the
// same two of the Arabic page (ar/).
//   medb_trunk build --release && node docs/screenshots.mjs
import { startStaticServer } from '../tests/e2e/support/server.mjs';
import { launchBrowser, openPage, PHONE, DESKTOP } from '../tests/e2e/support/browser.mjs';
import { PromisesPage } from '../tests/e2e/support/promises_page.mjs';

const shots = [
  ['phone', PHONE, '?omrade=skiftinge'],
  ['desktop', DESKTOP, '?ar=2019'],
  // The Arabic page, right to left (docs/i18n.md).
  ['phone-ar', PHONE, 'ar/?omrade=skiftinge'],
  ['desktop-ar', DESKTOP, 'ar/?ar=2019'],
];

const server = await startStaticServer();
const browser = await launchBrowser();
try {
  for (const [name, viewport, query] of shots) {
    for (const scheme of ['light', 'dark']) {
      const { page } = await openPage(browser.context, { viewport });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const app = new PromisesPage(page, server.url);
      await app.openList(query);
      await app.cards.first().waitFor();
      if (await page.getByTestId('district-map').isVisible()) await page.locator('.map__label').first().waitFor();
      const suffix = scheme === 'dark' ? '-dark' : '';
      await page.screenshot({ path: new URL(`screenshot-${name}${suffix}.png`, import.meta.url).pathname });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
