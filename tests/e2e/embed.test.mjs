// End-to-end: embedding in another site. The "Bädda in" dialog of the full app gives the code; a host page on a
// DIFFERENT origin (a second server on another port) pastes it, so the app runs in a real cross-origin iframe
// and public/embed.js on the host sizes the frame from the app's postMessage height reports.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStaticServer } from './support/server.mjs';
import { PHONE, launchBrowser, openPage } from './support/browser.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import { holdModule } from './support/hold.mjs';

let appServer;
let hostServer;
let hostDir;
let browser;

before(async () => {
  appServer = await startStaticServer();
  hostDir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-host-'));
  await writeFile(path.join(hostDir, 'index.html'), '<!doctype html><title>Värdsida</title><p>Ingen ram än.</p>');
  hostServer = await startStaticServer(hostDir);
  // Service workers allowed: the frame must not register one by itself.
  browser = await launchBrowser({ serviceWorkers: 'allow' });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appServer.url });
});

after(async () => {
  await browser?.close();
  await appServer?.stop();
  await hostServer?.stop();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

/** Opens the full app with `query`, and returns the code its "Bädda in" dialog offers. */
async function embedCodeFor(query) {
  const { page } = await openPage(browser.context);
  const app = new PromisesPage(page, appServer.url);
  await app.openList(query);
  await page.getByTestId('embed-open').click();
  // The dialog is the full app's: the first module hands the page over, and the app opens it.
  const dialogCode = page.locator('#app').getByTestId('embed-code');
  await dialogCode.waitFor();
  const code = await dialogCode.inputValue();
  await page.close();
  return code;
}

/** Writes a host page (on the host origin) around `snippet` and opens it in `context`; returns the page and the
 * app frame. */
async function openHostPage(context, snippet) {
  await writeFile(
    path.join(hostDir, 'index.html'),
    `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Eskilstuna kommun</title>
<body><h1>Trygghet i Eskilstuna</h1>${snippet}<p id="after">Sidfot på värdsidan.</p></body></html>`,
  );
  const { page, problems } = await openPage(context);
  await page.goto(hostServer.url);
  const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
  await frame.waitForURL(/inbaddad=1/);
  return { page, frame, problems, app: new PromisesPage(frame, appServer.url) };
}

/** The frame's own height in CSS px, and the height the host gave the <iframe>. */
async function heights(page, frame) {
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const given = await page.locator('iframe').evaluate((iframe) => iframe.style.height);
  return { content, given };
}

/** Waits until the host has sized the frame to the frame's content height (read once the list is on screen). */
async function waitForFrameFit(page, frame) {
  const { content } = await heights(page, frame);
  await page
    .waitForFunction((px) => document.querySelector('iframe').style.height === `${px}px`, content)
    .catch(async (error) => {
      const now = JSON.stringify(await heights(page, frame));
      throw new assert.AssertionError({ message: `frame never fitted ${content}px: ${now}\n${error.message}` });
    });
}

describe('the "Bädda in" dialog in the full app', () => {
  test('gives an escaped <iframe> for the current view with its filters, copies it, and hands focus back', async () => {
    const { page, problems } = await openPage(browser.context);
    const app = new PromisesPage(page, appServer.url);
    await app.openList('?ar=2019&q=krog');
    const opener = page.getByTestId('embed-open');
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Bädda in på en annan webbplats' });
    await dialog.waitFor();
    const code = page.getByTestId('embed-code');
    assert.equal(await code.evaluate((el) => el === document.activeElement), true, 'the code has focus');
    const snippet = await code.inputValue();
    assert.match(snippet, new RegExp(`^<iframe src="${appServer.url}inbaddad.html\\?ar=2019&amp;q=krog&amp;inbaddad=1" title="[^"]+"`));
    assert.match(snippet, new RegExp(`<script src="${appServer.url}embed.js" async></script>$`));
    assert.match(snippet, / allow="clipboard-write" /, 'copying a link works inside the frame');

    await dialog.getByRole('button', { name: 'Kopiera koden' }).click();
    await dialog.getByText('Koden är kopierad.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true, 'focus is back on "Bädda in"');
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });
});

describe('the app in a cross-origin iframe', () => {
  test('compact layout, its filters, a fitted height, and filtering adds no host history entries', async () => {
    const snippet = await embedCodeFor('?ar=2019');
    // A fresh profile that never opened the app itself, so a service worker could only come from the frame.
    const visitor = await launchBrowser({ serviceWorkers: 'allow' });
    try {
      await inFrame(visitor.context, snippet);
    } finally {
      await visitor.close();
    }
  });
});

async function inFrame(context, snippet) {
    const { page, frame, problems, app } = await openHostPage(context, snippet);
    assert.notEqual(new URL(page.url()).origin, new URL(frame.url()).origin, 'the frame is cross-origin');

    await app.expectShowing(12);
    assert.equal(await frame.locator('.site-header.compact').count(), 1, 'compact header');
    assert.equal(await frame.locator('.site-footer').count(), 0, 'no footer chrome');
    assert.equal(await frame.getByTestId('embed-open').count(), 0, 'no "Bädda in" inside the frame');
    assert.equal(await frame.getByTestId('update-prompt').count(), 0);
    assert.equal(
      await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
      0,
      'no service worker registered from a frame',
    );
    await waitForFrameFit(page, frame);
    const fitted = await heights(page, frame);
    assert.ok(fitted.content > 300, `content height ${fitted.content}`);

    // Links that leave the app open outside the frame.
    const targets = await frame.locator('a[href]:not([href^="#"])').evaluateAll((links) => links.map((a) => a.target));
    assert.ok(targets.length > 0 && targets.every((t) => t === '_blank' || t === '_top'), `targets: ${targets}`);

    // Filtering inside the frame: the address keeps `inbaddad` and `ar`, the host's history does not grow.
    const historyBefore = await page.evaluate(() => history.length);
    await app.check('Vem lovar', 'Polisen');
    await app.waitForParams((p) => p.get('part') === 'polisen' && p.get('inbaddad') === '1' && p.get('ar') === '2019', 'part, ar and inbaddad');
    await app.search('krog');
    await app.waitForParams((p) => p.get('q') === 'krog' && p.get('inbaddad') === '1', 'q and inbaddad');
    await frame.getByTestId('active-filter').first().waitFor();
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'no host history entries');

    // Fewer cards: the app reports the smaller height and the host shrinks the frame.
    await waitForFrameFit(page, frame);
    const refitted = await heights(page, frame);
    assert.ok(refitted.content < fitted.content, `shrank from ${fitted.content} to ${refitted.content}`);

    // A message from anything but the frame is ignored.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          // Messages from one window arrive in order: once the marker is in, the fake report has been handled.
          window.addEventListener('message', (event) => event.data === 'marker' && resolve());
          window.postMessage({ type: 'medborgarloften:height', height: 5 }, '*');
          window.postMessage('marker', '*');
        }),
    );
    assert.equal((await heights(page, frame)).given, refitted.given);

    assert.deepEqual(problems.pageErrors, []);
}

