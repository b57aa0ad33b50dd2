// Browser-side helpers for the app (src/pwa.rs) and the first module, bound in crates/medborgarloften-web/src/offline.rs:
// service worker registration and updates, the last-good store of validated
// datasets and map files, and the height report to an embedding page. An external module (wasm-bindgen copies it to dist/snippets/),
// never an inline script, so the app runs under a CSP without 'unsafe-inline'. See public/sw.js for the design.

/** Shared with public/sw.js: datasets and map files the app has parsed and validated. */
const LAST_GOOD = 'medborgarloften-last-good-v1';

let waitingWorker = null;
let reloadOnControllerChange = false;

/** True when the page is shown inside a frame (another site's iframe). */
export function isFramed() {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** True when a service worker controls this page, i.e. offline copies are in use. */
export function isControlled() {
  return Boolean(navigator.serviceWorker?.controller);
}

/** True when the browser says it has no network. */
export function isOffline() {
  return navigator.onLine === false;
}

/**
 * Registers ./sw.js (scope "./", so it works under a sub-path) once the page has loaded and the browser is idle,
 * so its install (which reads the page's files from the HTTP cache) never competes with the first paint. Calls
 * `onUpdate()` once a new build has installed and is waiting. Does nothing without service worker support.
 * @param {() => void} onUpdate
 */
export function registerServiceWorker(onUpdate) {
  const container = navigator.serviceWorker;
  if (!container) return;
  container.addEventListener('controllerchange', () => {
    if (reloadOnControllerChange) window.location.reload();
  });
  const offer = (worker) => {
    // Without a controller this is the first install, not an update.
    if (worker && container.controller) {
      waitingWorker = worker;
      onUpdate();
    }
  };
  const follow = (worker) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  whenLoadedAndIdle(() =>
    container
      .register('./sw.js', { scope: './' })
      .then((registration) => {
        // What the page loaded before the worker ran: it keeps the hashed files among them (public/sw.js).
        container.ready.then((ready) =>
          ready.active?.postMessage({ type: 'KEEP', urls: performance.getEntriesByType('resource').map((e) => e.name) }),
        );
        offer(registration.waiting);
        follow(registration.installing);
        registration.addEventListener('updatefound', () => follow(registration.installing));
      })
      .catch((error) => console.warn('Offlineläget kunde inte startas:', error)),
  );
}

/** Runs `run` after the window's `load` event, at the next idle moment (at most 2 s later). */
function whenLoadedAndIdle(run) {
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** Activates the waiting build; the page reloads when it has taken over. */
export function applyUpdate() {
  if (!waitingWorker) return;
  reloadOnControllerChange = true;
  waitingWorker.postMessage({ type: 'SKIP_WAITING' });
}

/**
 * Keeps `text` as the last good copy of the dataset at `url`. Call only after it parsed and validated.
 * @returns {Promise<void>} never rejects: failing to save must not disturb the page.
 */
export function rememberDataset(url, text) {
  return remember(url, text, 'application/json; charset=utf-8', 'Löftena kunde inte sparas för offlinebruk:');
}

/**
 * Keeps `text` as the last good copy of the map file (GeoJSON) at `url`. Call only after it parsed and validated.
 * @returns {Promise<void>} never rejects.
 */
export function rememberGeometry(url, text) {
  return remember(url, text, 'application/geo+json; charset=utf-8', 'Kartan kunde inte sparas för offlinebruk:');
}

/**
 * The last good copy of the dataset at `url`, or null. Only when a service worker controls the page: a plain
 * visit (service workers blocked or unsupported) reports load errors as they are.
 * @returns {Promise<string | null>}
 */
export function savedDataset(url) {
  return saved(url);
}

/**
 * The last good copy of the map file at `url`, or null; like `savedDataset`.
 * @returns {Promise<string | null>}
 */
export function savedGeometry(url) {
  return saved(url);
}

/** Writes the copy when the browser is idle: saving is never in the way of the page's start. */
function remember(url, text, contentType, failure) {
  return new Promise((resolve) => whenLoadedAndIdle(() => save(url, text, contentType, failure).then(resolve)));
}

async function save(url, text, contentType, failure) {
  try {
    if (!self.caches) return;
    const cache = await caches.open(LAST_GOOD);
    const headers = { 'Content-Type': contentType };
    await cache.put(new URL(url, document.baseURI).href, new Response(text, { headers }));
  } catch (error) {
    console.warn(failure, error);
  }
}

async function saved(url) {
  try {
    if (!self.caches || !isControlled()) return null;
    const cache = await caches.open(LAST_GOOD);
    const response = await cache.match(new URL(url, document.baseURI).href);
    return response ? await response.text() : null;
  } catch {
    return null;
  }
}

/**
 * Inside a frame: posts `{ type: "medborgarloften:height", height }` (CSS px) to the parent on every size
 * change, so the host page (public/embed.js) can size the iframe to its content. The first height is the page's
 * once a module works it (`<html data-app>`), with its promises: while it loads it is a line of text, and the host
 * page would jump twice, down to that line and up to the list. Until then the frame keeps the snippet's height.
 */
export function reportHeight() {
  if (!isFramed() || typeof ResizeObserver !== 'function') return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'medborgarloften:height', height }, '*');
    }
  };
  const root = document.documentElement;
  const begin = () => {
    const observer = new ResizeObserver(send);
    observer.observe(root);
    observer.observe(document.body);
    send();
  };
  if (root.dataset.app) {
    begin();
    return;
  }
  const working = new MutationObserver(() => {
    if (!root.dataset.app) return;
    working.disconnect();
    begin();
  });
  working.observe(root, { attributes: true, attributeFilter: ['data-app'] });
}

