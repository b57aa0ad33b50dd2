// End-to-end: the page in Swedish, English and Arabic (docs/i18n.md). Each language's page is built at its prefix
// (`en/`, `ar/`, crates/medborgarloften-build/src/languages.rs), so an Arabic link is Arabic and right to left before
// any script runs; the switch on every page changes the language and keeps the address's filters; no Swedish word
// of the app's own is left on the English or Arabic page (the dataset's Swedish text aside, marked lang="sv"); the
// Arabic count has its own form for 0, 1, 2, 3, 11 and 100 promises; a dataset's English translations are shown; a
// reader whose browser prefers another language is offered it once; axe finds nothing in any language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useAppSession } from './support/session.mjs';
import { forEachModule } from './support/each_module.mjs';
import { PHONE, DESKTOP } from './support/browser.mjs';
import { expectNoViolations } from './support/axe.mjs';

/** Words the app writes in Swedish; none may be read on the English or Arabic page outside the dataset's text. */
const SWEDISH_WORDS = [
  'Visar', 'löfte', 'löften', 'Sök', 'Tema', 'Område', 'Vem lovar', 'Bädda in', 'Visa', 'Rensa', 'uppföljning',
  'Uppföljning', 'Hoppa', 'Källa', 'Karta', 'hela kommunen', 'Polisen och kommunen lovar', 'Dela länk',
  'Ladda ner', 'Tillgänglighet', 'december', 'november', 'Nästa redovisning', 'Pågår', 'Genomfört', 'År',
];

/** The visible text of the page outside elements marked as Swedish (the dataset's untranslated text). */
async function textOutsideSwedish(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent.trim()) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'sv') continue;
      if (parent.closest('script, style, template, [hidden]') || !parent.checkVisibility()) continue;
      out.push(node.textContent.trim());
    }
    for (const el of document.body.querySelectorAll('[aria-label]')) {
      if (el.closest('[lang]')?.getAttribute('lang') !== 'sv' && el.checkVisibility()) out.push(el.getAttribute('aria-label'));
    }
    return out.join('\n');
  });
}

/** The Swedish words of the app found in `text`, as whole words. */
function swedishIn(text) {
  return SWEDISH_WORDS.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));
}

describe('an Arabic link, before any script runs', () => {
  const newApp = useAppSession({ javaScriptEnabled: false });

  test('the page is Arabic and right to left as the build wrote it', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await app.open('ar/?omrade=skiftinge');
    const html = page.locator('html');
    assert.equal(await html.getAttribute('lang'), 'ar');
    assert.equal(await html.getAttribute('dir'), 'rtl');
    assert.equal(await html.getAttribute('data-app'), null, 'no module runs');
    await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'العربية' }).waitFor();
    assert.match(await app.resultCount.innerText(), /^عرض 15 من أصل 15 وعدًا$/);
    assert.deepEqual(swedishIn(await textOutsideSwedish(page)), []);
  });
});

forEachModule((module, newApp, test) => {
  describe('the language switch', () => {
    test('changes the language and keeps every filter', async () => {
      const { app, page } = await newApp({ viewport: PHONE });
      await app.openList('?omrade=skiftinge&tema=trafik');
      const before = await app.cards.count();
      await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/en/'));
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('omrade'), 'skiftinge');
      assert.equal(url.searchParams.get('tema'), 'trafik');
      await app.waitForList();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await app.cards.count(), before);
      assert.match(await app.resultCount.innerText(), /^Showing /);

      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
      await page.waitForURL((to) => to.pathname.endsWith('/ar/') && to.searchParams.get('tema') === 'trafik');
      await app.waitForList();
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      assert.equal(await app.cards.count(), before);
    });

    test('a filter chosen on the English page is kept in Arabic, and no Swedish word of the app is left', async () => {
      const { app, page } = await newApp({ viewport: DESKTOP });
      await app.openList('en/');
      await page.getByRole('checkbox', { name: /^2018/ }).click();
      await app.waitForParams((params) => params.get('ar') === '2018', 'ar=2018');
      assert.deepEqual(swedishIn(await textOutsideSwedish(page)), [], 'English page');
      await page.getByRole('link', { name: 'العربية' }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/ar/') && url.searchParams.get('ar') === '2018');
      await app.waitForList();
      assert.deepEqual(swedishIn(await textOutsideSwedish(page)), [], 'Arabic page');
    });
  });
});

