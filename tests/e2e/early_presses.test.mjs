// End-to-end: nothing a resident does before the page's module runs is lost (public/boot.js holds such presses and
// makes them again once a module works the page). The module's script is held back by the test, as a slow phone
// network holds it, until the resident has tapped; then it is let through. On both modules: the first module on the
// site's own page, and the full app, which takes the rendered page over and gets the press on its own control.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { holdModule } from './support/hold.mjs';
import { expectNoViolations } from './support/axe.mjs';

/** The status public/boot.js shows while a press waits, as a reader sees it ("" when there is none). */
async function waitingText(page) {
  const status = page.getByTestId('waiting');
  return (await status.count()) === 0 ? '' : (await status.innerText()).trim();
}

forEachModule((module, newApp, test) => {
  describe('presses made before the module runs', () => {
    test('on a phone, "Filter" tapped early opens the filters once the module runs', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      const gate = await holdModule(page, module);
      await app.open();
      await gate.requested;
      await app.filterToggle.click();
      assert.equal(await page.locator('html').getAttribute('data-app'), null, 'no module works the page yet');
      assert.equal(await waitingText(page), 'Sidan laddas – det du valde görs strax.');
      assert.equal(await app.filterToggle.getAttribute('aria-expanded'), 'false', 'the sheet waits for the module');
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, `with the status shown, ${colorScheme}`);
      }
      gate.release();
      await app.waitForList();
      await app.group('År').waitFor();
      assert.equal(await app.filterToggle.getAttribute('aria-expanded'), 'true');
      assert.equal(await waitingText(page), '', 'the status is gone once the press is made');
    });

    test('on a desktop, a box ticked early and a district chosen early both filter the list once the module runs', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      const gate = await holdModule(page, module);
      await app.open();
      await gate.requested;
      const box = app.checkbox('År', '2019');
      await box.click();
      assert.equal(await box.isChecked(), false, 'no tick that the module would take away again');
      await app.checkbox('Område', 'Skiftinge').click();
      assert.equal(await waitingText(page), 'Sidan laddas – det du valde görs strax.');
      gate.release();
      await app.waitForList();
      await app.expectDistrict(4, 8, 'Skiftinge');
      await app.waitForParams((params) => params.get('ar') === '2019' && params.get('omrade') === 'skiftinge', 'ar=2019&omrade=skiftinge');
      assert.equal(await app.checkbox('År', '2019').isChecked(), true);
      assert.equal(await app.checkbox('Område', 'Skiftinge').isChecked(), true);
    });

    test('the search box works before the module runs: its label focuses it, and the words typed are searched for once it does', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      const gate = await holdModule(page, module);
      await app.open();
      await gate.requested;
      await page.getByText('Sök bland löftena', { exact: true }).click();
      await app.expectFocus(() => document.activeElement?.matches('input[type=search], input#sok'), null, 'the search box');
      await page.keyboard.type('trafik');
      assert.equal(await waitingText(page), '', 'nothing waits: the box needs no module');
      gate.release();
      await app.waitForList();
      await app.waitForParams((params) => params.get('q') === 'trafik', 'q=trafik');
      assert.equal(await app.searchBox.inputValue(), 'trafik');
    });

    test('a press after the module runs is not held', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList();
      await app.checkbox('År', '2018').click();
      await app.expectShowing(3);
      assert.equal(await waitingText(page), '');
    });
  });
});
