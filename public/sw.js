// Service worker of medborgarlöften: offline app shell, network-first dataset and geometry, last-good fallback.
//
// Plain JavaScript, no libraries. Registered by src/pwa.js with a relative URL and scope "./", so the same file
// works at "/" and under a sub-path such as "/medborgarloften/". Never registered inside an iframe.
//
// Build: `BUILD` and `PRECACHE` below are placeholders. scripts/precache.mjs (a Trunk post_build hook) replaces
// them in the *staged* copy with a hash of the release build and the list of files Trunk actually produced
// (hashed names), so the cache name changes with every build and nothing here is kept by hand.
//
// Caches (per origin; names carry the scope so two deployments on one origin do not delete each other's):
//   shell:<BUILD>  the precached app shell; cache-first. Older shell caches are deleted on activate.
//   geo            geometry (geo/*.geojson): network first (4 s timeout), the last answer kept for offline use.
//   LAST_GOOD      datasets (data/*.json) that the app has parsed and validated. Written by the page, never here.
//
// Why the page writes LAST_GOOD: only the Rust validator (parse_dataset) knows whether a published dataset is
// sound, and it runs in the page. So the service worker never stores a dataset it fetched: it goes to the
// network first and, only when the network fails or is slower than 4 s, answers from LAST_GOOD with the header
// `X-Medborgarloften-Cache: fallback`. The page (src/pwa.js `rememberDataset`) puts a dataset's text into
// LAST_GOOD only after it validated; when a fresh answer is invalid or an HTTP error, the page reads LAST_GOOD
// itself (`savedDataset`). A broken publication therefore never replaces what a resident already had.
//
// Updates: a new build installs next to the old one and waits. The page offers "Ny version finns – ladda om";
// its button posts {type: "SKIP_WAITING"}, and the page reloads on `controllerchange`.

const BUILD = 'dev';
const PRECACHE = [];

/** Shared with src/pwa.js: the datasets the app has validated. Survives app updates on purpose. */
const LAST_GOOD = 'medborgarloften-last-good-v1';
/** How long the network may take before a saved copy is shown instead. */
const NETWORK_TIMEOUT_MS = 4000;
/** Marks an answer that came from a cache because the network failed (read by src/api.rs). */
const FALLBACK_HEADER = 'X-Medborgarloften-Cache';

const SCOPE_PATH = new URL('./', self.location.href).pathname;
const PREFIX = `medborgarloften:${SCOPE_PATH}:`;
const SHELL = `${PREFIX}shell:${BUILD}`;
const GEO = `${PREFIX}geo`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) =>
      // `reload` skips the HTTP cache, so the shell is exactly this build's files.
      cache.addAll(PRECACHE.map((path) => new Request(new URL(path, self.location.href), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(`${PREFIX}shell:`) && name !== SHELL).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  const path = url.pathname.slice(SCOPE_PATH.length);

  if (/^data\/[^/]+\.json$/.test(path)) {
    event.respondWith(networkFirst(request, { fallbackCaches: [LAST_GOOD] }));
  } else if (/^geo\/[^/]+\.geojson$/.test(path)) {
    event.respondWith(networkFirst(request, { store: GEO, fallbackCaches: [GEO, SHELL] }));
  } else if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    // The one page, whatever its query (the app reads that).
    event.respondWith(fromShell(new URL('./', self.location.href).href, request));
  } else if (path !== 'sw.js') {
    event.respondWith(fromShell(request, request));
  }
});

/** The shell's copy of `key`, else the network. */
async function fromShell(key, request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(key, { ignoreSearch: true });
  return cached ?? fetch(request);
}

/**
 * The network's answer (HTTP errors included: the page decides what they mean); when the network fails or
 * takes longer than NETWORK_TIMEOUT_MS, the first saved copy, marked with FALLBACK_HEADER.
 */
async function networkFirst(request, { store, fallbackCaches }) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: controller.signal });
    if (store && response.ok) {
      const cache = await caches.open(store);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    for (const name of fallbackCaches) {
      const cache = await caches.open(name);
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return markFallback(cached);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function markFallback(response) {
  const headers = new Headers(response.headers);
  headers.set(FALLBACK_HEADER, 'fallback');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
