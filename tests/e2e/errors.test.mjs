// End-to-end: when the dataset cannot be loaded the visitor gets a Swedish explanation and a retry, never a blank
// page or a crashed (panicked) app. The failures are staged with page.route() on the dataset URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppSession } from './support/session.mjs';
import { normalize } from './support/promises_page.mjs';

const DATASET = '**/data/eskilstuna.json';

// Isolated: the app keeps the last good dataset, so a failure must not follow a success in the same profile.
const newApp = useAppSession({ isolated: true });

const failures = [
  {
    name: 'HTTP 500',
    route: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    explains: /Servern kunde inte lämna ut löftena just nu/,
    detail: /HTTP-status 500/,
  },
  {
    name: 'HTTP 404',
    route: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    explains: /Löftena finns inte på den här adressen just nu/,
    detail: /HTTP-status 404/,
  },
  {
    name: 'malformed JSON',
    route: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "promises": [\n    {"id": "x",\n' }),
    explains: /Filen med löftena innehåller fel/,
    detail: /\brad(en)?\b/i,
  },
  {
    name: 'JSON of the wrong type ({"promises": 5})',
    route: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"promises": 5}' }),
    explains: /Filen med löftena innehåller fel/,
    detail: /fel typ/i,
  },
  {
    name: 'network failure',
    route: (route) => route.abort('failed'),
    explains: /Det gick inte att nå servern/,
  },
];

describe('a dataset that cannot be loaded', () => {
  for (const failure of failures) {
    test(`${failure.name}: Swedish error panel with "Försök igen", which loads the promises once fixed`, async () => {
      const { app, page, problems } = await newApp();
      await page.route(DATASET, failure.route);
      await app.open();

      await app.errorPanel.waitFor();
      assert.equal(await app.errorPanel.getAttribute('role'), 'alert');
      await app.errorPanel.getByRole('heading', { name: 'Löftena kunde inte laddas' }).waitFor();
      const explanation = normalize(await app.errorPanel.innerText());
      assert.match(explanation, failure.explains, `the explanation: "${explanation}"`);
      // What residents read has no status codes or field names; editors find them under "Teknisk information".
      assert.doesNotMatch(explanation, /HTTP-status|schema_version|promises\[/, `the explanation: "${explanation}"`);
      if (failure.detail) {
        const detail = app.errorPanel.getByTestId('technical-detail');
        assert.equal(await detail.getAttribute('open'), null, 'the detail starts folded');
        assert.match(normalize(await detail.textContent()), failure.detail);
      }
      await app.retryButton.waitFor();

      // Not a blank page: the app's heading is still there, and it did not crash.
      assert.match(normalize(await app.heading.textContent()), /Medborgarlöften/);
      assert.deepEqual(problems.pageErrors, [], 'no uncaught exception (a wasm panic shows up here)');
      assert.equal(await app.cards.count(), 0);

      await page.unroute(DATASET);
      await app.retryButton.click();
      await app.expectShowing(15);
      await app.errorPanel.waitFor({ state: 'detached' });
      assert.deepEqual(problems.pageErrors, []);
    });
  }
});