describe('Arabic counts and translated content (another dataset, the full app)', () => {
  const newApp = useAppSession();

  /** A dataset of 100 promises, made from the Eskilstuna dataset's first one, with searchable words in titles. */
  async function hundred() {
    const data = JSON.parse(await readFile(new URL('../../public/data/eskilstuna.json', import.meta.url), 'utf8'));
    const [first] = data.promises;
    // Made-up words that no Swedish text contains: "qxett" is in 1 title, "qxtva" in 2, "qxtre" in 3, "qxelva" in 11.
    const words = (i) => [i < 1 && 'qxett', i < 2 && 'qxtva', i < 3 && 'qxtre', i < 11 && 'qxelva'].filter(Boolean);
    data.promises = Array.from({ length: 100 }, (_, i) => ({
      ...first,
      id: `prov-${i}`,
      title: [...words(i), 'prov', String(i)].join(' '),
    }));
    return data;
  }

  test('each count from 0 to 100 reads with its own Arabic form', async () => {
    const { app, page } = await newApp({ viewport: DESKTOP });
    const body = JSON.stringify(await hundred());
    await page.route((url) => url.pathname.endsWith('/data/hundra.json'), (route) => route.fulfill({ contentType: 'application/json', body }));
    // The filter sheet's button counts what it will show: "اعرض …" with the noun in its form for the number.
    const cases = [
      ['', 'اعرض 100 وعد'],
      ['&q=qxett', 'اعرض وعد واحد'],
      ['&q=qxtva', 'اعرض وعدين'],
      ['&q=qxtre', 'اعرض 3 وعود'],
      ['&q=qxelva', 'اعرض 11 وعدًا'],
      ['&q=qxnoll', 'اعرض 0 وعود'],
    ];
    for (const [query, text] of cases) {
      await app.open(`ar/?data=../data/hundra.json${query}`);
      await app.waitForList();
      assert.equal((await page.getByTestId('filter-done').textContent()).trim(), text, query);
    }
    assert.match(await app.resultCount.innerText(), /^عرض 0 من أصل 100 وعد$/);
  });

  test('a dataset with English translations shows them, and marks what is Swedish only', async () => {
    const { app, page } = await newApp({ viewport: DESKTOP });
    const body = await readFile(new URL('../fixtures/translated.json', import.meta.url), 'utf8');
    await page.route((url) => url.pathname.endsWith('/data/oversatt.json'), (route) => route.fulfill({ contentType: 'application/json', body }));
    await app.openList('en/?data=../data/oversatt.json');
    const translated = JSON.parse(body).promises.find((p) => p.translations?.en?.title);
    const card = page.locator(`#lofte-${translated.id}`);
    await card.getByRole('heading', { name: translated.translations.en.title }).waitFor();
    const untranslated = JSON.parse(body).promises.find((p) => !p.translations?.en);
    const swedish = page.locator(`#lofte-${untranslated.id}`);
    await swedish.locator('.card__title [lang="sv"]', { hasText: untranslated.title }).waitFor();
    assert.equal(await swedish.locator('.card__text').getAttribute('lang'), 'sv');
    assert.equal(await card.locator('.card__title [lang]').count(), 0, 'a translated title is the page\'s language');
    await swedish.getByText('This promise is published in Swedish only.').waitFor();
  });
});

describe('the offer of the browser\'s language', () => {
  const newApp = useAppSession();

  test('is made once, in that language, and "no thanks" ends it', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['ar', 'sv'] }));
    await app.openList();
    const offer = page.locator('[data-sprak-forslag="ar"]');
    await offer.getByRole('link', { name: 'اقرأ هذه الصفحة بالعربية' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv', 'nothing is chosen for the reader');
    await offer.getByRole('button', { name: 'لا، شكرًا' }).click();
    await offer.waitFor({ state: 'hidden' });
    await app.openList();
    assert.equal(await offer.isVisible(), false, 'the offer is not made again');
  });
});

describe('axe-core in every language', () => {
  const newApp = useAppSession();
  for (const prefix of ['', 'en/', 'ar/']) {
    for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
      test(`${prefix || 'sv'} ${device}, light and dark`, async () => {
        const { app, page } = await newApp({ viewport });
        for (const scheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          await app.openList(`${prefix}?omrade=skiftinge`);
          await expectNoViolations(page, `${prefix || 'sv'} ${device} ${scheme}`);
        }
      });
    }
  }
});
