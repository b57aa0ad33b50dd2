// A static file server for the built app (dist/), started and stopped by each test file.
// Serves .wasm as application/wasm so the browser can stream-compile it, and nothing outside dist/.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built app: the repository's dist/ (what `trunk build --release` writes), or $E2E_DIST_DIR. */
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

/**
 * Starts a server for `root` on 127.0.0.1 and a free port.
 * `basePath` serves the app under a sub-path (e.g. "/medborgarloften/"; anything outside it is 404), and
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 * @param {string} [root]
 * @param {{ basePath?: string, headers?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>} `url` ends in "/" (and includes `basePath`).
 */
export async function startStaticServer(root = DIST_DIR, { basePath = '/', headers = {} } = {}) {
  const rootDir = path.resolve(root);
  try {
    await stat(path.join(rootDir, 'index.html'));
  } catch {
    throw new Error(`${rootDir}/index.html not found: run 'trunk build --release' (scripts/test.sh does) first.`);
  }

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
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        ...headers,
      });
      if (req.method === 'HEAD') {
        res.end();
      } else {
        createReadStream(file).pipe(res);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
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
