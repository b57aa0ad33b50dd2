// Step of scripts/first_module.sh: copies the first module's JS glue and wasm into the staged build under hashed
// names (the glue's name carries the wasm's, so a new wasm is a new glue) and names them on boot.js's tag.
// Only node's standard library.
import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [staging, glue, wasm] = process.argv.slice(2);
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const wasmBytes = await readFile(wasm);
const wasmName = `medborgarloften-first-${hash(wasmBytes)}_bg.wasm`;
const glueText = await readFile(glue, 'utf8');
// The JS modules it imports (crates/medborgarloften-web/js/): wasm-bindgen names their folder for the crate, so
// they are the very files the full app imports, and a page that loads both shares one copy of each.
await cp(path.join(path.dirname(glue), 'snippets'), path.join(staging, 'snippets'), { recursive: true });
const glueName = `medborgarloften-first-${hash(glueText + wasmName)}.js`;
await writeFile(path.join(staging, wasmName), wasmBytes);
await writeFile(path.join(staging, glueName), glueText);

const page = path.join(staging, 'index.html');
const html = await readFile(page, 'utf8');
const tag = /<script\b[^>]*\bid="?medborgarloften-boot"?[^>]*>/;
if (!tag.test(html)) {
  console.error('first_module.mjs: index.html has no boot.js tag (id="medborgarloften-boot").');
  process.exit(1);
}
const named = html.replace(tag, (found) => found.replace(/>$/, ` data-first-js="./${glueName}" data-first-wasm="./${wasmName}">`));
await writeFile(page, named);
console.log(`first_module.mjs: ${glueName}, ${wasmName} (${wasmBytes.length} B)`);
