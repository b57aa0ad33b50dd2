// End-to-end: follow-up as a visitor sees it — progress toward targets, the history of a promise, the period's
// plan, the year overview that doubles as a filter — on the fictional example dataset and on the real one
// (which has no published results). Also: a dataset address on another website is refused without a request.
// Runs against dist/ (or $E2E_DIST_DIR) in the system Chromium; see scripts/test.sh. The real data runs on both
// modules that can work the page (support/each_module.mjs); another dataset (?data=) is the full app's on either
// server, so those specs run once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';

const EXAMPLE = '?data=data/exempelkommun.json';
const EXAMPLE_TOTAL = 8;
const ARTIFACTS = new URL('./artifacts/', import.meta.url);
// The example's dates are relative to this day: the 2026 final report is due 31 January 2027, 66 days later.
const TODAY = new Date('2026-11-26T12:00:00');

/** Opens a page of `newApp`'s session with the clock fixed at TODAY (before the app reads it). */
async function openAt(newApp, query, options = {}) {
  const opened = await newApp(options);
  await opened.page.clock.setFixedTime(TODAY);
  await opened.app.openList(query);
  return opened;
}

/** A period section by its heading, e.g. "Medborgarlöfte 2019". */
function period(page, title) {
  return page.getByRole('region', { name: title, exact: true });
}

/** Opens a period's folded "Om löftena …" (intro, goal and the overview) if it is closed. */
async function openAbout(section) {
  const about = section.getByTestId('period-about');
  if ((await about.getAttribute('open')) === null) await about.locator('summary').click();
}

/** For one period: the overview's counts and the cards' own statuses and parties, counted. */
async function overviewAndCards(section) {
  return section.evaluate((root) => {
    const overview = { status: {}, part: {} };
    for (const button of root.querySelectorAll('[data-testid="overview-count"]')) {
      overview[button.dataset.facet][button.dataset.id] = {
        count: Number(button.querySelector('.overview__number').textContent),
        label: button.querySelector('span:not(.overview__dot)').textContent.trim(),
      };
    }
    const cards = { status: {}, party: {} };
    for (const card of root.querySelectorAll('[data-testid="promise-card"]')) {
      const status = card.querySelector('[data-testid="status"]').textContent.trim();
      cards.status[status] = (cards.status[status] ?? 0) + 1;
      const party = card.querySelector('[data-testid="party"]').textContent.trim();
      cards.party[party] = (cards.party[party] ?? 0) + 1;
    }
    return { overview, cards };
  });
}

forEachModule((module, newApp, test) => {
  describe('follow-up on the real Eskilstuna data (no published results)', () => {
    test('every card says "Ingen uppföljning publicerad" and the plan and overview say what was planned', async () => {
      const { app, page } = await openAt(newApp, '');
      await app.expectShowing(15);
      const statuses = (await app.cards.getByTestId('status').allTextContents()).map(normalize);
      assert.equal(statuses.length, 15);
      assert.ok(statuses.every((s) => s === 'Ingen uppföljning publicerad'), statuses.join(', '));
      // One short line per card, not a sentence each card repeats.
      assert.equal(await app.cards.filter({ hasText: 'har inte publicerat' }).count(), 0);
      assert.equal(await page.getByTestId('progress').count(), 0, 'no progress bars without results');
      assert.equal(await page.getByTestId('history').count(), 0);

      const p2019 = period(page, 'Medborgarlöfte 2019');
      const plan = (await p2019.getByTestId('plan-report').allInnerTexts()).map(normalize);
      assert.equal(plan.length, 3);
      for (const [i, month] of ['maj 2019', 'september 2019', 'januari 2020'].entries()) {
        assert.ok(plan[i].startsWith(month), `${plan[i]} starts with ${month}`);
        assert.ok(plan[i].endsWith('datum passerat'), plan[i]);
      }
      assert.equal(normalize(await p2019.getByTestId('next-report').textContent()), 'Alla planerade redovisningsdatum har passerat.');
      // The answer first: visible without opening anything, above the period's cards; the plan is in the fold.
      const answer = p2019.getByTestId('period-status');
      assert.equal(await answer.isVisible(), true, 'the period says where it stands without a click');
      assert.equal(normalize(await answer.textContent()), 'Ingen uppföljning publicerad för något av 2019 års 12 löften.');
      const [answerBottom, firstCardTop] = await Promise.all([
        answer.evaluate((el) => el.getBoundingClientRect().bottom),
        app.cards.first().evaluate((el) => el.getBoundingClientRect().top),
      ]);
      assert.ok(answerBottom <= firstCardTop, `the answer (${answerBottom}) is above the first card (${firstCardTop})`);
      assert.equal(await p2019.getByTestId('period-about').getAttribute('open'), null, 'the background stays folded');
      assert.equal(
        normalize(await p2019.getByTestId('overview-summary').textContent()),
        'Enligt planen skulle löftena redovisas i maj och september 2019 och slutredovisas i januari 2020.',
      );
      const { overview, cards } = await overviewAndCards(p2019);
      assert.deepEqual(overview.status, { 'ej-uppfoljt': { count: 12, label: 'Ingen uppföljning publicerad' } });
      assert.deepEqual(cards.status, { 'Ingen uppföljning publicerad': 12 });

      const p2018 = period(page, 'Medborgarlöfte 2018');
      assert.match(normalize(await p2018.getByTestId('period-status').textContent()), /^Ingen uppföljning per löfte .* finns som dokument\.$/);
      assert.match(normalize(await p2018.getByTestId('overview-summary').textContent()), /inte inlagda här löfte för löfte/);
      const doc = p2018.getByRole('link', { name: 'Uppföljning Eskilstuna kommun tertial 1-3 2018.pdf' });
      assert.equal(await doc.getAttribute('href'), 'https://polisen.se/om-polisen/medborgarloften/eskilstuna/');
    });
  });
});

