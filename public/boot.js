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
// The notices below are in the page's language: the build writes them on this script's tag
// (crates/medborgarloften-build/src/languages.rs, from the core's words); Swedish when a tag has none.
const bootTag = document.getElementById('medborgarloften-boot');
const say = (name, swedish) => bootTag?.getAttribute(name) || swedish;
// The embed's page (inbaddad.html, the snippet's frame) has the embedded layout rendered (data-layout): for an
// address with no filters it is what the full app will show, so it stays, readable at once, until the app takes
// it over. With filters it would show the wrong promises until then.
const embeddedCopy = copy?.dataset.layout === 'inbaddad';
const keepCopy = embeddedCopy ? [...params.keys()].every((key) => key === 'inbaddad') : !params.has('inbaddad');
if (copy && (params.has('data') || !keepCopy)) {
  const loading = document.createElement('p');
  loading.className = 'loading';
  loading.dataset.testid = 'loading';
  loading.setAttribute('role', 'status');
  loading.textContent = say('data-loading', 'Laddar löften…');
  copy.replaceChildren(loading);
}

// The language switch (crates/medborgarloften-build/src/languages.rs) keeps what the resident has chosen: a link to
// another language's page carries this page's address query (filters, search, the promise opened) at the moment it
// is followed, whichever module wrote it. Once, a reader whose browser prefers another of the page's languages is
// offered it, in that language; following any language link or "no thanks" ends the offer for good. Nothing is
// chosen for the reader.
const OFFERED = 'medborgarloften-sprakforslag';
const remember = () => {
  try {
    localStorage.setItem(OFFERED, '1');
  } catch {
    // Storage off: the offer may come again.
  }
};
addEventListener(
  'click',
  (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a[data-sprak]');
    if (link instanceof HTMLAnchorElement) {
      remember();
      const to = new URL(link.getAttribute('href'), location.href);
      to.search = location.search;
      link.href = to.href;
    } else if (target?.closest('[data-sprak-nej]')) {
      remember();
      target.closest('[data-sprak-forslag]')?.setAttribute('hidden', '');
    }
  },
  { capture: true },
);
(() => {
  let offered = true;
  try {
    offered = localStorage.getItem(OFFERED) === '1' || window.self !== window.top;
  } catch {
    offered = true;
  }
  if (offered) return;
  const own = document.documentElement.lang;
  const offers = new Map([...document.querySelectorAll('[data-sprak-forslag]')].map((el) => [el.dataset.sprakForslag, el]));
  const known = [own, ...offers.keys()];
  const preferred = (navigator.languages ?? [navigator.language])
    .map((tag) => String(tag).toLowerCase().split('-')[0])
    .find((code) => known.includes(code));
  offers.get(preferred)?.removeAttribute('hidden');
})();

// Nothing a resident does before a module works the page is lost. Until <html data-app> says a module is at work, a
// press on one of the rendered page's controls — a filter box or its label, a button, a district of the map — is
// held: its default is prevented (a box that would be unticked again shows no tick), a status says the page is
// getting ready, and once a module works the page the held presses are made again, in order, on the same controls
// (or, where the full app has taken the page over, on its controls with the same contract attributes). Links and
// fold-outs work without a module and are left alone; words typed into the search box are read by the module.
const HELD_BY = ['data-facet', 'data-id', 'data-action', 'data-chip', 'data-district', 'data-testid'];
const held = [];
const root = document.documentElement;
const waiting = document.createElement('p');
waiting.className = 'waiting';
waiting.dataset.testid = 'waiting';
waiting.setAttribute('role', 'status');
if (copy) document.body.append(waiting);

