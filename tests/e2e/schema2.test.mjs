// End-to-end: a schema version 2 dataset as a visitor sees it — the fictional Norrhamn fixture
// (tests/fixtures/schema2/valid/norrhamn.json) with a 2024–2027 period and one from June 2022 to May 2023,
// groups per stadsdel with their own intro and source, third-party promisers (Räddningstjänsten, a transport
// company, a housing company), sub-promises, reports without a verdict, dates known only to the month or year
// and results in words. The fixture is served at data/norrhamn.json by page.route, so it is not shipped.
// Runs against dist/ (or $E2E_DIST_DIR) in the system Chromium; see scripts/test.sh.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';

const FIXTURE = new URL('../fixtures/schema2/valid/norrhamn.json', import.meta.url);
const NORRHAMN = '?data=data/norrhamn.json';
const TOTAL = 5;
const ARTIFACTS = new URL('./artifacts/', import.meta.url);

const newApp = useAppSession();

/** Opens the app on the Norrhamn fixture (changed by `edit`, when given) with `query` added, and waits for the list. */
async function openNorrhamn(query = '', options = {}, edit = null) {
  const opened = await newApp(options);
  let body = await readFile(FIXTURE, 'utf8');
  if (edit) {
    const data = JSON.parse(body);
    edit(data);
    body = JSON.stringify(data);
  }
  await opened.page.route('**/data/norrhamn.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }),
  );
  await opened.app.openList(`${NORRHAMN}${query}`);
  return opened;
}

/** A period section by its heading. */
function period(page, title) {
  return page.getByRole('region', { name: title, exact: true });
}

