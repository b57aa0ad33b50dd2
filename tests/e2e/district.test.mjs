// End-to-end: what applies where I live. A kommun-wide promise applies in every district, so choosing a district
// shows its own promises first and the kommun-wide ones under their own heading; a choice that would show nothing
// cannot be ticked. On both modules that can work the page (support/each_module.mjs).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';

forEachModule((module, newApp, test) => {
  describe('choosing a district', () => {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`Skiftinge + Narkotika shows the kommun-wide drug promises under "Gäller hela kommunen" (${viewport.width} px)`, async () => {
        const { app, page } = await newApp({ viewport });
        await app.openList('?omrade=skiftinge&tema=narkotika');
        await app.resultCount.waitFor();
        assert.match(normalize(await app.resultCount.textContent()), /^Visar (\d+) av 15 löften: (\d+) för Skiftinge, (\d+) för hela kommunen$/);
        assert.equal(await app.emptyState.count(), 0, 'not "no promises"');
        const heading = page.getByTestId('kommun-wide-heading').first();
        assert.equal(normalize(await heading.textContent()), 'Gäller hela kommunen');
        // Every card after the heading concerns the whole kommun; every card before it names Skiftinge.
        const placed = await page.evaluate(() =>
          [...document.querySelectorAll('section.period')].flatMap((period) => {
            const h = period.querySelector('[data-testid="kommun-wide-heading"]');
            // The cards on screen (the build's page keeps the others, hidden, where it rendered them).
            return [...period.querySelectorAll('[data-testid="promise-card"]:not([hidden] *)')].map((card) => ({
              after: Boolean(h && h.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING),
              districts: card.querySelector('.card__facts div:nth-child(2) dd')?.textContent.trim(),
              text: card.textContent,
            }));
          }),
        );
        assert.ok(placed.length >= 2, `cards: ${JSON.stringify(placed.length)}`);
        for (const card of placed) {
          if (card.after) assert.equal(card.districts, 'Hela kommunen');
          else assert.match(card.districts, /Skiftinge/);
        }
        assert.ok(placed.some((c) => c.after && /narkotika|knark/i.test(c.text)), 'a kommun-wide drug promise is listed');
      });
    }

    test('no choice that would show nothing can be ticked, and it says why', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList('?ar=2018');
      const boxes = await page.locator('.facet input[type="checkbox"]').evaluateAll((inputs) =>
        inputs.map((input) => ({
          label: input.closest('label').textContent.replace(/\s+/g, ' ').trim(),
          disabled: input.disabled,
          checked: input.checked,
        })),
      );
      const zero = boxes.filter((b) => /\(0\)/.test(b.label) && !b.checked);
      assert.ok(zero.length > 0, 'the 2018 filter leaves some choices empty');
      for (const box of zero) {
        assert.equal(box.disabled, true, `${box.label} is disabled`);
        assert.match(box.label, /inga löften med de andra filtren/);
      }
      assert.ok(boxes.filter((b) => !/\(0\)/.test(b.label)).every((b) => !b.disabled), 'the others stay usable');
      const zeroButtons = await page.getByTestId('overview-count').evaluateAll((buttons) =>
        buttons.filter((b) => b.querySelector('.overview__number').textContent.trim() === '0' && b.getAttribute('aria-pressed') !== 'true').map((b) => b.disabled),
      );
      assert.ok(zeroButtons.every(Boolean), 'zero counts in the overview are disabled');
    });
  });
});
