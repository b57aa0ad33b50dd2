// End-to-end: a kommun's own look (the dataset's `look`: a colour and a logo, crates/medborgarloften-core/src/dataset/look.rs).
// A site is built for a copy of datasets/trosa.json given a look, with its logo beside it (MEDB_DATASET, one release
// build); its page and its embed's page link the colour's stylesheet (utseende.css, written by the build: the CSP
// allows no inline style), the header is painted in the colour and shows the logo with its text, on the first
// module and on the full app, also under the documented CSP, and axe finds nothing in the light or the dark scheme.
// With MEDB_LOOK_SCREENSHOTS=<folder> it also saves the page at 390×844 in both schemes there; MEDB_LOOK_KEEP=1
// keeps the built site.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRelease } from './support/build_site.mjs';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './support/server.mjs';
import { launchBrowser, openPage, PHONE } from './support/browser.mjs';
import { PromisesPage } from './support/promises_page.mjs';
import { expectNoViolations } from './support/axe.mjs';
import { CSP } from './support/pwa.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COLOR = '#005a9c';
const COLOR_RGB = 'rgb(0, 90, 156)';
const ALT = 'Trosa kommuns logotyp';
const LOGO = 'bilder/trosa-logga.svg';
/** A small logo, three times as wide as high, drawn for a white background. */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
<path d="M4 4h28v18c0 8-7 13-14 15C11 35 4 30 4 22z" fill="#005a9c"/><path d="M10 12h16v4H10zm0 8h16v4H10z" fill="#ffffff"/>
<rect x="40" y="10" width="76" height="8" rx="2" fill="#1b1f24"/><rect x="40" y="24" width="52" height="6" rx="2" fill="#005a9c"/>
</svg>
`;

/** Builds the release for Trosa with a look, once for the file (both modules' servers share it). */
let building;
function buildOnce() {
  // MEDB_LOOK_DIST: a site this file built before (kept with MEDB_LOOK_KEEP=1), to rerun the checks without a build.
  if (process.env.MEDB_LOOK_DIST) building ??= Promise.resolve({ dir: null, dist: process.env.MEDB_LOOK_DIST });
  building ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-look-'));
    const data = JSON.parse(await readFile(path.join(ROOT, 'datasets/trosa.json'), 'utf8'));
    data.look = { color: COLOR, logo: LOGO, logo_alt: ALT };
    const file = path.join(dir, 'trosa.json');
    await writeFile(file, JSON.stringify(data, null, 2));
    await mkdir(path.join(dir, 'bilder'));
    await writeFile(path.join(dir, LOGO), LOGO_SVG);
    const dist = path.join(dir, 'dist');
    await buildRelease(dist, { MEDB_DATASET: file }, 'Trosa with a look');
    return { dir, dist };
  })();
  return building;
}

after(async () => {
  const site = await building?.catch(() => null);
  if (site?.dir && !process.env.MEDB_LOOK_KEEP) await rm(site.dir, { recursive: true, force: true });
  else if (site?.dir) console.log(`kept ${site.dist}`);
});

describe("the build's files for a kommun with a look", { timeout: 900_000 }, () => {
  let site;
  before(async () => {
    site = await buildOnce();
  }, { timeout: 900_000 });

  test('the page and the embed link utseende.css after the main stylesheet, and ship the logo', async () => {
    const css = await readFile(path.join(site.dist, 'utseende.css'), 'utf8');
    assert.match(css, /:root \{ --header: #005a9c; \}/);
    assert.match(css, /prefers-color-scheme: light\) \{ :root \{ --brand: #005a9c; \} \}/);
    for (const file of ['index.html', 'inbaddad.html']) {
      const html = await readFile(path.join(site.dist, file), 'utf8');
      const main = html.search(/<link rel="?stylesheet"? href="?\.\/style-/);
      const own = html.indexOf('<link rel="stylesheet" href="utseende.css">');
      assert.ok(main >= 0 && own > main, `${file} links utseende.css after the main stylesheet`);
      assert.match(html, /<img src="bilder\/trosa-logga\.svg" alt="Trosa kommuns logotyp"/, `${file} shows the logo`);
      assert.doesNotMatch(html, /<style|style="/, `${file} has no inline style`);
    }
    assert.equal(await readFile(path.join(site.dist, LOGO), 'utf8'), LOGO_SVG);
    const sw = await readFile(path.join(site.dist, 'sw.js'), 'utf8');
    assert.match(sw, /"utseende\.css"/, 'the offline app keeps the colour');
    assert.match(sw, /"bilder\/trosa-logga\.svg"/, 'and the logo');
    assert.ok(existsSync(path.join(site.dist, 'data/trosa.json')));
  });
});

for (const module of ['first', 'full']) {
  describe(`a kommun's look on the ${module === 'first' ? 'first module' : 'full app'}`, { timeout: 900_000 }, () => {
    let server;
    let cspServer;
    let browser;
    before(async () => {
      const site = await buildOnce();
      server = await startStaticServer(site.dist, { module });
      // The documented CSP (no inline style): axe, injected as an inline script, runs on the other server.
      cspServer = await startStaticServer(site.dist, { module, headers: { 'Content-Security-Policy': CSP } });
      browser = await launchBrowser({ viewport: PHONE });
    }, { timeout: 900_000 });
    after(async () => {
      await browser?.close();
      await server?.stop();
      await cspServer?.stop();
    });

    test('under the documented CSP the colour and the logo load, and nothing is refused', async () => {
      const { page, problems } = await openPage(browser.context);
      const app = new PromisesPage(page, cspServer.url, { module });
      await app.open('');
      await app.waitForList();
      const header = page.locator('header.site-header').first();
      assert.equal(await header.evaluate((el) => getComputedStyle(el).backgroundColor), COLOR_RGB);
      const logo = page.getByRole('img', { name: ALT });
      await logo.waitFor({ state: 'visible' });
      assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo loads');
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(
        problems.consoleErrors.filter((text) => /Content Security Policy|Refused/i.test(text)),
        [],
        'nothing refused by the CSP',
      );
      await page.close();
    });

    for (const scheme of ['light', 'dark']) {
      test(`${scheme}: the header is the kommun's colour, the logo shows with its text, and axe finds nothing`, async () => {
        const { page, problems } = await openPage(browser.context);
        await page.emulateMedia({ colorScheme: scheme });
        const app = new PromisesPage(page, server.url, { module });
        await app.open('');
        await app.waitForList();
        if (process.env.MEDB_LOOK_SCREENSHOTS) {
          await mkdir(process.env.MEDB_LOOK_SCREENSHOTS, { recursive: true });
          const shot = path.join(process.env.MEDB_LOOK_SCREENSHOTS, `look-${module}-${scheme}.png`);
          await page.screenshot({ path: shot });
        }
        const header = page.locator('header.site-header').first();
        assert.equal(await header.evaluate((el) => getComputedStyle(el).backgroundColor), COLOR_RGB);
        assert.equal(await header.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 255, 255)');
        const logo = page.getByRole('img', { name: ALT });
        await logo.waitFor({ state: 'visible' });
        // The drawn image (its content box; the light plate around it is padding).
        const box = await logo.evaluate((img) => ({
          loaded: img.complete && img.naturalWidth > 0,
          width: parseFloat(getComputedStyle(img).width),
          height: parseFloat(getComputedStyle(img).height),
          natural: img.naturalWidth / img.naturalHeight,
          fit: getComputedStyle(img).objectFit,
        }));
        assert.ok(box.loaded, 'the logo file loads');
        assert.ok(box.height > 0 && box.height <= 40, `at most 40px high: ${box.height}`);
        assert.ok(Math.abs(box.width / box.height - box.natural) < 0.05, `not stretched: ${JSON.stringify(box)}`);
        assert.equal(box.fit, 'contain', 'and never stretched should it be squeezed');
        // Links and buttons take the colour in the light scheme; the dark scheme keeps its own light link colour.
        const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
        assert.equal(brand, scheme === 'light' ? COLOR : '#9cc0f5');
        await expectNoViolations(page, `Trosa with its look, ${scheme}`);
        assert.deepEqual(problems.pageErrors, []);
        await page.close();
      });
    }

    test('the embed shows the colour and the logo too', async () => {
      const { page } = await openPage(browser.context);
      // The embed's page starts with the full app, which takes the rendered copy over (support/promises_page.mjs).
      const app = new PromisesPage(page, server.url, { module });
      await app.open('inbaddad.html?inbaddad=1');
      await app.waitForList();
      const header = page.locator('header.site-header').first();
      assert.equal(await header.evaluate((el) => getComputedStyle(el).backgroundColor), COLOR_RGB);
      await page.getByRole('img', { name: ALT }).first().waitFor({ state: 'visible' });
      await page.close();
    });
  });
}
