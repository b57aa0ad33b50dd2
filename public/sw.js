// Service worker of medborgarlöften: offline app shell, network-first dataset and map file, last-good fallback.
//
// Plain JavaScript, no libraries. Registered by crates/medborgarloften-web/js/pwa.js (after the page's `load` event, when the browser is
// idle) with a relative URL and scope "./", so the same file works at "/" and under a sub-path such as
// "/medborgarloften/". Never registered inside an iframe.
//
// Build: `BUILD` and `PRECACHE` below are placeholders. The build tool (Trunk's post_build hook,
// crates/medborgarloften-build/src/precache.rs) replaces them in the *staged* copy with a hash of the release build
// and the list of shell files Trunk actually produced (hashed names), so the cache name changes with every build and
// nothing here is kept by hand. The list holds what the page itself loads and the files the footer offers that the
// build wrote (the Atom feed flode.xml, the CSV data/<name>.csv, the description data.json): no datasets, no map
// files, no install icons, no embed.js, no .br/.gz copies. The CSV is not data/*.json, so it is served from the
// shell like the feed.
//
// Install goes through the HTTP cache, so a first visit does not download the app twice: by the time the page
// registers this worker it has loaded the same files. Names with Trunk's content hash (`-<16 hex>.js/.wasm/.css`)
// are taken from the HTTP cache whatever its headers say (`force-cache`: a hashed name never changes content);
// the few unhashed files (./, boot.js, the manifest, the snippet, the favicon) follow the server's headers, which
// the README asks to be `no-cache`, so they are revalidated (a 304 when unchanged) and never stale.
//
// Caches (per origin; shell names carry the scope so two deployments on one origin do not delete each other's):
//   shell:<BUILD>  the precached app shell; cache-first. Older shell caches are deleted on activate.
//   LAST_GOOD      datasets (data/*.json) and map files (geo/*) that the app has parsed and validated. Written by
//                  the page, never here.
//   VISITS         which datasets this browser has a stored visit of (crates/medborgarloften-web/js/visit.js writes and clears it); read
//                  here to mark a returning reader's page (markReturning).
//
// Why the page writes LAST_GOOD: only the Rust validators (parse_dataset, parse_geojson) know whether a published
// file is sound, and they run in the page. So the service worker never stores a dataset or map file it fetched:
// it goes to the network first and, only when the network fails or is slower than 4 s, answers from LAST_GOOD
// with the header `X-Medborgarloften-Cache: fallback`. The page (crates/medborgarloften-web/js/pwa.js `rememberDataset`,
// `rememberGeometry`) puts a file's text into LAST_GOOD only after it validated; when a fresh answer is invalid or
// an HTTP error, the page reads LAST_GOOD itself (`savedDataset`, `savedGeometry`). A broken publication, even one
// served with status 200, therefore never replaces what a resident already had.
//
// Updates: a new build installs next to the old one and waits. The page offers "Ny version finns – ladda om";
// its button posts {type: "SKIP_WAITING"}, and the page reloads on `controllerchange`.

const BUILD = 'dev';
const PRECACHE = [];

/** Shared with crates/medborgarloften-web/js/pwa.js: the datasets and map files the app has validated. Survives app updates on purpose. */
const LAST_GOOD = 'medborgarloften-last-good-v1';
/** How long the network may take before a saved copy is shown instead. */
const NETWORK_TIMEOUT_MS = 4000;
/** Marks an answer that came from a cache because the network failed (read by src/api.rs). */
const FALLBACK_HEADER = 'X-Medborgarloften-Cache';
/** Shared with crates/medborgarloften-web/js/visit.js: the dataset addresses this browser has a stored visit of (one empty entry each). */
const VISITS = 'medborgarloften-besok-v1';
/** Trunk's content-hashed names (filehash = true): the same name always has the same content. Trunk writes the
 * 64-bit hash in hex without leading zeros, so one build in sixteen has 15 digits (seen: `-996c1f78b51d724.js`). */
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/;

const SCOPE_PATH = new URL('./', self.location.href).pathname;
// On a site for many kommuner each kommun's worker is in its folder, and the files all kommuner share (the app, the
// first module, the stylesheet, boot.js) are one folder up: the precache names them `../…`
// (crates/medborgarloften-build/src/many.rs). Those, and the hashed files beside them, are this worker's shell too.
const SHARED_PATH = PRECACHE.some((path) => path.startsWith('../')) ? new URL('../', self.location.href).pathname : SCOPE_PATH;
const SHELL_FILES = new Set(PRECACHE.map((path) => new URL(path, self.location.href).pathname));
/** Whether `url` is one of the shared files outside the scope that this worker keeps. */
const sharedFile = (url) =>
  url.origin === self.location.origin &&
  !url.pathname.startsWith(SCOPE_PATH) &&
  url.pathname.startsWith(SHARED_PATH) &&
  (SHELL_FILES.has(url.pathname) || HASHED.test(url.pathname));