/** The page's control `event` presses, while no module works the page and the rendered copy is shown. */
function heldControl(event) {
  if (root.dataset.app || !copy?.isConnected || !(event.target instanceof Element)) return null;
  const pressable = 'button, [role=button], input[type=checkbox]';
  const found = event.target.closest(`label, ${pressable}`);
  // A label presses its box; the search box's label only focuses the box, which needs no module.
  const control = found instanceof HTMLLabelElement ? found.control : found;
  if (!control?.matches(pressable) || !copy.contains(control) || control.closest('a[href], summary')) return null;
  if (event.type === 'keydown') {
    // Keys click buttons and boxes themselves; a district of the map is a group with the button role, pressed by
    // Enter or Space (crates/medborgarloften-web/src/events.rs).
    if (!control.matches('[role=button]:not(button)') || !['Enter', ' '].includes(event.key) || event.repeat) return null;
  }
  return control;
}

function hold(event) {
  const control = heldControl(event);
  if (!control) return;
  event.preventDefault();
  // Within the nearest element with an id (a card: "Visa hela löftet" is on every card), as the app renders it.
  const within = control.parentElement?.closest('[id]');
  const selector = (within && within !== copy ? `#${CSS.escape(within.id)} ` : '') + control.localName +
    HELD_BY.filter((name) => control.hasAttribute(name))
      .map((name) => `[${name}="${CSS.escape(control.getAttribute(name))}"]`).join('');
  held.push({ control, selector });
  waiting.textContent = say('data-waiting', 'Sidan laddas – det du valde görs strax.');
}
addEventListener('click', hold, { capture: true });
addEventListener('keydown', hold, { capture: true });

/** Makes the held presses again once a module works the page; true when it has. */
function replayHeld() {
  const app = root.dataset.app;
  if (!app) return false;
  removeEventListener('click', hold, { capture: true });
  removeEventListener('keydown', hold, { capture: true });
  for (const { control, selector } of held.splice(0)) {
    const target = app === 'klar' ? document.querySelector(`#app ${selector}`) : control.isConnected ? control : null;
    if (target instanceof HTMLElement) target.click();
    else target?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
  waiting.remove();
  return true;
}
const ready = new MutationObserver(() => replayHeld() && ready.disconnect());
ready.observe(root, { attributes: true, attributeFilter: ['data-app'] });

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

// Loads and starts a module from its JS glue (`js`) and wasm (`wasm`), attributes of the tag. The glue, its own
// imports (the snippets, which the build tool names on the tag: crates/medborgarloften-build/src/preload.rs) and
// the wasm are all asked for at once, rather than each after the one that names it: on a slow phone network each
// wait is a round trip.
let snippetsAsked = false;
async function start(js, wasm) {
  if (!snippetsAsked) {
    snippetsAsked = true;
    for (const snippet of (tag.dataset.snippets ?? '').split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(snippet, document.baseURI).href;
      document.head.append(link);
    }
  }
  const binary = fetch(resolve(wasm));
  // Awaited by the glue below; a failed import must not leave this rejection unheard.
  binary.catch(() => {});
  const module = await import(resolve(js));
  await module.default({ module_or_path: binary });
  return module;
}

// The full app, loaded once: at once where the page needs it, else when the first module hands over.
let full;
function fullApp() {
  full ??= start('data-js', 'data-wasm').catch((error) => {
    // Offline before the full app was ever loaded, say: the page stays as it was, and says so.
    console.warn('Appen kunde inte laddas:', error);
    full = undefined;
    pressing = undefined;
    held.length = 0;
    waiting.textContent = '';
    first?.resume();
    const main = document.querySelector('#innehall');
    if (main && !main.querySelector('.hand-over-error')) {
      const notice = document.createElement('p');
      notice.className = 'hand-over-error';
      notice.setAttribute('role', 'alert');
      notice.textContent = say(
        'data-failed',
        'Den här delen av sidan kunde inte laddas. Kontrollera din internetanslutning och försök igen.',
      );
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
if (copy && !embeddedCopy && tag.dataset.firstJs && !params.has('data') && !params.has('inbaddad')) {
  try {
    first = await start('data-first-js', 'data-first-wasm');
  } catch (error) {
    // The full app does all the first module does; it says so on the page if it cannot be loaded either.
    console.warn('Sidans första modul kunde inte laddas:', error);
    await fullApp();
  }
} else {
  await fullApp();
}
