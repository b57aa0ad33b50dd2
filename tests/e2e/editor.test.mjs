// End-to-end: the editors' workspace (`redigera/`, crates/medborgarloften-editor), as a kommun editor works in it
// with real clicks and keys: start from the site's published dataset or from the text of the kommun's polisen.se
// page, add a follow-up with a number, fix a reported error by following its link, preview the page as residents
// see it, review the change in words, download the file (which `medborgarloften validera` accepts and the site's
// page shows), reload mid-edit without losing a letter; a workbook made by the editors' tool opens and downloads
// back to the same dataset. axe-core finds nothing on a phone, light and dark. No resident's page loads the module.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useAppSession } from './support/session.mjs';
import { PHONE, DESKTOP } from './support/browser.mjs';
import { expectNoViolations } from './support/axe.mjs';
import { DIST_DIR, startStaticServer } from './support/server.mjs';
import { copyDist, waitForController } from './support/pwa.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = path.join(ROOT, 'tests/fixtures/polisen-eskilstuna-seed.txt');

/** Runs the editors' tool (built by scripts/test.sh's cargo stages) and returns its exit code and output. */
function cli(...args) {
  const run = spawnSync('cargo', ['run', '--locked', '-q', '-p', 'medborgarloften-cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Opens the workspace and waits until its module has started. */
async function openWorkspace(page, baseUrl) {
  await page.goto(new URL('redigera/', baseUrl).href);
  await page.getByRole('heading', { level: 1, name: 'Redigera medborgarlöften' }).waitFor();
  await page.getByText('Allt du gör här stannar i din webbläsare').waitFor();
}

/** The file a click on `name` downloads, saved to `dir`; its path. */
async function download(page, name, dir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

describe('the editors workspace', () => {
  const newApp = useAppSession();

  test('no resident page loads the workspace, and its page says nothing is sent anywhere', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await app.openList();
    assert.deepEqual(requested.filter((url) => /medborgarloften-editor|redigera/.test(url)), []);
    await openWorkspace(page, app.baseUrl);
    await expectNoViolations(page, 'the workspace start, phone');
  });

  test('published dataset → follow-up with a number → error fixed by its link → preview → review → download', async () => {
    const { app, page, problems } = await newApp({ viewport: PHONE });
    await openWorkspace(page, app.baseUrl);
    await page.getByRole('button', { name: 'Öppna Eskilstuna kommun' }).click();
    await page.getByRole('heading', { level: 2, name: 'Löften (15)' }).waitFor();

    // The promise with two targets: trygghetsvandringar and medborgarforum.
    await page.getByRole('button', { name: /Trygghetsvandringar och medborgarforum/ }).click();
    const form = page.getByRole('region', { name: /Trygghetsvandringar och medborgarforum/ });
    await form.getByText('Ingen uppföljning är publicerad.').waitFor();
    await form.getByLabel(/Datum för en ny uppföljning/).fill('2019-13');
    await form.getByRole('button', { name: 'Lägg till uppföljning' }).click();
    await form.getByLabel('Bedömning').selectOption({ label: 'Pågår' });
    await form.getByLabel('Resultat: trygghetsvandringar i Skiftinge och Lagersberg').fill('1');
    await form.getByLabel('Vad rapporten säger').fill('En trygghetsvandring är genomförd i Skiftinge.');

    // The date is wrong: the check says so, and its link leads to the field.
    await page.getByRole('button', { name: 'Kontroll: 1 fel' }).click();
    const link = page.getByRole('main').getByRole('link', { name: /followups\[0\]\.date/ });
    await link.click();
    const date = page.getByRole('textbox', { name: 'Datum', exact: true });
    assert.equal(await date.evaluate((el) => el === document.activeElement), true, 'the link moves focus to the field');
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    await date.fill('2019-05');
    await page.getByRole('button', { name: 'Kontroll: inga fel' }).click();
    await page.getByText('Inga fel: datamängden följer alla regler').waitFor();

    // The preview is the site's own page with the draft.
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();
    const frame = page.frameLocator('iframe[title="Förhandsvisning av sidan med utkastet"]');
    await frame.getByText('Trygghetsvandringar i Skiftinge och Lagersberg: 1 av 2').waitFor({ timeout: 30_000 });
    await frame.getByText('Senast uppföljt maj 2019').waitFor();
    // The frame follows the editor's typing without a reload.
    const framed = page.frames().find((f) => f.url().includes('forhandsvisning.json'));
    await framed.evaluate(() => { window.sammaSida = true; });
    await page.getByRole('button', { name: 'Löften' }).click();
    await page.getByRole('textbox', { name: 'Rubrik', exact: true }).fill('Trygghetsvandringar, ny rubrik');
    await page.getByRole('button', { name: 'Förhandsvisning' }).click();
    await frame.getByRole('heading', { name: 'Trygghetsvandringar, ny rubrik' }).waitFor();
    assert.equal(await framed.evaluate(() => window.sammaSida), true, 'the preview was not reloaded');

    await page.getByRole('button', { name: 'Granska och ladda ner' }).click();
    await page.getByText('1 ny uppföljning och 1 annan ändring i ett löfte.', { exact: true }).waitFor();
    await expectNoViolations(page, 'the review, phone');

    const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-redigera-'));
    try {
      const file = await download(page, 'Ladda ner datamängden (JSON)', dir);
      assert.equal(path.basename(file), 'eskilstuna.json');
      const checked = cli('validera', file);
      assert.equal(checked.status, 0, checked.out);
      const data = JSON.parse(await readFile(file, 'utf8'));
      const promise = data.promises.find((p) => p.id === '2019-polisen-trygghetsvandringar');
      assert.deepEqual(promise.followups, [
        { date: '2019-05', status: 'pagar', achieved: { trygghetsvandringar: 1 }, note: 'En trygghetsvandring är genomförd i Skiftinge.' },
      ]);
      // On the site: the downloaded file in the site's data/ folder, read by the site's page.
      const site = await copyDist();
      try {
        await copyFile(file, path.join(site.dir, 'data', 'nedladdad.json'));
        const server = await startStaticServer(site.dir, { module: 'full' });
        try {
          const resident = await page.context().newPage();
          await resident.goto(new URL('?data=data/nedladdad.json', server.url).href);
          await resident.getByText('Trygghetsvandringar i Skiftinge och Lagersberg: 1 av 2').waitFor({ timeout: 30_000 });
          await resident.close();
        } finally {
          await server.stop();
        }
      } finally {
        await site.remove();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    assert.deepEqual(problems.pageErrors, []);
  });

  test('the text of the polisen.se page becomes a draft with the 15 promises verbatim, and what to confirm links to its field', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await openWorkspace(page, app.baseUrl);
    await page.getByLabel(/Klistra in hela texten/).fill(await readFile(SEED, 'utf8'));
    await page.getByRole('button', { name: 'Gör ett utkast av texten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Löften (15)' }).waitFor();
    await page.getByRole('status').getByText(/Ett utkast med 2 perioder och 15 löften är gjort av texten\. \d+ saker att kontrollera/).waitFor();
    // Every promise of the published dataset, verbatim, is one of the draft's.
    const published = JSON.parse(await readFile(path.join(ROOT, 'public/data/eskilstuna.json'), 'utf8'));
    const texts = [];
    for (let i = 0; i < 15; i += 1) {
      await page.locator(`#lofte-val-${i}`).click();
      texts.push(await page.getByRole('textbox', { name: 'Löftet, ordagrant' }).inputValue());
    }
    assert.deepEqual([...texts].sort(), published.promises.map((p) => p.text).sort());
    const check = page.getByRole('button', { name: /^Kontroll: (inga fel|\d+ fel), \d+ att kontrollera$/ });
    await check.click();
    const first = page.getByRole('main').getByRole('heading', { name: /Att kontrollera i förslaget från texten/ });
    await first.waitFor();
    const item = page.locator('.kontroll-lista').first().getByRole('link').first();
    const target = await item.getAttribute('href');
    await item.click();
    await page.waitForFunction((id) => document.activeElement?.closest(id) !== null, target);
    await expectNoViolations(page, 'a draft from page text, phone');
  });

  test("a promise's sub-promises and a period's planned reports are forms too", async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await openWorkspace(page, app.baseUrl);
    await page.getByRole('button', { name: 'Öppna Eskilstuna kommun' }).click();
    await page.getByRole('button', { name: 'Lägg till: delåtagande' }).click();
    await page.getByRole('textbox', { name: 'Inledning', exact: true }).fill('Staden stödjer polisens löfte genom:');
    await page.getByRole('textbox', { name: 'Punkterna, ordagrant' }).fill('Belysning i Skiftinge\nFler fältassistenter');
    await page.getByRole('button', { name: 'Perioder' }).click();
    await page.getByRole('button', { name: 'Lägg till: rapport' }).first().click();
    const report = page.getByRole('group', { name: /^Rapport \d+$/ }).last();
    await report.getByRole('textbox', { name: 'Datum (ÅÅÅÅ-MM-DD)' }).fill('2020-02-29');
    await report.getByRole('textbox', { name: 'Rubrik' }).fill('Extra redovisning');
    await page.getByRole('button', { name: 'Kontroll: inga fel' }).click();
    await page.getByRole('button', { name: 'Granska och ladda ner' }).click();
    const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-delar-'));
    try {
      const data = JSON.parse(await readFile(await download(page, 'Ladda ner datamängden (JSON)', dir), 'utf8'));
      assert.deepEqual(data.promises[0].sub_promises, [
        { lead: 'Staden stödjer polisens löfte genom:', items: ['Belysning i Skiftinge', 'Fler fältassistenter'] },
      ]);
      assert.equal(data.periods[0].followup.reports.at(-1).title, 'Extra redovisning');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a workbook made by the editors tool opens, is edited and downloads back to the same dataset', async () => {
    const { app, page } = await newApp({ viewport: DESKTOP });
    const dir = await mkdtemp(path.join(tmpdir(), 'medborgarloften-arbetsbok-'));
    try {
      const made = path.join(dir, 'eskilstuna-fran-verktyget.xlsx');
      const exported = cli('exportera', path.join(ROOT, 'public/data/eskilstuna.json'), made);
      assert.equal(exported.status, 0, exported.out);
      await openWorkspace(page, app.baseUrl);
      await page.getByLabel(/Välj en fil/).setInputFiles(made);
      await page.getByRole('heading', { level: 2, name: 'Löften (15)' }).waitFor({ timeout: 30_000 });
      await page.getByRole('textbox', { name: 'Rubrik', exact: true }).fill('Ändrad rubrik i webbläsaren');
      await page.getByRole('button', { name: 'Granska och ladda ner' }).click();
      const downloaded = await download(page, 'Ladda ner som arbetsbok (.xlsx)', dir);
      const back = path.join(dir, 'tillbaka.json');
      const imported = cli('importera', downloaded, back);
      assert.equal(imported.status, 0, imported.out);
      const original = JSON.parse(await readFile(path.join(ROOT, 'public/data/eskilstuna.json'), 'utf8'));
      const roundTrip = JSON.parse(await readFile(back, 'utf8'));
      original.promises[0].title = 'Ändrad rubrik i webbläsaren';
      for (const data of [original, roundTrip]) delete data.$schema;
      assert.deepEqual(roundTrip, original);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a workbook with errors lists each by sheet, row and column, and nothing is opened', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await openWorkspace(page, app.baseUrl);
    await page.getByLabel(/Välj en fil/).setInputFiles({ name: 'trasig.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('inte en arbetsbok') });
    const alert = page.getByRole('alert');
    await alert.getByText(/^trasig\.xlsx kunde inte öppnas\./).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Redigera medborgarlöften' }).count(), 1);
  });

  test('a reload mid-edit loses nothing; the draft is listed with its time and deleted only when asked', async () => {
    const { app, page } = await newApp({ viewport: PHONE });
    await openWorkspace(page, app.baseUrl);
    await page.getByRole('button', { name: 'Öppna Eskilstuna kommun' }).click();
    const title = page.getByRole('textbox', { name: 'Rubrik', exact: true });
    await title.fill('Trafikkontroller, ändrad rubrik');
    await page.getByText(/Sparat på den här enheten \d{1,2}\.\d\d/).waitFor();
    await page.reload();
    const resume = page.getByRole('button', { name: /^Fortsätt med utkastet från \d{1,2} [a-zä]+ \d{1,2}\.\d\d$/ });
    await resume.first().waitFor();
    await resume.first().click();
    assert.equal(await page.getByRole('textbox', { name: 'Rubrik', exact: true }).inputValue(), 'Trafikkontroller, ändrad rubrik');
    await page.getByRole('button', { name: 'Stäng utkastet' }).click();
    const before = await resume.count();
    await page.getByRole('button', { name: 'Ta bort utkastet' }).first().click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('Utkastet är borttaget.').waitFor();
    assert.equal(await resume.count(), before - 1);
  });

  test('a removed promise comes back with Ångra, and the workspace has no violations in dark mode', async () => {
    const { app, page } = await newApp({ viewport: DESKTOP });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWorkspace(page, app.baseUrl);
    await page.getByRole('button', { name: 'Öppna Eskilstuna kommun' }).click();
    await page.getByRole('heading', { level: 2, name: 'Löften (15)' }).waitFor();
    await page.getByRole('button', { name: 'Ta bort löftet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Löften (14)' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ångra' }).evaluate((el) => el === document.activeElement), true);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('heading', { level: 2, name: 'Löften (15)' }).waitFor();
    await expectNoViolations(page, 'the promise form, desktop dark');
  });

  describe('offline', () => {
    const newOfflineApp = useAppSession({ isolated: true, serviceWorkers: 'allow' });

    test('after one visit the workspace opens offline and its kept draft is there', async () => {
      const { app, page } = await newOfflineApp({ viewport: PHONE });
      await app.openList();
      await waitForController(page);
      await openWorkspace(page, app.baseUrl);
      await page.getByRole('button', { name: 'Öppna Eskilstuna kommun' }).click();
      await page.getByRole('textbox', { name: 'Rubrik', exact: true }).fill('Skrivet innan nätet försvann');
      await page.context().setOffline(true);
      await page.reload();
      await page.getByText('Allt du gör här stannar i din webbläsare').waitFor();
      await page.getByRole('button', { name: /^Fortsätt med utkastet från/ }).first().click();
      assert.equal(await page.getByRole('textbox', { name: 'Rubrik', exact: true }).inputValue(), 'Skrivet innan nätet försvann');
    });
  });
});
