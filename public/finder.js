// Starts the finder's module (crates/medborgarloften-finder) on the first page of a site built for many kommuner.
// The build names the module's content-hashed JS glue and wasm on this script's tag
// (crates/medborgarloften-build/src/finder.rs); an external file, so the finder runs under a CSP without
// 'unsafe-inline'. The glue and the wasm are asked for at once. Without this script the finder is a plain list of
// links, which is all a reader without JavaScript needs.
const tag = document.getElementById('medborgarloften-finder');
const resolve = (name) => new URL(tag.getAttribute(name), document.baseURI).href;
const binary = fetch(resolve('data-wasm'));
// Awaited by the glue below; a failed import must not leave this rejection unheard.
binary.catch(() => {});
const module = await import(resolve('data-js'));
await module.default({ module_or_path: binary });