// Once: another dataset is the full app's on either server (public/boot.js).
describe('on one module', () => {
  const newApp = useAppSession();

  describe('follow-up on the example dataset', () => {
    test('is labelled as example data and shows progress in words and as a bar', async () => {
      const { app, page, problems } = await openAt(newApp, EXAMPLE);
      await app.expectShowing(EXAMPLE_TOTAL, EXAMPLE_TOTAL);
      await page.getByTestId('example-label').waitFor();

      const traffic = app.card('2026-polisen-trafik');
      assert.equal(normalize(await traffic.getByTestId('status').textContent()), 'Pågår');
      const bar = traffic.getByRole('progressbar');
      assert.equal(await bar.getAttribute('value'), '143');
      assert.equal(await bar.getAttribute('max'), '200');
      await traffic.getByRole('progressbar', { name: /^Trafikkontroller i Norrby och Ängsbacken: 143 av 200$/ }).waitFor();
      assert.equal(normalize(await traffic.getByTestId('progress').textContent()), 'Trafikkontroller i Norrby och Ängsbacken: 143 av 200', 'the unit is not repeated');
      assert.doesNotMatch(normalize(await traffic.textContent()), /överträffat/);
      assert.equal(
        normalize(await traffic.getByTestId('latest-followup').textContent()),
        'Senast uppföljt 31 augusti 2026 i en delrapport för tertial 2.',
      );

      const exceeded = app.card('2025-polisen-trafik');
      assert.equal(normalize(await exceeded.getByTestId('status').textContent()), 'Genomfört');
      assert.match(normalize(await exceeded.getByTestId('progress').textContent()), /Trafikkontroller i Norrby: 212 av 150 – överträffat/);
      assert.equal(await exceeded.getByRole('progressbar').getAttribute('value'), '150', 'the bar is capped at the target');

      const missed = app.card('2025-gemensamt-trygghetsvandringar');
      assert.equal(normalize(await missed.getByTestId('status').textContent()), 'Delvis genomfört');
      assert.match(normalize(await missed.getByTestId('progress').textContent()), /Trygghetsvandringar med boende: 4 av 6$/);

      const none = app.card('2026-gemensamt-medborgardialog');
      assert.equal(normalize(await none.getByTestId('status').textContent()), 'Ingen uppföljning publicerad');
      assert.equal(await none.getByTestId('history').count(), 0, 'no history without follow-ups');

      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
    });

    test('the history expands into a dated timeline with tertials, statuses, values and sources', async () => {
      const { app } = await openAt(newApp, EXAMPLE);
      const card = app.card('2025-polisen-trafik');
      const history = card.getByTestId('history');
      const summary = history.locator('summary');
      // What the reader sees and a screen reader hears: the word that does not apply is not rendered.
      assert.equal(normalize(await summary.innerText()), 'Visa uppföljningar (3)');
      const entries = history.getByTestId('history-entry');
      assert.equal(await entries.first().isVisible(), false, 'closed at first');

      await summary.click();
      await entries.first().waitFor();
      const texts = (await entries.allInnerTexts()).map(normalize);
      assert.equal(texts.length, 3);
      assert.match(texts[0], /^30 april 2025 · avser tertial 1 \(januari–april\) Delrapport: Pågår/);
      assert.match(texts[0], /Uppnått hittills: 48 av 150 kontroller/);
      assert.match(texts[1], /^31 augusti 2025 · avser tertial 2 \(maj–augusti\) Delrapport/);
      assert.match(texts[2], /^31 december 2025 · avser tertial 3 \(september–december\) Slutrapport: Genomfört/);
      assert.match(texts[2], /Målet nåddes redan i oktober\./);
      const hrefs = await entries.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.equal(hrefs.length, 3);
      for (const href of hrefs) assert.match(href, /^https:\/\/example\.org\//);

      assert.match(texts[2], /Resultat: 212 av 150 kontroller/, 'a final report gives results, not "so far"');
      // The label follows the open state (the stylesheet shows "Dölj" while open), in the accessibility tree too.
      assert.equal(normalize(await summary.innerText()), 'Dölj uppföljningar (3)');
      await summary.click();
      await entries.first().waitFor({ state: 'hidden' });
      assert.equal(normalize(await summary.innerText()), 'Visa uppföljningar (3)');
    });

    test('filtering never hands one card\'s open history to another card', async () => {
      const { app, page } = await openAt(newApp, EXAMPLE);
      // The first card of 2025 is the one whose place a Kommunen filter gives to another promise.
      const card = app.card('2025-polisen-trafik');
      await card.getByTestId('history').locator('summary').click();
      await card.getByTestId('history-entry').first().waitFor();

      await app.check('Vem lovar', 'Kommunen');
      await app.expectShowing(5, EXAMPLE_TOTAL);
      const open = await page.locator('[data-testid="history"][open]').evaluateAll((all) =>
        all.map((d) => d.closest('[data-testid="promise-card"]').dataset.promiseId),
      );
      assert.deepEqual(open, [], 'no other card shows as opened');
    });

    test('the period shows its plan with passed dates and the next report', async () => {
      const { page } = await openAt(newApp, EXAMPLE);
      const plan = period(page, 'Medborgarlöfte 2026 (exempel)').getByTestId('followup-plan');
      const reports = (await plan.getByTestId('plan-report').allInnerTexts()).map(normalize);
      assert.deepEqual(reports, [
        'maj 2026 Redovisning, tertial 1 redovisad',
        'september 2026 Redovisning, tertial 2 redovisad',
        '31 januari 2027 Slutredovisning nästa',
      ]);
      assert.equal(
        normalize(await plan.getByTestId('next-report').textContent()),
        'Nästa redovisning: senast 31 januari 2027, om 66 dagar.',
      );
    });

    test('the overview counts match the cards, by status and by party', async () => {
      const { app, page } = await openAt(newApp, EXAMPLE);
      await app.expectShowing(EXAMPLE_TOTAL, EXAMPLE_TOTAL);
      for (const title of ['Medborgarlöfte 2026 (exempel)', 'Medborgarlöfte 2025 (exempel)']) {
        const { overview, cards } = await overviewAndCards(period(page, title));
        const byLabel = Object.fromEntries(Object.values(overview.status).map(({ label, count }) => [label, count]));
        assert.deepEqual(byLabel, cards.status, `${title}: status counts`);
        // A joint promise ("Polisen och kommunen") counts for both parties.
        for (const { label, count } of Object.values(overview.part)) {
          const cardsOfParty = Object.entries(cards.party)
            .filter(([party]) => party === label || party.toLowerCase().includes(label.toLowerCase()))
            .reduce((sum, [, n]) => sum + n, 0);
          assert.equal(count, cardsOfParty, `${title}: ${label}`);
        }
      }
      const p2025 = period(page, 'Medborgarlöfte 2025 (exempel)');
      assert.equal(normalize(await p2025.getByTestId('period-status').textContent()), 'Uppföljning publicerad för 4 av 4 löften, senast 31 december 2025.');
      assert.equal(normalize(await p2025.getByTestId('overview-summary').textContent()), 'Slutligt resultat finns för 4 av 4.');
    });

    test('pressing a status count filters the cards exactly like the status filter, and Back undoes it', async () => {
      const { app, page } = await openAt(newApp, EXAMPLE);
      const section = period(page, 'Medborgarlöfte 2026 (exempel)');
      await openAbout(section);
      const pagar = section.getByRole('group', { name: 'Status 2026' }).getByRole('button', { name: /^Pågår/ });
      assert.equal(await pagar.getAttribute('aria-pressed'), 'false');
      const expected = Number(await pagar.locator('.overview__number').textContent());

      await pagar.click();
      await app.waitForParams((params) => params.get('status') === 'pagar', 'status=pagar');
      assert.equal(await pagar.evaluate((button) => document.activeElement === button), true, 'focus stays on the pressed count');
      // Both periods are filtered; the filter panel agrees on the count and shows the choice ticked.
      await app.openFiltersIfClosed();
      const checkbox = app.checkbox('Status', 'Pågår');
      assert.equal(await checkbox.isChecked(), true);
      const panelLabel = await checkbox.evaluate((input) => input.closest('label').textContent);
      const panelCount = Number(/\((\d+)\)/.exec(normalize(panelLabel))[1]);
      await app.expectShowing(panelCount, EXAMPLE_TOTAL);
      const statuses = (await app.cards.getByTestId('status').allTextContents()).map(normalize);
      assert.ok(statuses.every((s) => s === 'Pågår'), statuses.join(', '));
      const inSection = await section.getByTestId('promise-card').count();
      assert.equal(inSection, expected, 'the 2026 count was the number of 2026 cards it shows');
      assert.equal(await section.getByRole('button', { name: /^Pågår/ }).getAttribute('aria-pressed'), 'true');

      await page.goBack();
      await app.waitForParams((params) => !params.has('status'), 'no status');
      await app.expectShowing(EXAMPLE_TOTAL, EXAMPLE_TOTAL);
    });

    test('pressing a party count sets part= and keeps status=', async () => {
      const { app, page } = await openAt(newApp, `${EXAMPLE}&status=genomfort`);
      const section = period(page, 'Medborgarlöfte 2025 (exempel)');
      await openAbout(section);
      await section.getByRole('group', { name: 'Vem lovar 2025' }).getByRole('button', { name: /^Kommunen/ }).click();
      await app.waitForParams((p) => p.get('part') === 'kommunen' && p.get('status') === 'genomfort', 'part=kommunen&status=genomfort');
      assert.deepEqual(await app.cardIds(), ['2025-kommunen-skolor']);
    });
  });

  describe('a dataset on another website', () => {
    test('a dataset address on another website is not requested, and the notice says so', async () => {
      const { app, page } = await newApp();
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      await app.openList('?data=https://evil.example/x.json');
      await app.expectShowing(15);
      await page.waitForLoadState('networkidle');
      const origin = new URL(app.baseUrl).origin;
      const foreign = requested.filter((url) => new URL(url).origin !== origin);
      assert.deepEqual(foreign, [], 'no request leaves the app\'s origin');
      assert.ok(requested.some((url) => url.endsWith('/data/eskilstuna.json')), 'the default dataset is loaded instead');
      assert.equal(
        normalize(await app.urlNotice.textContent()),
        'Löften från andra webbplatser visas inte (https://evil.example/x.json). Du ser de vanliga löftena.',
      );
    });
  });

  describe('follow-up screenshots', () => {
    test('both datasets at 390×844 and 1280×800 (tests/e2e/artifacts/)', async () => {
      await mkdir(ARTIFACTS, { recursive: true });
      for (const [name, query, total] of [['example', EXAMPLE, EXAMPLE_TOTAL], ['eskilstuna', '', 15]]) {
        for (const viewport of [PHONE, DESKTOP]) {
          const { app, page } = await openAt(newApp, query, { viewport });
          await app.expectShowing(total, total);
          const history = page.getByTestId('history').first();
          if (await history.count()) await history.locator('summary').click();
          const file = `followup-${name}-${viewport.width}x${viewport.height}.png`;
          await page.screenshot({ path: new URL(file, ARTIFACTS).pathname, fullPage: true });
        }
      }
    });
  });
});
