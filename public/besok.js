// A returning reader gets "Nytt sedan ditt senaste besök" above the cards (src/components/visit_news.rs). This
// classic script sits at the top of <body>, before the page the build rendered, so it runs before any of that page
// is drawn: it marks <html data-besok> when this tab has a stored visit of the site's dataset, and
// style/visit.css then reserves the news line's height in the rendered page, so the app's line moves nothing when
// it takes over. (public/boot.js, a module, may run after the first paint: too late for this.)
// The keys and the baseline rule are src/visit.js's: this tab's baseline (sessionStorage) if it has one, else the
// last visit's (localStorage). An address for another dataset or the embedded layout shows the loading text
// instead of the rendered page (boot.js): nothing to reserve there.
(() => {
  try {
    const params = new URLSearchParams(location.search);
    const dataset = document.querySelector('meta[name="medborgarloften-dataset"]')?.content;
    if (!dataset || params.has('data') || params.has('inbaddad')) return;
    const key = 'medborgarloften:besok:' + new URL(dataset, document.baseURI).href;
    const baseline = sessionStorage.getItem(key) ?? localStorage.getItem(key) ?? '';
    if (baseline.startsWith('{"v":1,')) document.documentElement.dataset.besok = '';
  } catch {
    // Storage blocked: every visit is a first visit, nothing to reserve.
  }
})();
