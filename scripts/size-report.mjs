// Prints every file in dist/ with its raw and gzipped size, and the first-load
// total: everything the browser fetches to show the bundled timeline (the
// HTML, scripts, wasm, styles and dataset), against the budget. A first load
// over the budget fails the run.
//
//   node scripts/size-report.mjs [dist] [--budget-kb 150]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? 'dist';
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const budgetKb = option('--budget-kb', 150);

// The host script and the schema are for embedding sites and tools, and the
// page fetches the worker only to extract text and noscript.css only with
// scripts off. The bundled dataset is inside index.html (see
// scripts/finish-html.mjs); dataset.json is for `?data=` and other tools.
const FIRST_LOAD = /\.(html|js|wasm|css|svg)$/;
// embed.html is index.html with another build-time picture: a visit loads
// one of the two, so the first load counts index.html. The editor's page
// and what it loads are a page of their own, reported apart.
const EDITOR = /^(editor(\.html|\.js|\.css|_bg\.wasm|-start\.js)|favicon\.svg)$/;
const NOT_FIRST_LOAD = /^(embed\.js|embed\.html|dataset\.schema\.json|engine_worker.*|noscript\.css)$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
let total = 0;
const gzipped = {};
console.log(`${'file'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  first load`);
for (const path of files(dist).sort()) {
  const name = relative(dist, path);
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  gzipped[name] = gz;
  const first = FIRST_LOAD.test(name) && !NOT_FIRST_LOAD.test(name) && !EDITOR.test(name);
  if (first) total += gz;
  console.log(`${name.padEnd(44)} ${kb(raw.length)} ${kb(gz)}  ${first ? 'yes' : ''}`);
}
if (!files(dist).some((path) => path.endsWith('.wasm'))) {
  console.log(`no .wasm file in ${dist}: build the app first`);
  process.exit(1);
}
const verdict = total <= budgetKb * 1024 ? 'within' : 'OVER';
console.log(`first load: ${(total / 1024).toFixed(1)} KB gzipped, ${verdict} the ${budgetKb} KB budget`);
// An embed loads embed.html in place of index.html; the budget holds for both.
const embedTotal = 'embed.html' in gzipped ? total - gzipped['index.html'] + gzipped['embed.html'] : total;
console.log(`first load of an embed (embed.html): ${(embedTotal / 1024).toFixed(1)} KB gzipped`);
const editorTotal = Object.entries(gzipped)
  .filter(([name]) => EDITOR.test(name))
  .reduce((sum, [, gz]) => sum + gz, 0);
console.log(`the editor's first load (editor.html, no budget): ${(editorTotal / 1024).toFixed(1)} KB gzipped`);
if (Math.max(total, embedTotal) > budgetKb * 1024) {
  console.log(`first load is over the ${budgetKb} KB budget: make it smaller`);
  process.exit(1);
}