describe('the address in embed mode', () => {
  test('clearing filters keeps inbaddad=1 and the layout compact', async () => {
    const { page } = await openPage(browser.context);
    const app = new PromisesPage(page, appServer.url);
    await app.openList('?inbaddad=1&ar=2018');
    const before = await page.evaluate(() => history.length);
    await app.activeFilters.first().click();
    await app.waitForParams((p) => p.get('inbaddad') === '1' && !p.has('ar'), 'inbaddad without ar');
    await app.expectShowing(15);
    assert.equal(await page.evaluate(() => history.length), before, 'replace, not push');
    assert.equal(normalize(await page.locator('.site-header').getAttribute('class')), 'site-header compact');
    await page.close();
  });
});

describe('the frame\'s first paint', () => {
  test('the snippet opens inbaddad.html, whose compact promises are readable before the app arrives; the app then takes them over', async () => {
    const snippet = await embedCodeFor('');
    assert.match(snippet, new RegExp(`^<iframe src="${appServer.url}inbaddad.html\\?inbaddad=1" `));
    await writeFile(
      path.join(hostDir, 'index.html'),
      `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Eskilstuna kommun</title><body><h1>Trygghet</h1>${snippet}</body></html>`,
    );
    // A browser of its own: the shared one has the app's service worker (embedCodeFor opened the app), whose
    // fetches the test could not hold.
    const visitor = await launchBrowser();
    try {
      const { page, problems } = await openPage(visitor.context);
      const gate = await holdModule(page, 'full');
      await page.goto(hostServer.url);
      await gate.requested;
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const cards = frame.locator('#forhandsvisning [data-testid="promise-card"]');
      assert.equal(await cards.count(), 15, 'the rendered promises, before any wasm');
      assert.equal(await frame.locator('#forhandsvisning .card--compact').count(), 15, 'in the compact layout');
      assert.equal(await frame.getByTestId('loading').count(), 0, 'no loading text');
      assert.equal(await frame.locator('html').getAttribute('data-app'), null);
      // A card opened before the app runs opens once it does: the same card, not the first one.
      const third = frame.locator('#forhandsvisning [data-testid="promise-card"]').nth(2);
      const id = await third.getAttribute('data-promise-id');
      await third.getByTestId('card-expand').click();
      gate.release();
      const app = new PromisesPage(frame, appServer.url);
      await app.expectShowing(15);
      await frame.locator('html[data-app="klar"]').waitFor({ state: 'attached' });
      assert.equal(await app.card(id).getByTestId('card-expand').getAttribute('aria-expanded'), 'true');
      assert.equal(await frame.locator('[data-testid="card-expand"][aria-expanded="true"]').count(), 1);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await visitor.close();
    }
  });
});