/**
 * Inside a frame: places `element`, the phone's filter sheet (fixed to the frame, style/main.css), over the part
 * of the frame the host page shows now, so that its heading and its "Visa N löften" are on the resident's screen.
 * A frame sized to its content (public/embed.js) is as tall as the page: the sheet would be too, its button
 * thousands of pixels down. The browser tells a frame which part of it the host shows (an IntersectionObserver
 * with the top-level viewport as its root); outside a frame, or where that part is too small to use, the sheet
 * keeps the whole window.
 */
export function placeInView(element) {
  const root = document.documentElement.style;
  root.removeProperty('--sheet-top');
  root.removeProperty('--sheet-height');
  if (!isFramed() || typeof IntersectionObserver !== 'function') return;
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    const shown = entry.intersectionRect;
    if (!entry.isIntersecting || shown.height < 240) return;
    // On the root, so that the page under the sheet can stay as tall as where the sheet ends (style/main.css).
    root.setProperty('--sheet-top', `${Math.round(shown.top)}px`);
    root.setProperty('--sheet-height', `${Math.round(shown.height)}px`);
  });
  observer.observe(element.ownerDocument.documentElement);
}

/** Where the page's first module leaves the fresh dataset it fetched for the full app (`handDataset`). */
const HANDED = Symbol.for('medborgarloften.handedDataset');

/**
 * Leaves the text of the dataset at `url`, fetched fresh and validated, for the full app: it reads it once
 * (`handedDataset`) instead of downloading it again when it takes the page over.
 */
export function handDataset(url, text) {
  globalThis[HANDED] = { url: new URL(url, document.baseURI).href, text };
}

/**
 * The address the editors' workspace (`redigera/`) previews its draft at: the page opened in the workspace's frame
 * with `?data=` naming a file of this name reads the draft the workspace holds instead of a file.
 */
const PREVIEW_FILE = '/redigera/forhandsvisning.json';

/**
 * The draft of the editors' workspace that frames this page, for the preview address; `undefined` when this page
 * is not framed by a page of its own site or the address is another.
 */
function previewDraft(url) {
  if (!new URL(url, document.baseURI).pathname.endsWith(PREVIEW_FILE) || window.parent === window) return undefined;
  try {
    if (window.parent.location.origin !== window.location.origin) return undefined;
    const text = window.parent.medborgarloftenForhandsvisning;
    return typeof text === 'string' ? text : undefined;
  } catch {
    // A frame of another site: its page cannot be read, and nothing is taken from it.
    return undefined;
  }
}

/** The message with which the editors' workspace says that the draft it previews has changed. */
const PREVIEW_CHANGED = 'medborgarloften-forhandsvisning';

/**
 * Calls `callback` each time the editors' workspace that frames this page (a page of the same site) says that the
 * draft it previews has changed, so the preview follows the editor's typing without a reload. Nothing when this page
 * is not in a frame.
 */
export function onPreviewChange(callback) {
  if (window.parent === window) return;
  window.addEventListener('message', (event) => {
    if (event.origin === window.location.origin && event.source === window.parent && event.data === PREVIEW_CHANGED) {
      callback();
    }
  });
}

/**
 * The text `handDataset` left for the dataset at `url`, once (or the workspace's draft for its preview address);
 * `undefined` if none.
 */
export function handedDataset(url) {
  const handed = globalThis[HANDED];
  if (!handed) return previewDraft(url);
  if (handed.url !== new URL(url, document.baseURI).href) return undefined;
  delete globalThis[HANDED];
  return handed.text;
}
