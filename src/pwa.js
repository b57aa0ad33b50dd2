// Browser-side helpers for src/pwa.rs: service worker registration and updates, the last-good dataset store,
// and the height report to an embedding page. An external module (wasm-bindgen copies it to dist/snippets/),
// never an inline script, so the app runs under a CSP without 'unsafe-inline'. See public/sw.js for the design.

/** Shared with public/sw.js: datasets the app has parsed and validated. */
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
 * Registers ./sw.js (scope "./", so it works under a sub-path) and calls `onUpdate()` once a new build has
 * installed and is waiting. Does nothing without service worker support.
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
  container
    .register('./sw.js', { scope: './' })
    .then((registration) => {
      offer(registration.waiting);
      follow(registration.installing);
      registration.addEventListener('updatefound', () => follow(registration.installing));
    })
    .catch((error) => console.warn('Offlineläget kunde inte startas:', error));
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
export async function rememberDataset(url, text) {
  try {
    if (!self.caches) return;
    const cache = await caches.open(LAST_GOOD);
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    await cache.put(new URL(url, document.baseURI).href, new Response(text, { headers }));
  } catch (error) {
    console.warn('Löftena kunde inte sparas för offlinebruk:', error);
  }
}

/**
 * The last good copy of the dataset at `url`, or null. Only when a service worker controls the page: a plain
 * visit (service workers blocked or unsupported) reports load errors as they are.
 * @returns {Promise<string | null>}
 */
export async function savedDataset(url) {
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
 * change, so the host page (public/embed.js) can size the iframe to its content.
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
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  send();
}
