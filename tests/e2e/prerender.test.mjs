// End-to-end: the page the build renders (crates/medborgarloften-build/src/site.rs). Without JavaScript it is the whole site: every
// promise, the period texts and a year filter that works with links. With JavaScript the app takes its place with
// nothing moving. And a site built for another kommun's dataset (one these tests write) names that kommun only.
// What a reader sees when the page starts to work runs on both modules that can work it (support/each_module.mjs).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { DESKTOP, PHONE } from './support/browser.mjs';
import { normalize } from './support/promises_page.mjs';
import { holdDataset } from './support/hold.mjs';
import { buildRelease } from './support/build_site.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('without JavaScript', () => {
  const newApp = useAppSession({ javaScriptEnabled: false });

  test('the rendered page shows every promise with its period texts and follow-up plan', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await app.open();
    const cards = page.getByTestId('promise-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 15);
    for (const card of await cards.all()) assert.ok(await card.isVisible(), 'every card is on the page');
    await page.getByRole('heading', { name: 'Medborgarlöfte 2019' }).waitFor();
    await page.getByRole('heading', { name: 'Medborgarlöfte 2018' }).waitFor();
    const data = JSON.parse(await readFile(path.join(ROOT, 'public/data/eskilstuna.json'), 'utf8'));
    // In the page's text, also where it is folded (the period's background, goal and overview are in <details>).
    const text = normalize(await page.locator('body').textContent());
    for (const period of data.periods) assert.ok(text.includes(normalize(period.intro)), `intro of ${period.id}`);
    for (const promise of data.promises) assert.ok(text.includes(normalize(promise.title)), promise.id);
    assert.equal(await page.getByTestId('followup-plan').count(), data.periods.length);
    assert.equal(await page.getByTestId('loading').count(), 0);
    // Controls that need the app are not offered.
    assert.equal(await page.getByRole('searchbox').isVisible(), false);
  });

  test('the period links filter by year', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await app.open();
    const links = page.getByRole('list', { name: 'Perioder' }).getByRole('link');
    assert.deepEqual((await links.allInnerTexts()).map(normalize), ['Medborgarlöfte 2019', 'Medborgarlöfte 2018']);
    await links.filter({ hasText: '2018' }).click();
    await page.waitForURL((url) => url.searchParams.get('ar') === '2018' && url.hash === '#ar-2018');
    await page.getByRole('heading', { name: 'Medborgarlöfte 2019' }).waitFor({ state: 'hidden' });
    assert.ok(await page.getByRole('heading', { name: 'Medborgarlöfte 2018' }).isVisible());
    const data = JSON.parse(await readFile(path.join(ROOT, 'public/data/eskilstuna.json'), 'utf8'));
    const of2018 = data.promises.filter((p) => p.period === '2018').length;
    const visible = await page
      .getByTestId('promise-card')
      .evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).length);
    assert.equal(visible, of2018);
  });
});

// A fresh browser per test: each is a first visit (a returning reader's page is tests/e2e/followalong.test.mjs's).
forEachModule({ isolated: true }, (module, newApp, test) => {
  describe('with JavaScript the app takes over without a visible change', () => {
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      test(`on a ${name}: the first cards stay where they were drawn, and nothing shifts`, async () => {
        const { app, page, problems } = await newApp({ viewport });
        const release = await holdDataset(page);
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.__shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await app.open();
        const boxes = async (root) =>
          page.locator(root).getByTestId('promise-card').evaluateAll((cards) =>
            cards.slice(0, 3).map((card) => {
              const r = card.getBoundingClientRect();
              return [r.x, r.y, r.width, r.height].map(Math.round);
            }),
          );
        await page.locator('#forhandsvisning [data-testid="promise-card"]').first().waitFor();
        const before = await boxes('#forhandsvisning');
        release();
        await app.waitForList();
        const afterwards = await boxes(await app.liveRoot());
        assert.deepEqual(afterwards, before);
        const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
        assert.ok(shift < 0.02, `cumulative layout shift ${shift}`);
        await page.waitForLoadState('networkidle');
        assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
      });
    }
  });

  describe('what a reader does before the app has started is kept', () => {
    test('text typed into the rendered search box is searched for, with focus kept in the box', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      const release = await holdDataset(page);
      await app.open();
      const copyBox = app.prerendered.getByRole('searchbox', { name: 'Sök bland löftena' });
      await copyBox.fill('krogar');
      release();
      await app.waitForList();
      await app.expectShowing(1);
      assert.equal(await app.searchBox.inputValue(), 'krogar');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'sok');
      await app.waitForParams((params) => params.get('q') === 'krogar', 'q=krogar');
    });
  });
});

