// A static file server for the built app (dist/), started and stopped by each test file.
// Serves .wasm as application/wasm so the browser can stream-compile it, and nothing outside dist/.
// With `module: 'full'` it serves the page without its first module, so the same spec can be run on the full app.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built app: the repository's dist/ (what `trunk build --release` writes, with the example dataset the tests open:
 * `MEDB_EXTRA_DATASETS=public/data/exempelkommun.json`, as scripts/test.sh builds it), or $E2E_DIST_DIR.
 */
export const DIST_DIR = process.env.E2E_DIST_DIR ?? fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Content types by file ending, as the README asks a host to send them. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  // The build's only XML file is the Atom feed (flode.xml).
  '.xml': 'application/atom+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The modules that can work the built page (see public/boot.js): its first module, or the full Leptos app. */
export const MODULES = ['first', 'full'];

// The boot tag names the first module in two attributes (scripts/first_module.mjs); Trunk's minifier may have left
// their values unquoted.
const FIRST_MODULE_ATTRIBUTE = /\s+data-first-(?:js|wasm)=(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;
const BOOT_TAG = /<script\b[^>]*\bid=(?:"medborgarloften-boot"|'medborgarloften-boot'|medborgarloften-boot\b)[^>]*>/;

/**
 * The page `html` without its first module: the boot tag loses `data-first-js` and `data-first-wasm`, so
 * public/boot.js loads the full app, as on a build without the first module. Test-only; the build is not changed.
 * @param {string} html
 */
export function withoutFirstModule(html) {
  const tag = html.match(BOOT_TAG);
  if (!tag) throw new Error('index.html has no boot tag (id="medborgarloften-boot"): cannot strip the first module');
  const stripped = tag[0].replace(FIRST_MODULE_ATTRIBUTE, '');
  // A page without the first module would quietly run the first module's specs twice: say so instead.
  if (stripped === tag[0]) throw new Error(`the boot tag names no first module: ${tag[0]}`);
  return html.replace(tag[0], stripped);
}

/**
 * Starts a server for `root` on 127.0.0.1 and a free port.
 * `basePath` serves the app under a sub-path (e.g. "/medborgarloften/"; anything outside it is 404), and
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 * `module` is the module the page starts with: `'first'` serves the build as it is; `'full'` serves every
 * index.html with the first module stripped from its boot tag ({@link withoutFirstModule}), which forces the full
 * app.
 * @param {string} [root]
 * @param {{ basePath?: string, headers?: Record<string, string>, module?: 'first'|'full' }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` ends in "/" (and includes `basePath`).
 */
export async function startStaticServer(root = DIST_DIR, { basePath = '/', headers = {}, module = 'first' } = {}) {
  if (!MODULES.includes(module)) throw new Error(`unknown module ${JSON.stringify(module)}: one of ${MODULES.join(', ')}`);
  const rootDir = path.resolve(root);
  let page;
  try {
    page = await readFile(path.join(rootDir, 'index.html'), 'utf8');
  } catch {
    throw new Error(`${rootDir}/index.html not found: run 'trunk build --release' (scripts/test.sh does) first.`);
  }
  // The tests open the made-up example with ?data=data/exempelkommun.json; a site ships it only when asked for.
  if (rootDir === path.resolve(DIST_DIR)) {
    try {
      await stat(path.join(rootDir, 'data', 'exempelkommun.json'));
    } catch {
      throw new Error(
        `${rootDir}/data/exempelkommun.json not found: build with ` +
          "MEDB_EXTRA_DATASETS=public/data/exempelkommun.json medb_trunk build --release (scripts/test.sh does).",
      );
    }
  }
  // Fails here, at the start of the test file, when there is no first module to strip.
  if (module === 'full') withoutFirstModule(page);

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(basePath)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let file = path.join(rootDir, decodeURIComponent(pathname.slice(basePath.length - 1)));
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = null;
    if (module === 'full' && path.basename(file) === 'index.html') {
      // Read on each request, not once: some tests publish a new build into their copy of dist/.
      try {
        body = Buffer.from(withoutFirstModule(await readFile(file, 'utf8')));
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
        return;
      }
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body?.length ?? info.size,
      'Cache-Control': 'no-cache',
      ...headers,
    });
    if (req.method === 'HEAD') {
      res.end();
    } else if (body) {
      res.end(body);
    } else {
      createReadStream(file).pipe(res);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    stop: () =>
      new Promise((resolve) => {
        // Keep-alive connections would otherwise hold the process (and `node --test`) open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
