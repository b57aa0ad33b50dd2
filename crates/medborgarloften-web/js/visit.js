// Browser-side helpers for the app (src/visit.rs) and the first module, bound in crates/medborgarloften-web/src/visits.rs:
// what the resident saw at their last visit, per dataset, in this browser
// only. Nothing here is ever sent anywhere. An external module (wasm-bindgen copies it to dist/snippets/), never an
// inline script, so the app runs under a CSP without 'unsafe-inline'.
//
// localStorage holds, per dataset address, what the latest visit showed (written by the app once it has the data).
// sessionStorage holds this tab's baseline: what localStorage had when the tab first opened the dataset, so a reload
// in the same tab keeps the marks of that visit ('' when the tab started without a stored visit).
// Cache Storage (VISITS) lists the datasets with a stored visit, for the service worker: it marks a returning
// reader's page before it is drawn, so the news line's place is reserved (public/sw.js `markReturning`).

const PREFIX = 'medborgarloften:besok:';
/** Shared with public/sw.js. */
const VISITS = 'medborgarloften-besok-v1';

/** The storage key of the dataset at `url`: its absolute address, so each site (scope) and dataset has its own. */
function key(url) {
  return PREFIX + new URL(url, document.baseURI).href;
}

/**
 * This tab's baseline for the dataset at `url`: what the last visit stored, or null on a first visit.
 * @returns {string | null}
 */
export function visitBaseline(url) {
  try {
    const k = key(url);
    let baseline = sessionStorage.getItem(k);
    if (baseline === null) {
      baseline = localStorage.getItem(k) ?? '';
      sessionStorage.setItem(k, baseline);
    }
    return baseline || null;
  } catch {
    // Storage blocked (private mode, a sandboxed frame): every visit is a first visit.
    return null;
  }
}

/** Stores `text`, what this visit shows of the dataset at `url`, for the next visit. Never throws. */
export function rememberVisit(url, text) {
  try {
    localStorage.setItem(key(url), text);
  } catch (error) {
    console.warn('Besöket kunde inte sparas:', error);
    return;
  }
  // Without Cache Storage (a page not served over HTTPS) the next visit is not marked early: its news line may
  // then move the cards once. Nothing else depends on it.
  if (!('caches' in self)) return;
  const address = new URL(url, document.baseURI).href;
  caches
    .open(VISITS)
    .then((cache) => cache.put(address, new Response('')))
    .catch(() => {});
}

/** Deletes every stored visit of this site (and this tab's baselines); the next visit is a first visit. */
export function forgetVisits() {
  for (const storage of [localStorage, sessionStorage]) {
    try {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      for (const k of keys) if (k?.startsWith(PREFIX)) storage.removeItem(k);
    } catch {
      // Nothing stored, or storage blocked: nothing to forget.
    }
  }
  if ('caches' in self) caches.delete(VISITS).catch(() => {});
  document.documentElement.removeAttribute('data-besok');
}
