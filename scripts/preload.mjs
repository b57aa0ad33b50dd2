// Trunk post_build hook step (scripts/post_build.sh; after prerender.sh, before precache.mjs, which hashes the page):
// adds to the staged index.html a preload of the site's dataset, `<link rel="preload" as="fetch" crossorigin>`: the
// same mode and credentials as the app's own fetch (gloo-net: cors, same-origin), so the browser hands that fetch the
// preloaded answer and the file is downloaded once, while the page is still loading, before the app starts.
// Nothing else is preloaded in the page: it arrives rendered, and the app's JS and wasm wait for the page's load
// event (public/boot.js) so they never compete with the first paint. The wasm-bindgen snippets are named on boot.js's
// tag (data-snippets), and boot.js preloads them with the JS glue.
// The dataset is the site's ($MEDB_DATASET), which scripts/prerender.sh names in the page for the app; the preload
// reads that same tag, so it always matches the app's first fetch.
// Only node's standard library: nothing is downloaded at build time.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) {
  console.error('preload.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook, or pass the dir).');
  process.exit(1);
}

const page = path.join(staging, 'index.html');
const html = await readFile(page, 'utf8');
// The site's dataset, as the pre-render (scripts/prerender.sh, the hook before this one) wrote it for the app.
const meta = html.match(/<meta name="?medborgarloften-dataset"? content="?([^">]+)"?>/);
if (!meta) {
  console.error('preload.mjs: index.html has no <meta name="medborgarloften-dataset"> (did scripts/prerender.sh run?).');
  process.exit(1);
}
const published = meta[1];
try {
  await stat(path.join(staging, published));
} catch {
  console.error(`preload.mjs: ${published} is not in the build.`);
  process.exit(1);
}

/** Every `.js` file under `dir`, as forward-slash paths relative to `root`; none when `dir` does not exist. */
async function scripts(dir, root) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await scripts(full, root)));
    else if (entry.name.endsWith('.js')) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out.sort();
}

const href = (file) => `./${encodeURI(file)}`;
const links = [
  // Low priority: the rendered page shows the same promises, so its styles go first; the app needs the file only
  // once its wasm has arrived, which is later still.
  `<link rel="preload" href="${href(published)}" as="fetch" crossorigin fetchpriority="low">`,
];

// The wasm-bindgen snippets (src/pwa.js), which the JS glue imports: named on boot.js's tag, which preloads them
// with the glue once the page has loaded, so they arrive together instead of one after the other.
const snippets = (await scripts(path.join(staging, 'snippets'), staging)).map(href);
const bootTag = /id="?medborgarloften-boot"?/;
if (!bootTag.test(html)) {
  console.error(`preload.mjs: ${page} has no <script id="medborgarloften-boot">.`);
  process.exit(1);
}
const named = html.replace(bootTag, (tag) => `${tag} data-snippets="${snippets.join(' ')}"`);

// Trunk's minifier may drop optional tags: before </head> if it is there, else before <body.
const at = named.includes('</head>') ? named.indexOf('</head>') : named.indexOf('<body');
if (at < 0) {
  console.error(`preload.mjs: ${page} has neither </head> nor <body>.`);
  process.exit(1);
}
await writeFile(page, named.slice(0, at) + links.join('') + named.slice(at));
console.log(`preload.mjs: ${published} preloaded in index.html; ${snippets.length} snippets named for boot.js`);
