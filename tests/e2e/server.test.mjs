// The tests' own server (support/server.mjs) and its switch to the full app: `module: 'full'` serves the built page
// without its first module, whether Trunk's minifier left the boot tag's values quoted or not, and leaves every
// other byte — and the build's files — as they are. No browser: plain HTTP against dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST_DIR, startStaticServer, withoutFirstModule } from './support/server.mjs';

const BOOT = 'id=medborgarloften-boot src=./boot.js data-js=./app.js data-wasm=./app_bg.wasm';

describe('the server\'s module switch', () => {
  test('strips data-first-js and data-first-wasm from the boot tag, quoted or not, and nothing else', () => {
    for (const [first, stripped] of [
      [`<script type=module ${BOOT} data-first-js=./f.js data-first-wasm=./f_bg.wasm></script>`, `<script type=module ${BOOT}></script>`],
      [`<script ${BOOT} data-first-js="./f.js" data-first-wasm="./f_bg.wasm" type=module>`, `<script ${BOOT} type=module>`],
      [`<script data-first-wasm='./f_bg.wasm' ${BOOT} data-first-js='./f.js'>`, `<script ${BOOT}>`],
    ]) {
      const page = `<p data-first-js=kept>${first}<p>`;
      assert.equal(withoutFirstModule(page), `<p data-first-js=kept>${stripped}<p>`);
    }
  });

  test('refuses a page whose boot tag names no first module, rather than run the full app twice', () => {
    assert.throws(() => withoutFirstModule(`<script ${BOOT}></script>`), /names no first module/);
    assert.throws(() => withoutFirstModule('<p>no boot tag</p>'), /no boot tag/);
  });

  test('serves the built page without its first module under module: "full", and the build unchanged', async () => {
    const built = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
    assert.match(built, /data-first-js=/, 'the build names its first module');
    const full = await startStaticServer(DIST_DIR, { module: 'full' });
    const first = await startStaticServer(DIST_DIR);
    try {
      for (const address of ['', 'index.html', '?ar=2019']) {
        const response = await fetch(new URL(address, full.url));
        const page = await response.text();
        assert.equal(page, withoutFirstModule(built), address);
        assert.doesNotMatch(page, /data-first-(js|wasm)=/, address);
        assert.equal(Number(response.headers.get('content-length')), Buffer.byteLength(page), address);
      }
      assert.equal(await (await fetch(first.url)).text(), built);
      assert.equal(await readFile(path.join(DIST_DIR, 'index.html'), 'utf8'), built, 'dist/ is never changed');
    } finally {
      await full.stop();
      await first.stop();
    }
  });
});
