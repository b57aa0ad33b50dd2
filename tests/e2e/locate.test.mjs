// End-to-end: "Visa vad som gäller där jag är" — the browser's position (mocked by Chromium's geolocation
// override) looked up on the device in the dataset's own map: in Skiftinge it chooses Skiftinge; in Stockholm, or
// with the permission refused, it says so in one sentence and nothing else changes; the position is neither sent
// nor stored. Runs on both modules that can work the page (support/each_module.mjs), at the phone's size, where the
// button stands above the folded map; the first module hands the page to the full app, which asks. Runs against dist/ (or $E2E_DIST_DIR) in the system Chromium.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { forEachModule } from './support/each_module.mjs';
import { PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
const BUTTON = 'Visa vad som gäller där jag är';
/** In Skiftinge-Djursta (RegSO 0484R017), one of Skiftinge's two areas. */
const SKIFTINGE = { latitude: 59.39, longitude: 16.553 };
/** Sergels torg, Stockholm. */
const STOCKHOLM = { latitude: 59.3326, longitude: 18.0649 };

/**
 * Opens the list (with `query`) at the phone's size with the browser's position set to `position`, the
 * permission to use it granted unless `denied`; records every request's address and body.
 */
async function openWithPosition(newApp, position, { denied = false, query = '' } = {}) {
  const opened = await newApp({ viewport: PHONE });
  const context = opened.page.context();
  await context.clearPermissions();
  if (!denied) {
    await context.grantPermissions(['geolocation'], { origin: new URL(opened.app.baseUrl).origin });
  }
  await context.setGeolocation({ ...position, accuracy: 40 });
  const requested = [];
  opened.page.on('request', (request) => requested.push(request.url() + ' ' + (request.postData() ?? '')));
  await opened.app.openList(query);
  const locate = opened.page.getByRole('button', { name: BUTTON });
  const note = opened.page.locator('.locate__note:visible');
  return { ...opened, requested, locate, note };
}

/** Everything the page keeps in the browser's storage, as one text. */
async function stored(page) {
  return page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
}

forEachModule((module, newApp, test) => {
  test('in Skiftinge it chooses Skiftinge, says so, and neither sends nor keeps the position', async () => {
    const { app, page, problems, requested, locate, note } = await openWithPosition(newApp, SKIFTINGE);
    assert.match(
      normalize(await page.locator('.locate').textContent()),
      /Din position används bara i din telefon och sparas inte\./,
      'the page says the position stays on the phone',
    );
    await locate.click();
    await app.waitForParams((p) => p.get('omrade') === 'skiftinge', 'omrade=skiftinge');
    await app.expectDistrict(5, 10, 'Skiftinge');
    // The full app asks (it reads the map files); the first module hands the page over with the press.
    await app.expectModule({ handOver: true });
    await note.filter({ hasText: 'Du är i Skiftinge – löftena för området visas nu.' }).waitFor();
    assert.equal(await note.getAttribute('role'), 'status');
    assert.equal(await locate.getAttribute('aria-busy'), 'false', 'no longer looking');
    for (const coordinate of ['59.39', '16.553', '59,39', '16,553']) {
      assert.ok(!requested.some((r) => r.includes(coordinate)), `no request carries ${coordinate}: ${requested}`);
      assert.ok(!(await stored(page)).includes(coordinate), `nothing stored holds ${coordinate}`);
    }
    await page.goBack();
    await app.expectShowing(15);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
    if (module === 'first') {
      await mkdir(ARTIFACTS, { recursive: true });
      await page.goForward();
      await app.expectDistrict(5, 10, 'Skiftinge');
      await locate.click();
      await note.filter({ hasText: 'Du är i Skiftinge' }).waitFor();
      await page.screenshot({ path: new URL('locate-phone.png', ARTIFACTS).pathname });
    }
  });

  test('in Stockholm it says the position is outside the kommun, and nothing else changes', async () => {
    const { app, page, locate, note } = await openWithPosition(newApp, STOCKHOLM, { query: '?tema=narkotika' });
    const before = page.url();
    const count = normalize(await app.resultCount.textContent());
    await locate.click();
    await note.filter({ hasText: 'Din position ligger utanför Eskilstuna kommun, så inget område har valts.' }).waitFor();
    assert.equal(page.url(), before, 'the address is as it was');
    assert.equal(normalize(await app.resultCount.textContent()), count, 'the result is as it was');
    assert.equal(await locate.getAttribute('aria-busy'), 'false');
    if (module === 'first') await page.screenshot({ path: new URL('locate-outside-phone.png', ARTIFACTS).pathname });
  });

  test('with the permission refused it says so, and nothing else changes', async () => {
    const { app, page, locate, note } = await openWithPosition(newApp, SKIFTINGE, { denied: true });
    await locate.click();
    await note.filter({ hasText: 'Webbläsaren fick inte använda din position, så inget område har valts.' }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'no district chosen');
    await app.expectShowing(15);
  });
});
