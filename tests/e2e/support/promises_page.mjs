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

export class PromisesPage {
  /**
   * @param {import('playwright-core').Page} page
   * @param {string} baseUrl the app's root URL, ending in "/"
   */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;

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

  /** Navigates to the app with a query string such as "?ar=2019" ("" for none); does not wait for data. */
  async open(query = '') {
    await this.page.goto(new URL(query, this.baseUrl).href);
  }

  /**
   * Waits until the app shows the dataset: it has taken over from the page the build rendered (`data-app="klar"`
   * on <html>, see src/take_over.rs), the result count is on screen and the loading text is gone.
   */
  async waitForList() {
    await explainTimeout(this.appReady.waitFor({ state: 'attached' }), () => this.describe('the app never took over'));
    await explainTimeout(this.resultCount.waitFor(), () => this.describe('the result count never appeared'));
    await this.loading.waitFor({ state: 'hidden' });
  }

  /** Opens the app and waits for the list. */
  async openList(query = '') {
    await this.open(query);
    await this.waitForList();
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
   * Waits until `shown` cards are listed and the count reads "Visar <shown> av <total> löften<detail>" (with a
   * district chosen, `detail` is e.g. ": 5 för Fröslunda, 10 för hela kommunen").
   * The card count and the text are checked together so a half-updated view does not pass, and only once the app
   * has taken over from the page the build rendered.
   */
  async expectShowing(shown, total = 15, detail = '') {
    const text = `Visar ${shown} av ${total} löften${detail}`;
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

  /** A short account of the page for failure messages. */
  async describe(expectation) {
    const summary = await this.page
      .evaluate(() => ({
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