describe('a schema 2 dataset', () => {
  test('periods over several years are headed and filtered by their years', async () => {
    const { app, page, problems } = await openNorrhamn();
    await app.expectShowing(TOTAL, TOTAL);
    const long = period(page, 'Medborgarlöften 2024–2027');
    await long.waitFor();
    // The period's background, goal and overview are folded under "Om löftena …".
    await long.getByTestId('period-about').locator('summary').click();
    assert.equal(normalize(await long.getByTestId('year-overview').getByRole('heading').textContent()), 'Uppföljning 2024–2027');
    assert.equal(normalize(await long.locator('.period__lead').textContent()), 'Polisen, kommunen och parterna lovar att:');
    const short = period(page, 'Medborgarlöfte juni 2022–maj 2023');
    assert.equal(normalize(await short.locator('.period__lead').textContent()), 'Polisen och kommunen lovar att:');
    await app.openFiltersIfClosed();
    assert.equal(await app.group('År').getByRole('checkbox').count(), 2);
    await app.checkbox('År', '2024–2027').waitFor();
    await app.checkbox('År', '2022–2023').waitFor();
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('ar=2025 shows the period 2024–2027 that spans it', async () => {
    const { app, page } = await openNorrhamn('&ar=2025');
    await app.expectShowing(4, TOTAL);
    await period(page, 'Medborgarlöften 2024–2027').waitFor();
    assert.equal(await period(page, 'Medborgarlöfte juni 2022–maj 2023').count(), 0);
    assert.equal(await app.urlNotice.count(), 0, 'a year inside a period is not an unknown value');
  });

  test('groups head their promises, with intro and source', async () => {
    const { page } = await openNorrhamn();
    const long = period(page, 'Medborgarlöften 2024–2027');
    const groups = long.getByTestId('promise-group');
    const headings = await groups.locator('.period__group-heading').allTextContents();
    assert.deepEqual(headings.map(normalize), ['Norrhamns centrum', 'Hamnen']);
    const centrum = page.getByRole('region', { name: 'Norrhamns centrum' });
    assert.match(normalize(await centrum.textContent()), /I centrum arbetar parterna särskilt/);
    assert.equal(
      await centrum.getByRole('link', { name: /Källa: example\.org\s*, om Norrhamns centrum/ }).getAttribute('href'),
      'https://example.org/norrhamn/medborgarloften/centrum',
    );
    assert.equal(await centrum.getByTestId('promise-card').count(), 2);
    assert.equal(await page.getByRole('region', { name: 'Hamnen' }).getByTestId('promise-card').count(), 2);
  });

  test('cards name their own promisers and show reports as published', async () => {
    const { app } = await openNorrhamn();
    const stops = app.card('hallplatser');
    assert.equal(normalize(await stops.getByTestId('party').textContent()), 'Polisen, kommunen och Norrtrafik');
    assert.equal(normalize(await stops.getByTestId('status').textContent()), 'Rapporterat utan bedömning');
    assert.match(normalize(await stops.textContent()), /minst 1 gemensam kontroll vid hållplatserna per vecka/);
    await stops.getByTestId('history').locator('summary').click();
    const entry = normalize(await stops.getByTestId('history-entry').first().textContent());
    assert.match(entry, /september 2024 · avser tertial 2 \(maj–augusti\)/, 'the September report is on May–August');
    assert.match(entry, /Rapport: Rapporterat utan bedömning/);
    assert.match(entry, /Rapporterat: ett 15-tal kontroller/);

    const walks = app.card('trygghetsvandringar');
    assert.equal(normalize(await walks.getByTestId('sub-promises').locator('p').textContent()), 'Kommunen stödjer polisens löfte genom:');
    assert.equal(await walks.getByTestId('sub-promises').getByRole('listitem').count(), 2);
    assert.match(normalize(await walks.getByTestId('latest-followup').textContent()), /^Senast uppföljt 2025 i en rapport\.$/);

    const stairs = app.card('trapphus');
    assert.equal(normalize(await stairs.getByTestId('party').textContent()), 'Hamnbostäder');
    // No follow-up: one short, quiet line, not a sentence repeated on every card.
    assert.equal(normalize(await stairs.getByTestId('status').textContent()), 'Ingen uppföljning publicerad');
    assert.doesNotMatch(normalize(await stairs.textContent()), /har inte publicerat/);
    assert.equal(normalize(await app.card('hallplatser').locator('.card__year').textContent()), '2024–2027');
  });

  test('a weekly target never reads "N av 1", and the May report says tertial 1', async () => {
    // The total so far, as the editors' guide asks, in the report of May: January–April is tertial 1.
    const { app, problems } = await openNorrhamn('', {}, (data) => {
      const stops = data.promises.find((p) => p.id === 'hallplatser');
      stops.followups = [{ date: '2024-05', status: 'pagar', achieved: { kontroller: 12 } }];
    });
    const stops = app.card('hallplatser');
    const progress = stops.getByTestId('progress');
    assert.equal(
      normalize(await progress.textContent()),
      'Gemensam kontroll vid hållplatserna: 12 kontroller hittills · mål minst 1 per vecka',
    );
    assert.equal(await progress.locator('progress').count(), 0, 'no bar: a total is no share of a weekly target');
    assert.doesNotMatch(normalize(await stops.textContent()), /\d+ av 1\b|överträffat|målet nått/);
    assert.equal(
      normalize(await stops.getByTestId('latest-followup').textContent()),
      'Senast uppföljt maj 2024 i en delrapport för tertial 1.',
    );
    await stops.getByTestId('history').locator('summary').click();
    // As the reader sees it: one line per paragraph.
    const entry = normalize(await stops.getByTestId('history-entry').first().innerText());
    assert.match(entry, /^maj 2024 · avser tertial 1 \(januari–april\) Delrapport: Pågår/);
    assert.match(entry, /Uppnått hittills: 12 kontroller · mål minst 1 per vecka/);
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    test(`renders without overflow on a ${name} (screenshot in tests/e2e/artifacts)`, async () => {
      const { app, page } = await openNorrhamn('', { viewport });
      assert.equal(await app.horizontalOverflow(), 0, 'nothing wider than the screen');
      await mkdir(ARTIFACTS, { recursive: true });
      await app.card('hallplatser').scrollIntoViewIfNeeded();
      await page.screenshot({ path: new URL(`schema2-${name}.png`, ARTIFACTS).pathname, fullPage: true });
    });
  }
});
