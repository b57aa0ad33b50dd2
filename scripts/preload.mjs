// Trunk post_build hook (see Trunk.toml; runs before precache.mjs, which hashes the page): adds to the staged
// index.html the preloads that let the browser fetch, while the wasm is still downloading, what the app will ask
// for as soon as it starts:
//   - the default dataset, `<link rel="preload" as="fetch" crossorigin>`: the same mode and credentials as the
//     app's own fetch (gloo-net: cors, same-origin), so the browser hands that fetch the preloaded answer and the
//     file is downloaded once;
//   - every wasm-bindgen snippet (snippets/**/*.js, i.e. src/pwa.js), `<link rel="modulepreload">`: the JS glue
//     imports it, and without the hint the browser finds it only after the glue has arrived.
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
  `<link rel="preload" href="${href(published)}" as="fetch" crossorigin>`,
  ...(await scripts(path.join(staging, 'snippets'), staging)).map((file) => `<link rel="modulepreload" href="${href(file)}">`),
];

// Trunk's minifier may drop optional tags: before </head> if it is there, else before <body.
const at = html.includes('</head>') ? html.indexOf('</head>') : html.indexOf('<body');
if (at < 0) {
  console.error(`preload.mjs: ${page} has neither </head> nor <body>.`);
  process.exit(1);
}
await writeFile(page, html.slice(0, at) + links.join('') + html.slice(at));
console.log(`preload.mjs: ${links.length} preloads added to index.html (${published} and the snippets)`);
