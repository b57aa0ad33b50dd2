// Page object for the promise list: what a user sees and does, in the app's own words (roles, labels, test ids).
// Every wait here is an auto-waiting locator or a polled condition; there are no fixed sleeps.
import assert from 'node:assert/strict';

/** Playwright waits against, for failure messages that show what the page had instead. */
async function explainTimeout(promise, describe) {
  try {
    return await promise;
  } catch (error) {
    if (error?.name === 'TimeoutError') {
      throw new assert.AssertionError({ message: `${await describe()}\n(${error.message.split('\n')[0]})` });
    }
    throw error;
  }
}

/** What `<html data-app>` says when each module works the page (public/boot.js). */
const DATA_APP = { first: 'forsta', full: 'klar' };

export class PromisesPage {
  /**
   * @param {import('playwright-core').Page|import('playwright-core').Frame} page
   * @param {string} baseUrl the app's root URL, ending in "/"
   * @param {{ module?: 'first'|'full' }} [options] the module the server starts the page with (support/server.mjs):
   *   the build's page as it is (`first`), or without its first module (`full`)
   */
  constructor(page, baseUrl, { module = 'first' } = {}) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.module = module;

    // The page is live: the first module works the build's page (`forsta`), or the full app has taken over (`klar`).
    this.appReady = page.locator('html[data-app]');
    this.prerendered = page.locator('#forhandsvisning');
    this.heading = page.getByRole('heading', { level: 1 });
    // Only what is on screen: the app renders its own while it waits, hidden until it takes over.
    this.loading = page.getByTestId('loading').filter({ visible: true });
    this.resultCount = page.getByTestId('result-count');
    // The cards on screen: the first module hides the build's cards that the filters leave out.
    this.cards = page.locator('[data-testid="promise-card"]:not([hidden] *)');
    this.currentCard = page.locator('[data-testid="promise-card"][aria-current="true"]');
    this.searchBox = page.getByRole('searchbox', { name: 'Sök bland löftena' });
    this.filterToggle = page.getByTestId('filter-toggle');
    // Shown ones only: the build's page has a hidden chip for every choice, for the first module.
    this.activeFilters = page.getByTestId('active-filter').filter({ visible: true });
    // Shown: the build's page holds a hidden one for the first module.
    this.emptyState = page.getByTestId('empty-state').filter({ visible: true });
    this.urlNotice = page.getByTestId('url-notice');
    this.errorPanel = page.getByTestId('error-panel');
    this.retryButton = this.errorPanel.getByRole('button', { name: 'Försök igen' });
    // "Nytt sedan ditt senaste besök" (src/components/visit_news.rs) and the cards' marks.
    // Shown ones only: the page always has the line (hidden on a first visit), for the first module to show.
    this.visitNews = page.getByTestId('visit-news').filter({ visible: true });
    this.visitCount = page.getByTestId('visit-count').filter({ visible: true });
    this.onlyNew = page.getByRole('checkbox', { name: 'Visa bara nya' });
    this.forgetVisits = page.getByRole('button', { name: 'Glöm mina besök' });
    this.newBadges = page.getByTestId('new-badge').filter({ visible: true });
  }

  /**
   * The root of the page on screen: the full app's once it has taken over (`data-app="klar"`), else the build's
   * page, which the first module works in place (crates/medborgarloften-first).
   */
  async liveRoot() {
    return (await this.page.locator('html[data-app="klar"]').count()) > 0 ? '#app' : '#forhandsvisning';
  }

  /** The same app (address and module) on another page or frame, e.g. a second tab of the same browser. */
  on(page) {
    return new PromisesPage(page, this.baseUrl, { module: this.module });
  }

  /** Navigates to the app with a query string such as "?ar=2019" ("" for none); does not wait for data. */
  async open(query = '') {
    await this.page.goto(new URL(query, this.baseUrl).href);
  }

  /**
   * The module that must be working the page now. The full app, where the server serves the page without its
   * first module, and where the address asks for another dataset (`data=`) or the embedded layout (`inbaddad=`),
   * which public/boot.js gives to the full app; else the first module, unless the test caused a hand-over.
   * @param {{ handOver?: boolean }} [options]
   */
  expectedModule({ handOver = false } = {}) {
    if (this.module === 'full' || handOver) return 'full';
    const params = new URL(this.page.url()).searchParams;
    return params.has('data') || params.has('inbaddad') ? 'full' : 'first';
  }

  /**
   * Waits until the app shows the dataset — it works the page (`data-app` on <html>: `forsta` for the first
   * module, `klar` once the full app has taken over, see src/take_over.rs), the result count is on screen and the
   * loading text is gone — and asserts that the module working it is the one this page expects
   * ({@link expectedModule}), so a spec never passes on the wrong one.
   * @param {{ handOver?: boolean }} [options] `handOver`: the test made the first module hand the page to the
   *   full app (a control or an address it does not have); the full app must have taken over.
   */
  async waitForList({ handOver = false } = {}) {
    const expected = this.expectedModule({ handOver });
    // The first module may hand over after it has set `forsta`; the full app is waited for until it has.
    const working = expected === 'full' ? this.page.locator('html[data-app="klar"]') : this.appReady;
    await explainTimeout(working.waitFor({ state: 'attached' }), () =>
      this.describe(expected === 'full' ? 'the full app never took over' : 'no module ever worked the page'),
    );
    await explainTimeout(this.resultCount.waitFor(), () => this.describe('the result count never appeared'));
    await this.loading.waitFor({ state: 'hidden' });
    await this.expectModule({ handOver });
  }

  /**
   * Asserts that the module working the page now is the one this page expects ({@link expectedModule}): e.g. after
   * a control that the first module handles itself, that it did not hand the page over.
   * @param {{ handOver?: boolean }} [options] see {@link waitForList}
   */
  async expectModule({ handOver = false } = {}) {
    const expected = this.expectedModule({ handOver });
    const dataApp = await this.page.locator('html').getAttribute('data-app');
    assert.equal(
      dataApp,
      DATA_APP[expected],
      `the ${expected === 'full' ? 'full app' : 'first module'} should work ${this.page.url()}, ` +
        `but <html data-app="${dataApp}">${this.module === 'full' ? ' (the server strips the first module)' : ''}`,
    );
  }

  /**
   * Opens the app and waits for the list.
   * @param {string} [query]
   * @param {{ handOver?: boolean }} [options] see {@link waitForList}
   */
  async openList(query = '', options = {}) {
    await this.open(query);
    await this.waitForList(options);
  }

  /** The URL's query parameters right now. */
  params() {
    return new URL(this.page.url()).searchParams;
  }

  /** The values of a comma-separated query parameter (empty if absent). */
  paramValues(name) {
    const value = this.params().get(name);
    return value ? value.split(',') : [];
  }

  /** Waits until the URL satisfies `predicate(searchParams)`. */
  async waitForParams(predicate, what) {
    await explainTimeout(
      this.page.waitForURL((url) => predicate(url.searchParams)),
      async () => `URL never had ${what}; it is ${this.page.url()}`,
    );
  }

  /**
   * Waits until `shown` cards are listed and the count reads "Visar <shown> av <total> löften".
   * The card count and the text are checked together so a half-updated view does not pass, and only once the app
   * has taken over from the page the build rendered.
   */
  async expectShowing(shown, total = 15) {
    await this.expectCards(shown, `Visar ${shown} av ${total} löften`);
  }

  /**
   * With a district chosen: waits until `named` cards that name `place` and `wide` kommun-wide ones are listed and
   * the count reads e.g. "Visar 5 löften som nämner Fröslunda + 10 för hela kommunen (av 15)".
   */
  async expectDistrict(named, wide, place, total = 15) {
    const noun = named === 1 ? 'löfte' : 'löften';
    const apart = wide > 0 ? ` + ${wide} för hela kommunen` : '';
    await this.expectCards(named + wide, `Visar ${named} ${noun} som nämner ${place}${apart} (av ${total})`);
  }

  /** Waits until `shown` cards are listed and the result count reads `text`. */
  async expectCards(shown, text) {
    await explainTimeout(
      this.page.waitForFunction(
        ([n, expected]) =>
          document.documentElement.dataset.app &&
          document.querySelectorAll('[data-testid="promise-card"]:not([hidden] *)').length === n &&
          document.querySelector('[data-testid="result-count"]')?.textContent.replace(/\s+/g, ' ').trim() === expected,
        [shown, text],
        { polling: 'raf' },
      ),
      () => this.describe(`expected ${shown} cards and "${text}"`),
    );
    assert.equal(await this.cards.count(), shown);
    assert.equal(normalize(await this.resultCount.textContent()), text);
  }

  /**
   * Waits until keyboard focus is where `isIt(arg)` (run in the page, reading `document.activeElement`) says:
   * both modules move focus in the frame after a change (crates/medborgarloften-web/src/focus.rs), not during the
   * click. Fails saying where focus is instead.
   * @param {(arg: any) => boolean} isIt
   * @param {any} arg
   * @param {string} what e.g. "the result count"
   */
  async expectFocus(isIt, arg, what) {
    await explainTimeout(
      this.page.waitForFunction(isIt, arg),
      async () => {
        const on = await this.page.evaluate(() => {
          const el = document.activeElement;
          return el ? `<${el.localName}${el.id ? ` id=${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
        });
        return `focus never moved to ${what}; it is on ${on}`;
      },
    );
  }

  /** The data-promise-id of every listed card, in order. */
  async cardIds() {
    return this.cards.evaluateAll((cards) => cards.map((card) => card.dataset.promiseId));
  }

  /** The card for one promise, by its id. */
  card(id) {
    return this.page.locator(`[data-testid="promise-card"][data-promise-id="${id}"]`);
  }

  /**
   * Waits until the card for `id` is (at least partly) inside the viewport. Smooth scrolling takes a moment,
   * so this polls rather than checking once.
   */
  async waitForCardInViewport(id) {
    const where = () =>
      this.page.evaluate((promiseId) => {
        const box = document.getElementById(`lofte-${promiseId}`)?.getBoundingClientRect();
        return { cardTop: box?.top, cardBottom: box?.bottom, scrollY: window.scrollY, viewportHeight: window.innerHeight };
      }, id);
    await explainTimeout(
      this.page.waitForFunction((promiseId) => {
        const box = document.getElementById(`lofte-${promiseId}`)?.getBoundingClientRect();
        return box && box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
      }, id),
      async () => `card lofte-${id} never scrolled into the viewport: ${JSON.stringify(await where())}`,
    );
  }

  /** A filter group (a fieldset) by its legend: "År", "Vem lovar", "Område", "Tema" or "Status". */
  group(legend) {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  /** A filter checkbox; its label is the choice followed by its count, e.g. "2019 (12)". */
  checkbox(legend, choice) {
    return this.group(legend).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(choice)}\\s*\\(`) });
  }

  /** On a phone the filters are behind a toggle; opens them if they are closed. */
  async openFiltersIfClosed() {
    if ((await this.filterToggle.isVisible()) && (await this.filterToggle.getAttribute('aria-expanded')) !== 'true') {
      await this.filterToggle.click();
    }
    await this.group('År').waitFor();
  }

  /** Ticks a filter choice (opening the panel first if needed). */
  async check(legend, choice) {
    await this.openFiltersIfClosed();
    await this.checkbox(legend, choice).check();
  }

  /** Types a search; the app filters as the user types. */
  async search(text) {
    await this.searchBox.fill(text);
  }

  /** The "Rensa filter" button inside the empty state. */
  emptyStateClearButton() {
    return this.emptyState.getByRole('button', { name: 'Rensa filter' });
  }

  /** Page width overflow: how far the document is wider than the viewport (0 when nothing scrolls sideways). */
  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /**
   * The elements on screen among `locator`'s that reach past the left or right edge of the window (cut, or only
   * seen by scrolling sideways), as "what: left–right of width" lines; [] when every one is whole.
   * @param {import('playwright-core').Locator} locator
   * @param {string} what a name for the failure message, e.g. "card"
   */
  async cutAtTheSides(locator, what) {
    const cut = await locator.evaluateAll((elements) => {
      const width = document.documentElement.clientWidth;
      return elements
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.left < -0.5 || box.right > width + 0.5)
        .map((box) => `${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
    });
    return cut.map((where) => `${what}: ${where}`);
  }

  /**
   * Scrolls the page from top to bottom, a card at a time, and returns where a card and `cover` (e.g. the sticky
   * map) are drawn over each other, as "scrolled to y: card i at …, cover at …" lines; [] when they never are.
   * @param {import('playwright-core').Locator} cover
   */
  async cardsUnder(cover) {
    const handle = await cover.elementHandle({ timeout: 1_000 }).catch(() => null);
    if (!handle) return [];
    return this.page.evaluate(async (over) => {
      const found = [];
      const cards = [...document.querySelectorAll('[data-testid="promise-card"]:not([hidden] *)')];
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = (el) => el.getBoundingClientRect();
      const show = (b) => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;
      for (const card of [null, ...cards]) {
        // Instantly: the page scrolls smoothly otherwise, and would be measured on the way.
        if (card) card.scrollIntoView({ block: 'center', behavior: 'instant' });
        await frame();
        const o = box(over);
        if (o.width === 0 || o.height === 0) continue;
        cards.forEach((other, i) => {
          const c = box(other);
          if (c.left < o.right - 0.5 && o.left < c.right - 0.5 && c.top < o.bottom - 0.5 && o.top < c.bottom - 0.5) {
            found.push(`scrolled to ${Math.round(window.scrollY)}: card ${i + 1} at ${show(c)}, over it ${show(o)}`);
          }
        });
      }
      window.scrollTo({ top: 0, behavior: 'instant' });
      return [...new Set(found)];
    }, handle);
  }

  /** A short account of the page for failure messages. */
  async describe(expectation) {
    const summary = await this.page
      .evaluate(() => ({
        app: document.documentElement.dataset.app ?? null,
        count: document.querySelector('[data-testid="result-count"]')?.textContent?.trim() ?? null,
        cards: document.querySelectorAll('[data-testid="promise-card"]').length,
        body: document.body?.innerText.replace(/\s+/g, ' ').trim().slice(0, 400) ?? '',
      }))
      .catch((error) => ({ error: String(error) }));
    return `${expectation}.\nURL: ${this.page.url()}\nPage: ${JSON.stringify(summary)}`;
  }
}

/** Collapses whitespace as a reader sees it. */
export function normalize(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
