// Starts the editors' workspace (crates/medborgarloften-editor) on redigera/index.html. The build names the module's
// content-hashed JS glue and wasm on this script's tag (crates/medborgarloften-build/src/editor_page.rs), and those
// of its workbook module (crates/medborgarloften-workbook-web), which the workspace starts through
// `medborgarloftenArbetsbok()` only when an editor opens or downloads a workbook. An external file, so the workspace
// runs under a CSP without 'unsafe-inline'. If the module cannot start, the page says so instead of loading forever.
const tag = document.getElementById('medborgarloften-redigera');
const resolve = (name) => new URL(tag.getAttribute(name), document.baseURI).href;

/** Starts a wasm-bindgen module from the glue and wasm named by `js` and `wasm`; its exports. */
async function start(js, wasm) {
  const binary = fetch(resolve(wasm));
  // Awaited by the glue below; a failed import must not leave this rejection unheard.
  binary.catch(() => {});
  const module = await import(resolve(js));
  await module.default({ module_or_path: binary });
  return module;
}

let workbook;
/** The workbook module, started on first use. */
globalThis.medborgarloftenArbetsbok = () =>
  (workbook ??= start('data-workbook-js', 'data-workbook-wasm').catch((error) => {
    // Offline or interrupted: the next use tries again.
    workbook = undefined;
    throw error;
  }));

try {
  await start('data-js', 'data-wasm');
} catch (error) {
  const status = document.getElementById('redigera-laddar');
  if (status) {
    status.textContent =
      'Redigeringsverktyget kunde inte startas. Kontrollera internetanslutningen och ladda om sidan. (' + error + ')';
  }
}
