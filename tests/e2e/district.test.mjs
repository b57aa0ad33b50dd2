// End-to-end: what applies where I live. A kommun-wide promise applies in every district, so choosing a district
// shows its own promises first and the kommun-wide ones under their own heading; a choice that would show nothing
// cannot be ticked. On both modules that can work the page (support/each_module.mjs).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';
import { DistrictMap } from './support/district_map.mjs';

/** The number in brackets at the end of a label, e.g. 5 of "Skiftinge (5)". */
function bracketed(text) {
  const found = normalize(text).match(/\((\d+)\)$/);
  assert.ok(found, `no count in "${text}"`);
  return Number(found[1]);
}

forEachModule((module, newApp, test) => {
  describe('choosing a district', () => {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`Skiftinge + Narkotika shows the kommun-wide drug promises under "Gäller hela kommunen" (${viewport.width} px)`, async () => {
        const { app, page } = await newApp({ viewport });
        await app.openList('?omrade=skiftinge&tema=narkotika');
        await app.resultCount.waitFor();
        assert.match(normalize(await app.resultCount.textContent()), /^Visar \d+ löften? som nämner Skiftinge \+ \d+ för hela kommunen \(av 15\)$/);
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

    test('a district has one count: the filter option, the map label, the caption and the result line agree', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList('?tema=trafik');
      const map = new DistrictMap(page);
      await map.open();
      const option = async () => bracketed(await app.checkbox('Område', 'Skiftinge').locator('xpath=..').textContent());
      const label = async () => bracketed(await page.locator('.map__label', { hasText: 'Skiftinge' }).textContent());
      const before = await option();
      assert.ok(before > 0, 'traffic promises name Skiftinge');
      assert.equal(await label(), before, 'the map label counts what the filter option counts');
      assert.equal(normalize(await map.caption.textContent()), 'Välj ett område för att filtrera löftena.');

      await app.check('Område', 'Skiftinge');
      await app.waitForParams((p) => p.get('omrade') === 'skiftinge', 'omrade=skiftinge');
      await page.waitForFunction(() => /som nämner Skiftinge/.test(document.querySelector('[data-testid="result-count"]').textContent));
      const line = normalize(await app.resultCount.textContent());
      const named = Number(line.match(/^Visar (\d+) löften? som nämner Skiftinge/)?.[1]);
      assert.equal(named, before, `the result line "${line}" gives the filter's count`);
      assert.equal(await option(), before, 'ticking it keeps its count');
      assert.equal(await label(), before);
      const noun = before === 1 ? 'löfte' : 'löften';
      assert.equal(normalize(await map.caption.textContent()), `Valt område: Skiftinge – ${before} ${noun} nämner det`);
      // The cards agree: those that name Skiftinge come first, the kommun-wide ones under their own heading.
      const listed = await page.locator('section.period .cards > li:not([hidden]) [data-testid="promise-card"]:not(.period__kommun-wide *)').count();
      assert.equal(listed, before);
    });

    test('a search for a district\'s name finds the promises its count says', async () => {
      const { app } = await newApp({ viewport: DESKTOP });
      await app.openList();
      const count = bracketed(await app.checkbox('Område', 'Skiftinge').locator('xpath=..').textContent());
      await app.search('Skiftinge');
      await app.expectShowing(count);
    });

    test('ticking a district in the phone sheet changes its button: the promises that name it, then the kommun-wide', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList();
      await app.filterToggle.click();
      const done = page.getByTestId('filter-done');
      assert.equal(normalize(await done.textContent()), 'Visa 15 löften');
      assert.equal(normalize(await app.checkbox('Område', 'Skiftinge').locator('xpath=..').textContent()), 'Skiftinge (5)');
      await app.checkbox('Område', 'Skiftinge').check();
      await app.expectDistrict(5, 10, 'Skiftinge');
      assert.equal(normalize(await done.textContent()), 'Visa 5 löften + 10 för hela kommunen');
      await done.click();
      await app.expectDistrict(5, 10, 'Skiftinge');
    });

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
