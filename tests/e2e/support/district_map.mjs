// Page object for the district map: the <details> section, the SVG areas, the legend and the district list.
// Locators are test ids and roles; every wait is an auto-waiting locator or a polled condition.
import assert from 'node:assert/strict';

export class DistrictMap {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.section = page.locator('details.district-map');
    this.summary = page.getByText('Karta över områdena', { exact: true });
    this.svg = page.getByTestId('district-map');
    this.areas = page.getByTestId('map-area');
    this.districts = page.getByTestId('map-district');
    this.legend = page.getByTestId('map-legend');
    this.list = page.getByTestId('map-district-list');
    this.wholeToggle = page.getByRole('button', { name: 'Zooma ut till hela kommunen' });
    this.caption = page.locator('.district-map__caption');
  }

  /** The interactive map group of one district, by its id (e.g. "froslunda"). */
  district(id) {
    return this.page.locator(`[data-testid="map-district"][data-district-id="${id}"]`);
  }

  /** The list's toggle button for one district. */
  listButton(id) {
    return this.list.locator(`button[data-district-id="${id}"]`);
  }

  /** Opens the map section if it starts closed (it does on a phone) and waits for the drawn map. */
  async open() {
    if ((await this.section.getAttribute('open')) === null) await this.summary.click();
    await this.svg.waitFor();
  }

  /** Waits until exactly `n` areas are drawn. */
  async expectAreas(n) {
    await this.page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="map-area"]').length === count,
      n,
      { polling: 'raf' },
    );
    assert.equal(await this.areas.count(), n);
  }

  /** Waits until the district's map group has aria-pressed = `pressed`. */
  async expectPressed(id, pressed) {
    const want = String(pressed);
    await this.page.waitForFunction(
      ([district, value]) =>
        document.querySelector(`[data-testid="map-district"][data-district-id="${district}"]`)?.getAttribute('aria-pressed') === value,
      [id, want],
      { polling: 'raf' },
    );
    assert.equal(await this.district(id).getAttribute('aria-pressed'), want);
  }
}