/** A kommun of these tests' own: other name, code, districts and promisers than any shipped dataset, no map. */
const LILLBY = {
  schema_version: 1,
  id: 'lillby',
  title: 'Medborgarlöften i Lillby',
  example: true,
  updated: '2026-10-01',
  municipality: { name: 'Lillby kommun', code: '9999' },
  source: { title: 'Lillby kommun: trygghetslöften (påhittad)', url: 'https://example.org/lillby' },
  parties: [
    { id: 'polisen', name: 'Polisen i Lillby (påhittad)', short: 'Polisen' },
    { id: 'kommunen', name: 'Lillby kommun', short: 'Kommunen' },
  ],
  themes: [{ id: 'skola', name: 'Skolvägar' }],
  districts: [{ id: 'backen', name: 'Backen', priority: true }],
  periods: [
    {
      year: 2026,
      title: 'Trygghetslöfte 2026 för Lillby',
      intro: 'Påhittade löften för att pröva en annan kommuns webbplats.',
      followup: { heading: 'Uppföljning', reports: [] },
      documents: [],
      source_url: 'https://example.org/lillby',
    },
  ],
  promises: [
    {
      id: '2026-kommunen-skolvagar',
      year: 2026,
      parties: ['kommunen'],
      title: 'Säkrare skolvägar i Backen',
      text: 'Att göra skolvägarna i Backen säkrare under året. (Påhittat.)',
      themes: ['skola'],
      districts: ['backen'],
      targets: [],
      followups: [],
    },
    {
      id: '2026-polisen-narvaro',
      year: 2026,
      parties: ['polisen'],
      title: 'Synlig polis vid skolorna',
      text: 'Att finnas på plats vid skolorna i hela kommunen. (Påhittat.)',
      themes: ['skola'],
      districts: [],
      targets: [],
      followups: [],
    },
  ],
};

/** Builds the release for `dataset` into a temporary dist/ (the cargo build is shared with the main build). */
async function buildSiteFor(dataset) {
  const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-site-'));
  const file = path.join(dir, `${dataset.id}.json`);
  await writeFile(file, JSON.stringify(dataset, null, 2));
  const dist = path.join(dir, 'dist');
  // No extra dataset: the site ships its own only (crates/medborgarloften-build/src/ship.rs).
  await buildRelease(dist, { MEDB_DATASET: file }, dataset.id);
  return { dir, dist };
}

