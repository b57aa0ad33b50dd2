// Trunk post_build hook (see Trunk.toml): writes the app-shell precache list and a build hash into the staged
// service worker. Runs after Trunk has written every file (hashed names, wasm-opt output, minified index.html)
// into $TRUNK_STAGING_DIR and before that directory becomes dist/, so the list is what the release really has.
//
// - Lists what the built page itself loads and shows offline: index.html, boot.js, the JS glue and its
//   snippets (src/pwa.js), the wasm, the CSS, the manifest and the favicon; and the files the footer offers that
//   the build wrote from the site's dataset: the feed (flode.xml), the CSV (data/<name>.csv) and the DCAT
//   description (data.json), so a resident can open them offline too. Left out, each for a reason:
//     sw.js      the worker itself;
//     data/*.json, geo/  datasets and map files: the page keeps the last copy it *validated* (see public/sw.js); the
//                precache would store whatever the server had, and an unused file (the kommun outline, which the
//                map never draws) would cost every first visit;
//     icons/     install icons (PNG): the browser fetches the manifest's icons when the app is installed and keeps
//                them itself; the page never shows them;
//     embed.js   for the pages that embed the app, never loaded by the app;
//     the full app's JS glue and wasm, where the page has the first module (crates/medborgarloften-first): it
//                loads them only when it needs them, and the worker keeps them then;
//     *.br, *.gz precompressed copies (scripts/compress.mjs): the server picks them, the browser never asks.
// - Normalises: forward slashes, "index.html" becomes "./" (the address the page is opened at), sorted and
//   deduplicated, because Cache.addAll() rejects duplicate URLs.
// - BUILD is the first 16 hex digits of a SHA-256 over the listed names and contents: a new build gets a new
//   cache name, an identical rebuild keeps it (no pointless "Ny version" prompt).
// Only node's standard library: nothing is downloaded at build time.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) {
  console.error('precache.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook, or pass the dir).');
  process.exit(1);
}

const SW = 'sw.js';
/** Left out of the precache list; see the top of this file. */
const LEFT_OUT = [/^sw\.js$/, /^data\/(?!.*\.csv$)/, /^geo\//, /^icons\//, /^embed\.js$/, /\.(br|gz)$/, /(^|\/)\./];
// A page with the first module (scripts/first_module.sh names it on boot.js's tag) loads the full app only when it
// needs it; the service worker then keeps the full app once it has been fetched (public/sw.js, `fromShell`).
const page = await readFile(path.join(staging, 'index.html'), 'utf8');
if (/\bdata-first-js=/.test(page)) LEFT_OUT.push(/^medborgarloften-app-/);
const BUILD_PLACEHOLDER = "const BUILD = 'dev';";
const PRECACHE_PLACEHOLDER = 'const PRECACHE = [];';

/** Every file under `dir`, as forward-slash paths relative to `root`. */
async function walk(dir, root = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, root)));
    else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

const files = (await walk(staging)).filter((file) => !LEFT_OUT.some((rule) => rule.test(file))).sort();

const hash = createHash('sha256');
for (const file of files) {
  hash.update(file).update('\0').update(await readFile(path.join(staging, file))).update('\0');
}
const build = hash.digest('hex').slice(0, 16);

const urls = [...new Set(files.map((file) => (file === 'index.html' ? './' : file)))].sort();

const swPath = path.join(staging, SW);
const source = await readFile(swPath, 'utf8');
for (const placeholder of [BUILD_PLACEHOLDER, PRECACHE_PLACEHOLDER]) {
  if (source.split(placeholder).length !== 2) {
    console.error(`precache.mjs: ${swPath} must contain "${placeholder}" exactly once.`);
    process.exit(1);
  }
}
const written = source
  .replace(BUILD_PLACEHOLDER, `const BUILD = '${build}';`)
  .replace(PRECACHE_PLACEHOLDER, `const PRECACHE = ${JSON.stringify(urls, null, 2)};`);
await writeFile(swPath, written);
console.log(`precache.mjs: build ${build}, ${urls.length} files precached in ${SW}`);
