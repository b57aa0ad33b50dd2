// Trunk post_build hook (see Trunk.toml; runs last): writes a brotli (`.br`, quality 11) and a gzip (`.gz`,
// level 9) copy next to every compressible file of the build, so a server can send them as they are instead of
// compressing on every request (see the README, "HTTP headers"). A copy is written only when it is smaller than
// the file. PNGs are already compressed and are left alone.
//
//   node scripts/compress.mjs [dir]     (default $TRUNK_STAGING_DIR)
//
// Run it again on dist/ after replacing a dataset or map file there without a rebuild: it rewrites every copy,
// and a stale `.br` next to a new dataset would otherwise be what browsers get.
// Only node's standard library (zlib): no extra binary.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('compress.mjs: pass the directory (or run it as a Trunk post_build hook).');
  process.exit(1);
}

/** Text formats, and the wasm (binary, but it compresses to a third). */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|webmanifest|svg|txt|xml|csv|wasm)$/;
const TEXT = /\.(html|js|mjs|css|json|geojson|webmanifest|svg|txt|xml|csv)$/;

async function walk(at) {
  const out = [];
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const full = path.join(at, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

let raw = 0;
let brotli = 0;
let count = 0;
for (const file of (await walk(dir)).filter((name) => COMPRESSIBLE.test(name)).sort()) {
  const body = await readFile(file);
  const copies = {
    '.br': brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: TEXT.test(file) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    '.gz': gzipSync(body, { level: 9 }),
  };
  for (const [ext, copy] of Object.entries(copies)) {
    if (copy.length < body.length) await writeFile(file + ext, copy);
    else await rm(file + ext, { force: true });
  }
  raw += body.length;
  brotli += Math.min(copies['.br'].length, body.length);
  count += 1;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`compress.mjs: ${count} files, ${kb(raw)} raw, ${kb(brotli)} as brotli (.br and .gz written next to them)`);