describe('a site built for another kommun (MEDB_DATASET)', { timeout: 900_000 }, () => {
  let site;
  const newApp = useAppSession({
    root: async () => {
      site = await buildSiteFor(LILLBY);
      return site.dist;
    },
  });
  after(async () => {
    if (site) await rm(site.dir, { recursive: true, force: true });
  });

  test('its page, manifest and content name that kommun and never Eskilstuna', async () => {
    const html = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    const manifest = JSON.parse(await readFile(path.join(site.dist, 'manifest.webmanifest'), 'utf8'));
    assert.match(html, /<title>Medborgarlöften i Lillby<\/title>/);
    assert.match(html, /<meta name="description" content="Medborgarlöften i Lillby: vad polisen och Lillby kommun lovar/);
    assert.equal(manifest.name, 'Medborgarlöften i Lillby');
    assert.match(manifest.description, /Lillby kommun/);
    assert.match(html, /<meta name="?medborgarloften-dataset"? content="?data\/lillby\.json/);
    assert.match(html, /Säkrare skolvägar i Backen/);
    assert.match(html, /placeholder="?t\.ex\. skolvägar, Backen/);
    for (const [name, text] of [['index.html', html], ['manifest', JSON.stringify(manifest)]]) {
      assert.doesNotMatch(text, /eskilstuna/i, `${name} names Eskilstuna`);
    }
    const sw = await readFile(path.join(site.dist, 'sw.js'), 'utf8');
    assert.doesNotMatch(sw, /eskilstuna/i, 'the service worker names Eskilstuna');
  });

  test('it ships only its own dataset and the schemas: no Eskilstuna file, no example, no map', async () => {
    const plain = (files) => files.filter((f) => !/\.(br|gz)$/.test(f)).sort();
    assert.deepEqual(plain(await readdir(path.join(site.dist, 'data'))), [
      'lillby.csv',
      'lillby.json',
      'schema-v1.json',
      'schema.json',
    ]);
    assert.equal(existsSync(path.join(site.dist, 'geo')), false, 'no map folder for a kommun without a map');
    const everything = await readdir(site.dist, { recursive: true });
    assert.deepEqual(everything.filter((f) => /eskilstuna|exempelkommun/i.test(f)), []);
    const { app, page } = await newApp();
    for (const other of ['data/eskilstuna.json', 'data/exempelkommun.json', 'geo/eskilstuna-districts.geojson']) {
      const response = await page.request.get(new URL(other, app.baseUrl).href);
      assert.equal(response.status(), 404, `${other} is not on Lillby's site`);
    }
  });

  test('its feed, CSV and description are of that kommun, and the page links them', async () => {
    const html = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    assert.match(html, /<link rel="?alternate"? type="?application\/atom\+xml"? title="Medborgarlöften i Lillby – uppföljning" href="?flode\.xml/);
    assert.match(html, /<meta name="?medborgarloften-downloads"? content="dataset:\d+:data\/lillby\.json schema:\d+:data\/schema-v1\.json csv:\d+:data\/lillby\.csv atom:\d+:flode\.xml dcat:\d+:data\.json"/);
    const feed = await readFile(path.join(site.dist, 'flode.xml'), 'utf8');
    const csv = await readFile(path.join(site.dist, 'data', 'lillby.csv'), 'utf8');
    const dcat = JSON.parse(await readFile(path.join(site.dist, 'data.json'), 'utf8'));
    assert.match(feed, /<title>Medborgarlöften i Lillby – uppföljning<\/title>/);
    assert.match(feed, /<id>tag:example\.org,2026:9999<\/id>/);
    assert.match(feed, /<title>Nya medborgarlöften 2026<\/title>/);
    assert.match(csv, /Säkrare skolvägar i Backen/);
    assert.equal(dcat['dcat:dataset'][0]['dct:publisher']['foaf:name'], 'Lillby kommun');
    assert.equal(dcat['dcat:dataset'][0]['dct:spatial']['dct:identifier'], '9999');
    for (const [name, text] of [['flode.xml', feed], ['lillby.csv', csv], ['data.json', JSON.stringify(dcat)]]) {
      assert.doesNotMatch(text, /eskilstuna/i, `${name} names Eskilstuna`);
    }
    const sw = await readFile(path.join(site.dist, 'sw.js'), 'utf8');
    for (const file of ['flode.xml', 'data/lillby.csv', 'data.json']) assert.ok(sw.includes(`"${file}"`), `${file} precached`);
  });

  test('the app opens the built dataset, fetches no map file and says nothing about Eskilstuna', async () => {
    const { app, page, problems } = await newApp({ viewport: PHONE });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await app.openList();
    await app.expectShowing(2, 2);
    assert.equal(normalize(await app.heading.textContent()), 'Medborgarlöften i Lillby');
    assert.match(await page.title(), /Lillby/);
    assert.doesNotMatch(await page.locator('body').innerText(), /Eskilstuna/);
    assert.ok(requested.some((p) => p.endsWith('/data/lillby.json')), requested.join(', '));
    assert.ok(!requested.some((p) => p.includes('/geo/') || p.includes('eskilstuna')), requested.join(', '));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('without a map, the first module shows a district with the kommun-wide promise under its own heading', async () => {
    const { app, page, problems } = await newApp({ viewport: DESKTOP });
    // A first visit (a returning reader's page is the full app's): the earlier tests shared this browser.
    await page.addInitScript(() => localStorage.clear());
    await app.openList();
    await app.check('Område', 'Backen');
    const heading = page.getByTestId('kommun-wide-heading').filter({ visible: true });
    await heading.waitFor();
    assert.equal(await page.locator('html').getAttribute('data-app'), 'forsta', 'the build\'s page shows it');
    const ids = (selector) => page.locator(selector).evaluateAll((cards) => cards.map((card) => card.dataset.promiseId));
    const apart = '.period__kommun-wide:not([hidden]) [data-testid="promise-card"]';
    assert.deepEqual(await ids(apart), ['2026-polisen-narvaro']);
    assert.equal(await app.cards.count(), 2);
    assert.doesNotMatch(await page.locator('body').innerText(), /Eskilstuna/);

    await app.checkbox('Område', 'Backen').uncheck();
    await heading.waitFor({ state: 'hidden' });
    assert.deepEqual(await ids(apart), []);
    // Back in the place the build rendered it, in the build's order.
    assert.deepEqual(await app.cardIds(), ['2026-kommunen-skolvagar', '2026-polisen-narvaro']);
    assert.deepEqual(problems.pageErrors, []);
  });
});
