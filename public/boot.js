// Starts the app: imports wasm-bindgen's JS glue and instantiates the wasm named on this script's tag.
// Trunk writes the tag from `pattern_script` in Trunk.toml with the hashed file names; this external file takes
// the place of Trunk's inline bootstrap script, so the page runs under a CSP without 'unsafe-inline'.
//
// The page arrives with the build's rendering of the default view (#forhandsvisning, see src/prerender.rs); the
// app takes its place once it shows the same (src/take_over.rs). An address that asks for another dataset
// (`data=`) or the embedded layout (`inbaddad=`) would first show the wrong page: there the copy gives way at once
// to the loading text, and the app takes over from that.
const params = new URLSearchParams(location.search);
const copy = document.getElementById('forhandsvisning');
if (copy && (params.has('data') || params.has('inbaddad'))) {
  const loading = document.createElement('p');
  loading.className = 'loading';
  loading.dataset.testid = 'loading';
  loading.setAttribute('role', 'status');
  loading.textContent = 'Laddar löften…';
  copy.replaceChildren(loading);
}

// The rendered page is readable without the app: let it load (HTML, CSS, the preloaded dataset) before the wasm
// takes bandwidth and the main thread.
if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
// And after the page has been painted: on a fast connection the load event comes before the first paint, and the
// app's downloads and start would then compete with it. The browser reports the first contentful paint once it is
// on the screen; a browser without paint timing waits for a timer set in the next animation frame instead.
await new Promise((resolve) => {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    return;
  }
  const painted = (list) => list.getEntriesByName('first-contentful-paint').length > 0;
  const observer = new PerformanceObserver((list) => {
    if (!painted(list)) return;
    observer.disconnect();
    resolve();
  });
  observer.observe({ type: 'paint', buffered: true });
});

const tag = document.getElementById('medborgarloften-boot');
const resolve = (name) => new URL(tag.getAttribute(name), document.baseURI).href;

// The full app, loaded once: at once where the page needs it, else when the first module hands over.
let full;
function fullApp() {
  full ??= (async () => {
    // The glue's own imports (the build tool names them: crates/medborgarloften-build/src/preload.rs), fetched alongside it rather than after it.
    for (const snippet of (tag.dataset.snippets ?? '').split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(snippet, document.baseURI).href;
      document.head.append(link);
    }
    const { default: init } = await import(resolve('data-js'));
    await init({ module_or_path: resolve('data-wasm') });
  })().catch((error) => {
    // Offline before the full app was ever loaded, say: the page stays as it was, and says so.
    console.warn('Appen kunde inte laddas:', error);
    full = undefined;
    pressing = undefined;
    first?.resume();
    const main = document.querySelector('#innehall');
    if (main && !main.querySelector('.hand-over-error')) {
      const notice = document.createElement('p');
      notice.className = 'hand-over-error';
      notice.setAttribute('role', 'alert');
      notice.textContent = 'Den här delen av sidan kunde inte laddas. Kontrollera din internetanslutning och försök igen.';
      main.prepend(notice);
    }
  });
  return full;
}
// The first module's exports, once it runs.
let first;
// The first module's hand-over: the full app takes the page over, then presses the control that needed it (found
// by `replay`, a selector into the same page as the app renders it).
globalThis.medborgarloftenFullApp = (replay) => {
  void fullApp();
  if (!replay || pressing) return;
  pressing = replay;
  const press = () => {
    if (document.documentElement.dataset.app !== 'klar') return false;
    const control = document.querySelector(`#app ${replay}`);
    control?.focus();
    control?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return true;
  };
  if (press()) return;
  const watch = new MutationObserver(() => press() && watch.disconnect());
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
};
let pressing;

// The first module (crates/medborgarloften-first) makes the pre-rendered page of the site's own dataset work in
// place; another dataset or the embedded layout needs the full app from the start.
if (copy && tag.dataset.firstJs && !params.has('data') && !params.has('inbaddad')) {
  const module = await import(resolve('data-first-js'));
  await module.default({ module_or_path: resolve('data-first-wasm') });
  first = module;
} else {
  await fullApp();
}
