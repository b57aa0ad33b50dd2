// Starts the editors' workspace (crates/medborgarloften-editor) on redigera/index.html. The build names the module's
// content-hashed JS glue and wasm on this script's tag (crates/medborgarloften-build/src/editor_page.rs); an
// external file, so the workspace runs under a CSP without 'unsafe-inline'. The glue and the wasm are asked for at
// once. If the module cannot start, the page says so instead of loading forever.
const tag = document.getElementById('medborgarloften-redigera');
const resolve = (name) => new URL(tag.getAttribute(name), document.baseURI).href;
try {
  const binary = fetch(resolve('data-wasm'));
  // Awaited by the glue below; a failed import must not leave this rejection unheard.
  binary.catch(() => {});
  const module = await import(resolve('data-js'));
  await module.default({ module_or_path: binary });
} catch (error) {
  const status = document.getElementById('redigera-laddar');
  if (status) {
    status.textContent =
      'Redigeringsverktyget kunde inte startas. Kontrollera internetanslutningen och ladda om sidan. (' + error + ')';
  }
}
