// Starts the app: imports wasm-bindgen's JS glue and instantiates the wasm named on this script's tag.
// Trunk writes the tag from `pattern_script` in Trunk.toml with the hashed file names; this external file takes
// the place of Trunk's inline bootstrap script, so the page runs under a CSP without 'unsafe-inline'.
const tag = document.getElementById('medborgarloften-boot');
const resolve = (name) => new URL(tag.getAttribute(name), document.baseURI).href;
const { default: init } = await import(resolve('data-js'));
await init({ module_or_path: resolve('data-wasm') });
