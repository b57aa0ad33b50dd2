// End-to-end: a site built for many kommuner (MEDB_DATASETS=datasets, crates/medborgarloften-build/src/many.rs) from
// the real datasets the project ships: the finder lists every kommun by län and leads to its page; each kommun's
// page is the page a one-kommun site has, worked by the first module, offline and installable in its own folder,
// with its own embed; no page names another kommun; the site works under a sub-path; the finder's footer offers the
// national feed, CSV and DCAT catalogue of every kommun (crates/medborgarloften-build/src/national.rs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './support/server.mjs';
import { launchBrowser, openPage, PHONE } from './support/browser.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import { expectNoViolations } from './support/axe.mjs';
import { waitForController } from './support/pwa.mjs';
import { buildRelease } from './support/build_site.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDER = path.join(ROOT, 'datasets');

/** The shipped datasets: slug → dataset. */
async function shippedDatasets() {
  const names = (await readdir(FOLDER)).filter((name) => name.endsWith('.json')).sort();
  const out = new Map();
  for (const name of names) out.set(name.slice(0, -5), JSON.parse(await readFile(path.join(FOLDER, name), 'utf8')));
  return out;
}

/** Builds the release for the folder into a temporary dist/ (the cargo build is shared with the main build). */
async function buildManySite() {
  const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-many-'));
  const dist = path.join(dir, 'dist');
  await buildRelease(dist, { MEDB_DATASETS: FOLDER }, 'many kommuner');
  return { dir, dist };
}

const short = (data) => data.municipality.name.replace(/s? kommun$/, '');