describe('embedded on a phone (a 390 px host page)', () => {
  test('the frame is sized once, and "Filter" opens the filters where the resident looks, with "Visa N löften" on screen', async () => {
    const snippet = await embedCodeFor('');
    assert.match(snippet, new RegExp(`</iframe>\\n<p><a href="${appServer.url}">Visa medborgarlöftena på en egen sida</a></p>\\n<script`));
    const phone = await launchBrowser({ viewport: PHONE });
    try {
      await writeFile(
        path.join(hostDir, 'index.html'),
        `<!doctype html><html lang="sv"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eskilstuna kommun</title><body><h1>Trygghet i Eskilstuna</h1><p>Kommunens text före ramen.</p>${snippet}</body></html>`,
      );
      const { page, problems } = await openPage(phone.context);
      // Every height the host gives the frame, from the start.
      await page.addInitScript(() => {
        window.__heights = [];
        new MutationObserver(() => {
          const height = document.querySelector('iframe')?.style.height;
          if (height && height !== window.__heights.at(-1)) window.__heights.push(height);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
      });
      await page.goto(hostServer.url);
      const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await page.waitForEvent('frameattached'));
      await frame.waitForURL(/inbaddad=1/);
      const app = new PromisesPage(frame, appServer.url);
      await app.expectShowing(15);
      await waitForFrameFit(page, frame);
      const { content } = await heights(page, frame);
      assert.deepEqual(await page.evaluate(() => window.__heights), [`${content}px`], 'one height after the snippet\'s own');

      // The resident has read down to the frame's "Filter" and taps it.
      await frame.getByTestId('filter-toggle').evaluate((button) => button.scrollIntoView({ block: 'center' }));
      await app.filterToggle.click();
      const done = frame.getByTestId('filter-done');
      await done.waitFor();
      const onScreen = async (locator, what) => {
        const box = await locator.boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `${what} at ${JSON.stringify(box)}, the screen is ${PHONE.height} px`);
      };
      await onScreen(frame.locator('.filters__heading'), 'the sheet\'s heading');
      await onScreen(done, '"Visa N löften"');
      await app.checkbox('År', '2018').check();
      await app.expectShowing(3);
      await onScreen(done, '"Visa 3 löften" after a tick');
      assert.equal(normalize(await done.textContent()), 'Visa 3 löften');
      await done.click();
      assert.equal(await app.filterToggle.getAttribute('aria-expanded'), 'false');
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await phone.close();
    }
  });
});
