// End-to-end: what a Swedish public site must have (crates/medborgarloften-build/src/statement.rs, the words in
// crates/medborgarloften-core/src/page/statement.rs). The footer of the page — the build's, worked by either module —
// links the accessibility statement (tillganglighet.html) and the privacy note (integritet.html); the statement
// names the publisher (here the dataset's kommun: the test build sets no MEDB_PUBLISHER) and DIGG's supervision;
// both pages link each other and back, load no script, and axe-core finds no violation on a phone, light and dark.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachModule } from './support/each_module.mjs';
import { useAppSession } from './support/session.mjs';
import { PHONE } from './support/browser.mjs';
import { expectNoViolations } from './support/axe.mjs';

const PAGES = [
  { link: 'Tillgänglighet', file: 'tillganglighet.html', heading: 'Tillgänglighetsredogörelse' },
  { link: 'Om lagring och integritet', file: 'integritet.html', heading: 'Om lagring och integritet' },
];

forEachModule((module, newApp, test) => {
  describe('the footer links the statement and the privacy note', () => {
    for (const { link, file, heading } of PAGES) {
      test(`"${link}" opens ${file}`, async () => {
        const { app, page } = await newApp({ viewport: PHONE });
        await app.openList();
        const footerLink = page.locator('.site-footer').getByRole('link', { name: link, exact: true });
        assert.equal(await footerLink.getAttribute('href'), file);
        await footerLink.click();
        await page.waitForURL((url) => url.pathname.endsWith(`/${file}`));
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      });
    }
  });
});

describe('the statement and the privacy note', () => {
  const newApp = useAppSession();

  test('the statement names the publisher, the law, its status, the contact and DIGG', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await page.goto(new URL('tillganglighet.html', app.baseUrl).href);
    const main = page.getByRole('main');
    const text = await main.innerText();
    assert.match(text, /^Till medborgarlöftena\s+Eskilstuna kommun står bakom webbplatsen Medborgarlöften i Eskilstuna\./);
    assert.match(text, /lagen \(2018:1937\) om tillgänglighet till digital offentlig service/);
    for (const name of [
      'Hur tillgänglig är webbplatsen?',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Hur vi testat webbplatsen',
    ]) {
      await main.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    assert.match(text, /delvis förenlig/);
    // The test build gives no MEDB_CONTACT: the statement says whom to contact and makes up no address.
    assert.match(text, /kontakta den som publicerar webbplatsen, Eskilstuna kommun\./);
    assert.equal(await main.locator('a[href^="mailto:"]').count(), 0);
    assert.match(text, /Myndigheten för digital förvaltning \(DIGG\) har tillsyn/);
    const digg = main.getByRole('link', { name: 'Anmäl bristande tillgänglighet hos DIGG' });
    assert.equal(await digg.getAttribute('href'), 'https://www.digg.se/tdosanmalan');
    assert.match(await main.locator('time').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);
  });

  test('each page links the other and the promises; the page shown is marked in the footer', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await page.goto(new URL('integritet.html', app.baseUrl).href);
    const footer = page.locator('.site-footer');
    assert.equal(await footer.locator('[aria-current="page"]').innerText(), 'Om lagring och integritet');
    await footer.getByRole('link', { name: 'Tillgänglighet', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    await page.getByRole('link', { name: 'Till medborgarlöftena' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medborgarlöften i Eskilstuna' }).waitFor();
    assert.equal(new URL(page.url()).pathname, new URL(app.baseUrl).pathname);
  });

  for (const { file, heading } of PAGES) {
    for (const scheme of ['light', 'dark']) {
      test(`${file} at ${PHONE.width}×${PHONE.height}, ${scheme}: no axe violations, nothing wider than the screen`, async () => {
        const { app, page } = await newApp({ viewport: PHONE });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(new URL(file, app.baseUrl).href);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        assert.equal(await page.locator('script').count(), 0, 'no JavaScript');
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
        await expectNoViolations(page, `${file} ${scheme}`);
      });
    }
  }
});