const PREFIX = `medborgarloften:${SCOPE_PATH}:`;
const SHELL = `${PREFIX}shell:${BUILD}`;
/** Earlier builds kept every fetched map file here, validated or not; removed on activate. */
const OLD_GEO = `${PREFIX}geo`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) =>
      cache.addAll(
        PRECACHE.map(
          (path) => new Request(new URL(path, self.location.href), { cache: HASHED.test(path) ? 'force-cache' : 'default' }),
        ),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  const stale = (name) => name === OLD_GEO || (name.startsWith(`${PREFIX}shell:`) && name !== SHELL);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(stale).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  // The page's hashed files it loaded before this worker controlled it (crates/medborgarloften-web/js/pwa.js): the full app, where the
  // first module handed over on the first visit. Read from the HTTP cache, so nothing is downloaded again.
  if (event.data && event.data.type === 'KEEP' && Array.isArray(event.data.urls)) event.waitUntil(keep(event.data.urls));
});

/** Adds to the shell cache the hashed files of this site among `urls` that it does not have yet. */
async function keep(urls) {
  const cache = await caches.open(SHELL);
  const ours = urls
    .map((u) => new URL(u))
    .filter((u) => (u.origin === self.location.origin && u.pathname.startsWith(SCOPE_PATH)) || sharedFile(u));
  await Promise.all(
    ours
      .filter((u) => HASHED.test(u.pathname))
      .map(async (u) => {
        if (await cache.match(u.href)) return;
        const response = await fetch(u.href, { cache: 'force-cache' });
        if (response.ok) await cache.put(u.href, response);
      }),
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (sharedFile(url)) {
    event.respondWith(fromShell(request, request));
    return;
  }
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  const path = url.pathname.slice(SCOPE_PATH.length);

  if (/^(data\/[^/]+\.json|geo\/[^/]+)$/.test(path)) {
    event.respondWith(networkFirst(request));
  } else if (path.startsWith('redigera/') || path === 'redigera.js' || path === 'redigera.css') {
    // The editors' workspace: not precached (residents never load it), kept once an editor has opened it.
    event.respondWith(networkKeeping(request));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    // The one page, whatever its query (the app reads that).
    event.respondWith(fromShell(new URL('./', self.location.href).href, request).then((page) => markReturning(page, url)));
  } else if (path !== 'sw.js') {
    event.respondWith(fromShell(request, request));
  }
});

/**
 * The shell's copy of `key`, else the network. A hashed file the precache left out (the full app, which the page
 * loads only when it needs it) is kept once fetched: the same name always has the same content.
 */
async function fromShell(key, request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(key, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && HASHED.test(new URL(request.url).pathname)) await cache.put(request, response.clone());
  return response;
}

/**
 * The network's answer (HTTP errors and invalid files included: the page decides what they mean, and stores
 * nothing it has not validated); when the network fails or takes longer than NETWORK_TIMEOUT_MS, the page's last
 * validated copy, marked with FALLBACK_HEADER.
 */
async function networkFirst(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } catch (error) {
    const cache = await caches.open(LAST_GOOD);
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return markFallback(cached);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The network's answer, a copy kept in the shell cache; the kept copy when the network fails (the editors'
 * workspace, which works offline after one visit).
 */
async function networkKeeping(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}

/**
 * The page for a returning reader, marked `<html data-besok>` so that style/visit.css reserves the place of "Nytt
 * sedan ditt senaste besök" before the rendered page is first drawn (the app's line then moves nothing). A reader
 * is returning when the page has marked a stored visit of the site's dataset in VISITS (crates/medborgarloften-web/js/visit.js). Not for
 * another dataset (`data=`) or the embedded layout, which show the loading text instead of the rendered page.
 */
async function markReturning(response, url) {
  if (url.searchParams.has('data') || url.searchParams.has('inbaddad') || !response.ok) return response;
  const visits = await caches.open(VISITS);
  if ((await visits.keys()).length === 0) return response;
  const html = await response.clone().text();
  const dataset = html.match(/<meta name="?medborgarloften-dataset"? content="?([^"> ]+)/)?.[1];
  if (!dataset || !(await visits.match(new URL(dataset, url).href))) return response;
  const headers = new Headers(response.headers);
  // The body is read and rewritten here: its old length and encoding no longer apply.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(html.replace(/<html\b/i, '<html data-besok'), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function markFallback(response) {
  const headers = new Headers(response.headers);
  headers.set(FALLBACK_HEADER, 'fallback');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
