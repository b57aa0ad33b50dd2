// Step of scripts/first_module.sh: copies the first module's JS glue and wasm into the staged build under hashed
// names (the glue's name carries the wasm's, so a new wasm is a new glue) and names them on boot.js's tag.
// Only node's standard library.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [staging, glue, wasm] = process.argv.slice(2);
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const wasmBytes = await readFile(wasm);
const wasmName = `medborgarloften-first-${hash(wasmBytes)}_bg.wasm`;
// The app's own JS modules it imports (src/visit.js, src/pwa.js, named from the crate as `/../../src/…`): wasm-bindgen
// writes them outside its snippets folder, so they go into one of this module's own, named for their contents.
const out = path.dirname(glue);
let glueText = await readFile(glue, 'utf8');
const imports = [...new Set([...glueText.matchAll(/from (['"])\.\/(snippets\/[^'"]+)\1/g)].map((m) => m[2]))];
const snippets = await Promise.all(imports.map(async (name) => [name, await readFile(path.join(out, path.posix.normalize(name)))]));
const folder = `snippets/medborgarloften-first-${hash(Buffer.concat(snippets.flatMap(([name, bytes]) => [Buffer.from(name), bytes])))}`;
await mkdir(path.join(staging, folder), { recursive: true });
for (const [name, bytes] of snippets) {
  const file = `${folder}/${path.posix.basename(name)}`;
  await writeFile(path.join(staging, file), bytes);
  // Only the imports: the wasm names the module by its first path, which the glue's import object keeps as key.
  for (const q of [`'`, `"`]) glueText = glueText.replaceAll(`from ${q}./${name}${q}`, `from ${q}./${file}${q}`);
}
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
