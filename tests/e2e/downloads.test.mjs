// End-to-end: the files the build writes for others (crates/medborgarloften-build, src/published.rs) and the footer's
// "Ladda ner uppgifterna". Every page links the Atom feed; the footer's links resolve with the right content type
// and the sizes it shows are those of the files; a real feed parser reads the built feed; the offline app serves
// the feed and the CSV; another dataset (?data=) is offered only as its own file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useAppSession } from './support/session.mjs';
import { DESKTOP, PHONE, launchBrowser, openPage } from './support/browser.mjs';
import { DIST_DIR, startStaticServer } from './support/server.mjs';
import { PromisesPage, normalize } from './support/promises_page.mjs';
import { copyDist, waitForController } from './support/pwa.mjs';
import { holdDataset } from './support/hold.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A file size as the footer writes it (core export::downloads::size_sv): "850 byte", "4,2 kB", "41 kB", "1,9 MB". */
function sizeSv(bytes) {
  if (bytes < 1000) return `${bytes} byte`;
  const tenthsK = Math.floor((bytes + 50) / 100);
  if (tenthsK < 100) return `${Math.floor(tenthsK / 10)},${tenthsK % 10} kB`;
  const k = Math.floor((bytes + 500) / 1000);
  if (k < 1000) return `${k} kB`;
  const tenthsM = Math.floor((bytes + 50_000) / 100_000);
  return tenthsM < 100 ? `${Math.floor(tenthsM / 10)},${tenthsM % 10} MB` : `${Math.floor((bytes + 500_000) / 1e6)} MB`;
}

/** What each file is, as the footer says it, with the content type a host sends for it. */
const FILES = [
  { text: 'Löftena och uppföljningen', format: 'JSON', href: 'data/eskilstuna.json', type: 'application/json' },
  { text: 'Beskrivning av dataformatet', format: 'JSON Schema', href: 'data/schema.json', type: 'application/json' },
  { text: 'Löftena som tabell', format: 'CSV', href: 'data/eskilstuna.csv', type: 'text/csv; charset=utf-8' },
  { text: 'Följ uppföljningen', format: 'Atom', href: 'flode.xml', type: 'application/atom+xml; charset=utf-8' },
  { text: 'Beskrivning för dataportaler', format: 'DCAT-AP-SE', href: 'data.json', type: 'application/json' },
];

/** The footer's download links as [text, href]. */
async function downloadLinks(page, root) {
  const links = page.locator(root).getByRole('region', { name: 'Ladda ner uppgifterna' }).getByRole('link');
  await links.first().waitFor();
  return links.evaluateAll((list) => list.map((a) => [a.textContent.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]));
}

describe('the downloads', () => {
  const newApp = useAppSession();

  test('every page links the feed, and the footer lists each file with its format and true size', async () => {
    const { app, page, problems } = await newApp({ viewport: DESKTOP });
    await app.openList();
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    assert.equal(await alternate.getAttribute('href'), 'flode.xml');
    assert.equal(await alternate.getAttribute('title'), 'Medborgarlöften i Eskilstuna – uppföljning');
    const links = await downloadLinks(page, await app.liveRoot());
    assert.deepEqual(links.map(([, href]) => href), FILES.map((f) => f.href));
    for (const [[text, href], file] of links.map((link, i) => [link, FILES[i]])) {
      const response = await page.request.get(new URL(href, app.baseUrl).href);
      assert.equal(response.status(), 200, href);
      assert.equal(response.headers()['content-type'].split(';')[0], file.type.split(';')[0], href);
      assert.equal(response.headers()['content-type'], file.type.includes('charset') ? file.type : `${file.type}; charset=utf-8`);
      const bytes = (await response.body()).length;
      assert.equal(text, `${file.text} (${file.format}, ${sizeSv(bytes)})`, href);
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('the CSV and the description are of the site dataset', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await app.openList();
    const csv = await (await page.request.get(new URL('data/eskilstuna.csv', app.baseUrl).href)).text();
    assert.ok(csv.startsWith('\uFEFFid;år;parter;rubrik;'), 'a byte order mark, then the header');
    assert.equal(csv.trimEnd().split('\r\n').length, 16, 'a header and 15 promises');
    const dcat = await (await page.request.get(new URL('data.json', app.baseUrl).href)).json();
    const dataset = dcat['dcat:dataset'][0];
    assert.equal(dataset['dct:title'], 'Medborgarlöften i Eskilstuna');
    assert.equal(dataset['dct:spatial']['dct:identifier'], '0484');
    assert.equal(dataset['dct:publisher']['foaf:name'], 'Eskilstuna kommun');
    const urls = dataset['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id']);
    assert.deepEqual(urls, FILES.slice(0, 4).map((f) => `./${f.href}`));
  });

  test('the footer the build rendered is the one the app shows', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    const release = await holdDataset(page);
    await app.open();
    const rendered = await downloadLinks(page, '#forhandsvisning');
    release();
    await app.waitForList();
    assert.deepEqual(await downloadLinks(page, await app.liveRoot()), rendered);
  });

  test('another dataset (?data=) is offered only as its own file, without the build\'s files', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await app.openList('?data=data/exempelkommun.json');
    await app.expectShowing(8, 8);
    assert.deepEqual(await downloadLinks(page, '#app'), [['Löftena och uppföljningen (JSON)', 'data/exempelkommun.json']]);
  });

  test('the embedded layout has no footer and so no downloads', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await app.openList('?inbaddad=1');
    assert.equal(await page.getByRole('region', { name: 'Ladda ner uppgifterna' }).count(), 0);
    assert.equal(await page.locator('.site-footer').filter({ visible: true }).count(), 0);
  });
});

describe('the built feed read by a real feed parser (Python feedparser)', () => {
  test('dist/flode.xml is valid Atom with an entry per period of the default dataset', (t) => {
    const python = ['python3', '/usr/bin/python3'].find(
      (exe) => spawnSync(exe, ['-c', 'import feedparser']).status === 0,
    );
    if (!python) {
      assert.ok(!process.env.MEDB_REQUIRE_FEEDPARSER, 'python3 with feedparser is missing (scripts/install.sh installs it)');
      t.skip('python3 with feedparser is missing (apt-get install python3-feedparser)');
      return;
    }
    const run = spawnSync(python, [
      path.join(ROOT, 'tests/feed/check_feed.py'),
      path.join(DIST_DIR, 'flode.xml'),
      path.join(ROOT, 'public/data/eskilstuna.json'),
    ], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr + run.stdout);
  });
});

describe('offline', () => {
  test('after one visit the service worker serves the feed and the CSV', async () => {
    const dist = await copyDist();
    const server = await startStaticServer(dist.dir);
    const browser = await launchBrowser({ serviceWorkers: 'allow' });
    try {
      const { page } = await openPage(browser.context);
      const app = new PromisesPage(page, server.url);
      await app.openList();
      await waitForController(page);
      await browser.context.setOffline(true);
      const read = (href) =>
        page.evaluate(async (url) => {
          const response = await fetch(url);
          return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
        }, href);
      const feed = await read('flode.xml');
      assert.equal(feed.status, 200);
      assert.equal(feed.type, 'application/atom+xml; charset=utf-8');
      assert.match(feed.text, /<title>Nya medborgarlöften 2019<\/title>/);
      const csv = await read('data/eskilstuna.csv');
      assert.equal(csv.status, 200);
      assert.equal(csv.type, 'text/csv; charset=utf-8');
      assert.match(normalize(csv.text), /Krogar mot knark/i);
    } finally {
      await browser.close();
      await server.stop();
      await dist.remove();
    }
  });
});
