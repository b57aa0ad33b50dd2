// The benchmarks' static server (scripts/bench/bench_pwa.mjs, scripts/bench/bench_lighthouse.mjs): serves directories the way
// the README asks a host to, and logs every request with the bytes it put on the wire.
//   - Content negotiation: brotli when the client accepts it, else gzip, else the file as it is. A precompressed
//     copy next to the file (`x.js.br`, medborgarloften-build compress) is sent as it is; without one (an older build) the
//     file is compressed once (brotli 11, gzip 9) and kept in memory, so builds are compared on equal terms.
//   - Caching: Trunk's hashed names `max-age=31536000, immutable`; everything else `no-cache` with an ETag, so a
//     revalidation costs a 304.
// Not a test helper: tests keep tests/e2e/support/server.mjs, which sends plain files.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MIME } from '../../tests/e2e/support/server.mjs';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|webmanifest|svg|txt|xml|csv|wasm)$/;
// Trunk's hash is hex without leading zeros: 16 digits or, now and then, fewer (public/sw.js).
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/;

/**
 * Serves each `mounts` entry (URL prefix ending in "/" → directory) on 127.0.0.1 and a free port.
 * @param {Record<string, string>} mounts
 * @returns {Promise<{ url: string, log: Array<{path: string, status: number, encoding: string, bytes: number}>,
 *   stop: () => Promise<void> }>}
 */
export async function startBenchServer(mounts) {
  const log = [];
  const memo = new Map();
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);

  async function body(file, encoding) {
    if (encoding === 'identity') return readFile(file);
    try {
      return await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`);
    } catch {
      const key = `${file}\0${encoding}`;
      if (!memo.has(key)) {
        const raw = await readFile(file);
        memo.set(
          key,
          encoding === 'br'
            ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(raw, { level: 9 }),
        );
      }
      return memo.get(key);
    }
  }

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const startBytes = req.socket.bytesWritten;
    const entry = { path: pathname, status: 0, encoding: 'identity', bytes: 0 };
    res.on('finish', () => {
      entry.status = res.statusCode;
      entry.bytes = req.socket.bytesWritten - startBytes;
      log.push(entry);
    });
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    const root = path.resolve(mounts[prefix]);
    let file = path.join(root, decodeURIComponent(pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + path.sep)) return res.writeHead(403).end();
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = !COMPRESSIBLE.test(file) ? 'identity' : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
      const etag = `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}-${encoding}"`;
      const headers = {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': HASHED.test(file) ? 'max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
        Vary: 'Accept-Encoding',
      };
      entry.encoding = encoding;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
      const data = await body(file, encoding);
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      res.writeHead(200, { ...headers, 'Content-Length': data.length });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    log,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