describe('a site for many kommuner (MEDB_DATASETS)', { timeout: 900_000 }, () => {
  let site;
  let datasets;
  let server;
  let browser;
  let noScript;
  before(async () => {
    datasets = await shippedDatasets();
    site = await buildManySite();
    server = await startStaticServer(site.dist);
    browser = await launchBrowser({ viewport: PHONE });
    noScript = await launchBrowser({ viewport: PHONE, javaScriptEnabled: false });
  }, { timeout: 900_000 });
  after(async () => {
    await browser?.close();
    await noScript?.close();
    await server?.stop();
    if (site) await rm(site.dir, { recursive: true, force: true });
  });

  test('the shipped datasets cover what real kommuner differ in', () => {
    const all = [...datasets.values()];
    assert.ok(all.length >= 4, `${all.length} datasets`);
    const months = (p) => (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5)) - Number(p.start.slice(5));
    assert.ok(all.some((d) => d.periods.some((p) => months(p) >= 12)), 'a period of more than one year');
    assert.ok(all.some((d) => d.parties.length > 2), 'a promiser besides the police and the kommun');
    assert.ok(all.some((d) => d.districts.length === 0), 'a kommun without districts');
  });

  test('the finder lists every kommun by län without JavaScript, and a link opens that kommun', async () => {
    const { page, problems } = await openPage(noScript.context);
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Medborgarlöften i Sverige' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `${datasets.size} kommuner` }).waitFor();
    const links = page.getByTestId('finder-kommun').getByRole('link');
    assert.deepEqual(
      (await links.allTextContents()).sort(),
      [...datasets.values()].map((d) => d.municipality.name).sort(),
    );
    await page.getByRole('heading', { level: 3, name: 'Södermanlands län' }).waitFor();
    assert.equal(await page.getByRole('searchbox').count(), 0, 'no search box that would do nothing');
    const laxa = datasets.get('laxa');
    const newest = laxa.periods[0];
    const item = page.getByTestId('finder-kommun').filter({ hasText: 'Laxå kommun' });
    assert.equal(
      normalize(await item.locator('.finder__summary').textContent()),
      `${newest.title}: ${laxa.promises.length} löften, ingen uppföljning publicerad`,
    );
    await item.getByRole('link').click();
    await page.waitForURL(`${server.url}laxa/`);
    await page.getByRole('heading', { level: 1, name: 'Medborgarlöften i Laxå' }).waitFor();
    assert.equal(await page.getByTestId('promise-card').count(), laxa.promises.length);
    assert.deepEqual(problems.failedRequests, []);
  });

  test('the editors workspace at the root offers each kommun, and previews a kommun on its own page', async () => {
    const { page, problems } = await openPage(browser.context);
    await page.goto(`${server.url}redigera/`);
    for (const data of datasets.values()) {
      await page.getByRole('button', { name: `Öppna ${data.municipality.name}` }).waitFor();
    }
    await page.getByRole('button', { name: 'Öppna Laxå kommun' }).click();
    await page.getByRole('heading', { level: 2, name: `Löften (${datasets.get('laxa').promises.length})` }).waitFor();
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();
    const frame = page.frameLocator('iframe[title="Förhandsvisning av sidan med utkastet"]');
    await frame.getByRole('heading', { level: 1, name: 'Medborgarlöften i Laxå' }).waitFor({ timeout: 30_000 });
    const framed = page.frames().find((f) => f.url().includes('forhandsvisning.json'));
    assert.equal(new URL(framed.url()).pathname, '/laxa/', 'the preview is Laxå\'s own page');
    assert.deepEqual(problems.pageErrors, []);
  });

  test('typing part of a kommun\'s name finds it whatever the diacritics, and Enter opens it', async () => {
    const { page, problems } = await openPage(browser.context);
    await page.goto(server.url);
    await page.locator('html[data-finder]').waitFor({ state: 'attached' });
    const box = page.getByRole('searchbox', { name: 'Sök din kommun' });
    const shown = page.getByTestId('finder-kommun').filter({ visible: true });
    const status = page.getByTestId('finder-status');
    await box.pressSequentially('ka');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=finder-kommun]:not([hidden])').length === 1);
    assert.deepEqual(await shown.getByRole('link').allTextContents(), ['Katrineholms kommun']);
    await box.fill('LAXA');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=finder-kommun]:not([hidden])').length === 1);
    assert.deepEqual(await shown.getByRole('link').allTextContents(), ['Laxå kommun']);
    assert.equal(normalize(await status.textContent()), '1 kommun matchar. Tryck Enter för att öppna den.');
    assert.equal(await page.getByRole('heading', { level: 3, name: 'Södermanlands län' }).isVisible(), false, 'a län with none is hidden');
    await box.fill('xyz');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=finder-kommun]:not([hidden])').length === 0);
    assert.equal(normalize(await status.textContent()), 'Ingen kommun matchar ”xyz”. Prova med början av namnet.');
    await box.fill('laxå');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=finder-kommun]:not([hidden])').length === 1);
    await box.press('Enter');
    await page.waitForURL(`${server.url}laxa/`);
    await page.getByRole('heading', { level: 1, name: 'Medborgarlöften i Laxå' }).waitFor();
    assert.deepEqual(problems.pageErrors, []);
  });

  test('the search across every kommun\'s promises is fetched when opened and lands on the promise in its kommun', async () => {
    const { page, problems } = await openPage(browser.context);
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.locator('html[data-finder]').waitFor({ state: 'attached' });
    assert.ok(!asked.includes('/sok.json'), 'the index is not fetched before the search is used');
    await page.getByText('Sök bland alla kommuners löften').click();
    const box = page.getByRole('searchbox', { name: 'Ord i löftet, tema, vem som lovar, status eller år' });
    await box.fill('trosa trafikråd');
    const hits = page.getByTestId('promise-hits').getByRole('link');
    await hits.first().waitFor();
    assert.deepEqual(await hits.allTextContents(), ['Ett trafikråd som tar del av medborgarnas synpunkter']);
    assert.equal(normalize(await page.getByTestId('promise-search-status').textContent()), '1 löfte matchar.');
    assert.ok(asked.includes('/sok.json'));
    const all = datasets.get('trosa').promises.length;
    await box.fill('TROSA');
    await page.getByTestId('promise-search-status').filter({ hasText: `${all} löften i 1 kommun matchar.` }).waitFor();
    await box.fill('trosa trafikråd');
    await hits.first().click();
    await page.waitForURL(`${server.url}trosa/?lofte=2018-2019-trafikrad`);
    const app = new PromisesPage(page, `${server.url}trosa/`);
    await app.waitForCardInViewport('2018-2019-trafikrad');
    assert.deepEqual(problems.pageErrors, []);
  });

  test('each kommun\'s page, embed, manifest, feed and files name that kommun and no other', async () => {
    for (const [slug, data] of datasets) {
      const own = path.join(site.dist, slug);
      const others = [...datasets.values()].filter((d) => d !== data).map((d) => d.municipality.name);
      for (const file of ['index.html', 'inbaddad.html', 'manifest.webmanifest', 'flode.xml', 'data.json', `data/${slug}.csv`]) {
        const text = await readFile(path.join(own, file), 'utf8');
        for (const other of others) assert.ok(!text.includes(other), `${slug}/${file} names ${other}`);
      }
      const html = await readFile(path.join(own, 'index.html'), 'utf8');
      assert.match(html, new RegExp(`<title>Medborgarlöften i ${short(data)}</title>`));
      const manifest = JSON.parse(await readFile(path.join(own, 'manifest.webmanifest'), 'utf8'));
      assert.equal(manifest.start_url, './');
      assert.equal(manifest.scope, './');
      assert.equal(manifest.name, `Medborgarlöften i ${short(data)}`);
    }
    const rootFiles = await readdir(site.dist);
    assert.ok(!rootFiles.includes('geo'), `the root has no map: ${rootFiles}`);
    const rootData = (await readdir(path.join(site.dist, 'data'))).filter((f) => !/\.(br|gz)$/.test(f));
    assert.deepEqual(rootData.sort(), ['schema-v1.json', 'schema.json'], 'the root has no dataset, only the schemas every kommun links');
  });

  test('a kommun\'s page is worked by the first module, and its manifest\'s icons load', async () => {
    const { page, problems } = await openPage(browser.context);
    const data = datasets.get('katrineholm');
    const app = new PromisesPage(page, `${server.url}katrineholm/`);
    await app.openList();
    await app.expectShowing(data.promises.length, data.promises.length);
    const year = data.periods.at(-1).id;
    await app.check('År', year);
    const inYear = data.promises.filter((p) => p.period === year).length;
    await app.expectShowing(inYear, data.promises.length);
    await app.waitForParams((params) => params.get('ar') === year, `ar=${year}`);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      const json = await (await fetch(href)).json();
      return Promise.all(json.icons.map(async (icon) => (await fetch(new URL(icon.src, href))).status));
    });
    assert.ok(manifest.length > 0 && manifest.every((status) => status === 200), `icons: ${manifest}`);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.failedRequests, []);
  });

  test('a kommun without districts and with a two-year period: no map, the period named, axe clean', async () => {
    const { page, problems } = await openPage(browser.context);
    const data = datasets.get('laxa');
    const app = new PromisesPage(page, `${server.url}laxa/`);
    await app.openList();
    await app.expectShowing(data.promises.length, data.promises.length);
    await page.getByRole('heading', { name: 'Medborgarlöfte juli 2018–juni 2020' }).waitFor();
    assert.equal(await page.getByTestId('district-map').count(), 0);
    await expectNoViolations(page, 'on Laxå\'s page');
    assert.deepEqual(problems.pageErrors, []);
  });

  test('the embed of a second kommun shows that kommun\'s promises', async () => {
    const { page, problems } = await openPage(browser.context);
    const data = datasets.get('ale');
    await page.goto(`${server.url}ale/inbaddad.html?inbaddad=1`);
    await page.locator('html[data-app="klar"]').waitFor({ state: 'attached' });
    const cards = page.locator('#app').getByTestId('promise-card');
    await cards.first().waitFor();
    assert.equal(await cards.count(), data.promises.length);
    const text = await page.locator('#app').textContent();
    assert.ok(text.includes(data.promises[0].title), 'Ale\'s first promise');
    assert.ok(!text.includes('Eskilstuna'), 'no other kommun');
    assert.deepEqual(problems.pageErrors, []);
  });

  test('a kommun\'s page works offline in its own folder after one visit', async () => {
    const offline = await launchBrowser({ viewport: PHONE, serviceWorkers: 'allow' });
    try {
      const { page, problems } = await openPage(offline.context);
      const data = datasets.get('trosa');
      const app = new PromisesPage(page, `${server.url}trosa/`);
      await app.openList();
      await waitForController(page);
      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { script: navigator.serviceWorker.controller.scriptURL, scope: registration.scope };
      });
      assert.equal(worker.script, `${server.url}trosa/sw.js`);
      assert.equal(worker.scope, `${server.url}trosa/`);
      await offline.context.setOffline(true);
      await page.reload();
      await app.waitForList();
      await app.expectShowing(data.promises.length, data.promises.length);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await offline.close();
    }
  });

  test('under a sub-path the finder and a kommun\'s page load every file', async () => {
    const sub = await startStaticServer(site.dist, { basePath: '/medborgarloften/' });
    try {
      const { page, problems } = await openPage(browser.context);
      const failed = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(sub.url);
      await page.getByRole('link', { name: 'Eskilstuna kommun' }).click();
      await page.waitForURL(`${sub.url}eskilstuna/`);
      const app = new PromisesPage(page, `${sub.url}eskilstuna/`);
      await app.waitForList();
      await app.expectShowing(15);
      assert.ok(sub.url.endsWith('/medborgarloften/'), sub.url);
      assert.deepEqual(failed, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await sub.stop();
    }
  });

  test('the finder\'s footer links the national feed, CSV and catalogue, each covering every kommun', async (t) => {
    const { page, problems } = await openPage(noScript.context);
    await page.goto(server.url);
    const footer = page.getByRole('region', { name: 'Ladda ner uppgifterna för alla kommuner' });
    const links = await footer.getByRole('link').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    assert.deepEqual(links.map((l) => l.href), ['medborgarloften.csv', 'flode.xml', 'data.json']);
    assert.match(normalize(links[0].text), /^Löftena som tabell \(CSV, [\d,]+ kB\)$/);
    assert.match(normalize(links[1].text), /^Följ uppföljningen \(Atom, [\d,]+ kB\)$/);
    assert.match(normalize(links[2].text), /^Beskrivning för dataportaler \(DCAT-AP-SE, [\d,]+ kB\)$/);
    const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    assert.equal(await feedLink.getAttribute('href'), 'flode.xml');
    assert.equal(await feedLink.getAttribute('title'), 'Medborgarlöften i Sverige – uppföljning');
    assert.deepEqual(problems.failedRequests, []);

    const load = async (href) => {
      const response = await fetch(new URL(href, server.url));
      assert.equal(response.status, 200, href);
      return response.text();
    };
    const all = [...datasets.entries()];

    // The CSV: one header, a record per promise of every kommun, each starting with the kommun's name and code.
    const csv = await load('medborgarloften.csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
    assert.ok(lines[0].startsWith('kommun;kommunkod;id;år;'), lines[0]);
    assert.equal(lines.length - 1, all.reduce((sum, [, data]) => sum + data.promises.length, 0));
    for (const [, data] of all) {
      for (const promise of data.promises) {
        const lead = `${data.municipality.name};${data.municipality.code};${promise.id};`;
        assert.equal(lines.filter((line) => line.startsWith(lead)).length, 1, lead);
      }
    }

    // The catalogue: one dataset per kommun, its landing page and every file in its folder, each loading.
    const catalog = JSON.parse(await load('data.json'));
    assert.equal(catalog['@type'], 'dcat:Catalog');
    const described = catalog['dcat:dataset'];
    assert.equal(described.length, datasets.size);
    for (const [slug, data] of all) {
      const dataset = described.find((d) => d['dct:spatial']['dct:identifier'] === data.municipality.code);
      assert.ok(dataset, `${slug} is described`);
      assert.equal(dataset['dct:title'], data.title);
      assert.equal(dataset['dcat:landingPage']['@id'], `./${slug}/`);
      const files = dataset['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id']);
      assert.ok(files.includes(`./${slug}/data/${slug}.csv`) && files.includes(`./${slug}/flode.xml`), files.join(' '));
      for (const file of files) await load(file);
    }

    // The feed: every entry titled with its kommun and linking into that kommun's folder.
    const feed = await load('flode.xml');
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
    const total = all.reduce((sum, [, d]) => sum + d.periods.length + d.promises.reduce((n, p) => n + (p.followups?.length ?? 0), 0), 0);
    assert.equal(entries.length, Math.min(100, total));
    const named = new Set();
    for (const entry of entries) {
      const title = entry.match(/<title>([^<]*)<\/title>/)[1].replaceAll('&amp;', '&');
      const href = entry.match(/<link rel="alternate" type="text\/html" href="([^"]*)"/)[1];
      const match = all.find(([slug, d]) => title.startsWith(`${d.municipality.name}: `) && href.startsWith(`./${slug}/?`));
      assert.ok(match, `${title} → ${href}`);
      named.add(match[0]);
    }
    assert.equal(named.size, datasets.size, 'every kommun has an entry');
    await page.goto(new URL(entries[0].match(/href="([^"]*)"/)[1].replaceAll('&amp;', '&'), server.url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const python = ['python3', '/usr/bin/python3'].find((exe) => spawnSync(exe, ['-c', 'import feedparser']).status === 0);
    if (!python) {
      assert.ok(!process.env.MEDB_REQUIRE_FEEDPARSER, 'python3 with feedparser is missing (scripts/install.sh installs it)');
      t.diagnostic('python3 with feedparser is missing: the national feed is not read by feedparser');
      return;
    }
    const names = (await readdir(FOLDER)).filter((name) => name.endsWith('.json')).sort();
    const run = spawnSync(python, [
      path.join(ROOT, 'tests/feed/check_feed.py'),
      '--national',
      path.join(site.dist, 'flode.xml'),
      ...names.map((name) => path.join(FOLDER, name)),
    ], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
  });

  test('the finder passes axe in both colour schemes', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page } = await openPage(browser.context);
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url);
      await page.getByTestId('finder-kommun').first().waitFor();
      await expectNoViolations(page, `on the finder (${colorScheme})`);
      await page.locator('html[data-finder]').waitFor({ state: 'attached' });
      await page.getByRole('searchbox', { name: 'Sök din kommun' }).fill('xyz');
      await page.getByTestId('finder-status').filter({ hasText: 'Ingen kommun' }).waitFor();
      await expectNoViolations(page, `on the finder with nothing found (${colorScheme})`);
    }
  });
});
