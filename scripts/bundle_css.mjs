// Trunk post_build hook step (scripts/post_build.sh, first): joins the page's stylesheets into one file. The styles
// are kept in small files named for what they hold (style/*.css, one `<link data-trunk rel="css">` each), but every
// stylesheet in the head is a render-blocking request, and on a phone's connection each one past the browser's few
// parallel connections waits a round trip before the first paint. Trunk has already minified and hashed each file;
// this step concatenates them in the page's order (so the cascade is unchanged) into `style-<hash>.css`, puts one
// `<link>` with a fresh Subresource Integrity hash where the first was, and removes the parts from the build.
// Stylesheets outside Trunk's hashed names (noscript.css, inside <noscript>) are left as they are.
// Only node's standard library: nothing is downloaded at build time.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) {
  console.error('bundle_css.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook, or pass the dir).');
  process.exit(1);
}

const page = path.join(staging, 'index.html');
const html = await readFile(page, 'utf8');
// Trunk's tags for its hashed CSS: `<link href=./main-3bbe4f84dcf76e37.css integrity=sha384-… rel=stylesheet>`
// (attributes in any order, quoted or not once minified; the hash has no leading zeros, so it may be shorter).
const tag = /<link\b[^>]*\bhref="?\.\/([a-z0-9_-]+-[0-9a-f]{10,16}\.css)"?[^>]*>/g;
const parts = [...html.matchAll(tag)].filter((match) => /\brel="?stylesheet"?/.test(match[0]));
if (parts.length < 2) {
  console.log(`bundle_css.mjs: ${parts.length} stylesheet(s), nothing to join.`);
  process.exit(0);
}

const texts = await Promise.all(parts.map((match) => readFile(path.join(staging, match[1]), 'utf8')));
// Each part ends its last rule; a newline between them keeps a part's trailing comment from swallowing the next.
const css = texts.map((text) => text.trimEnd()).join('\n') + '\n';
const name = `style-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;

let first = true;
const joined = html.replace(tag, (whole) => {
  if (!/\brel="?stylesheet"?/.test(whole)) return whole;
  if (!first) return '';
  first = false;
  return `<link rel="stylesheet" href="./${name}" integrity="${integrity}">`;
});
await writeFile(path.join(staging, name), css);
await writeFile(page, joined);
await Promise.all(parts.map((match) => rm(path.join(staging, match[1]))));
console.log(`bundle_css.mjs: ${parts.map((match) => match[1]).join(', ')} → ${name} (${css.length} bytes).`);
