// Finishes Trunk's index.html in the staging folder (run by scripts/post-build):
//
// - Nothing is fetched before the first paint: the stylesheet and the gate
//   script (static/prerender-gate.js) go inline, beside Trunk's inline
//   loader, so that the page paints its picture as soon as its HTML has
//   come, not a request later (which held it back to 2.5 times a static
//   page of 50 plain articles; scripts/bench-paint.mjs). The strict policy allows each by
//   the hash of its text, and their files go.
// - The body gets the bundled dataset's default page, rendered at build time
//   by the app's own views (the file named by the first argument; see
//   src/prerender.rs), so readers see the timeline before the app starts.
// - embed.html, where embed snippets point, is the same page with the
//   embed's picture (the second argument) and data-prerender="embed" on its
//   root, which tells static/prerender-gate.js which visits it pictures.
//   Its picture is also `hidden` and the app's element holds a short note
//   with a link to the full page: a CMS that sandboxes the frame without
//   allow-same-origin gives it an opaque origin, and where the host sends no
//   CORS headers its scripts and wasm cannot load, so the reader gets
//   that note, which fits the frame, instead of a long page that scrolls
//   inside it. The stylesheet hides the note and lets the gate show the
//   picture; the gate shows the note instead when one of the page's files
//   fails to load; the app, which empties its element, removes the note.
// - Both pages carry their Content-Security-Policy as a <meta> (scripts/csp.mjs),
//   with the dataset origins of static/dataset-origins.txt and the hashes of
//   the page's inline code, so that hosts that send no headers, GitHub Pages
//   among them, still confine the page.
// - oembed.json, the oEmbed answer (type "rich", the Embed control's snippet
//   of the site's address, the third argument, and its size), and a
//   discovery <link> to it in both pages, so that a CMS that embeds by
//   address (WordPress, Ghost, Wagtail) gets the iframe from the page's
//   address. Both name the site's address (the fourth argument), since a
//   CMS reads them from elsewhere.
// - The bundled dataset is in both pages, as a JSON script element after the
//   picture (src/services/dataset.rs reads it): it compresses with the
//   picture, which repeats its words, by 0.8 KB of the first load, and the
//   app need not wait for another request. dataset.json stays for `?data=`,
//   other tools and the <noscript> link.
// - editor.html, the editor's page (static/editor.html), gets the same
//   policy; it starts its own wasm, which this page never loads.
// - The <noscript> note says what the page is, what needs scripts, and links
//   to the source articles of the bundled dataset.
// - The wasm-bindgen glue the page preloads is minified (Trunk's minifier
//   leaves ES modules alone), about 2 KB gzipped of the first load; before
//   that, it and the page's wasm call each other by short names
//   (scripts/wasm-names.mjs), about 6.5 KB more. Their integrity hashes follow.
// - The page's wasm is fetched by an inline line of script in place of its
//   preload link, which on a visit without the build-time picture also
//   compiles it as it comes, while the page is parsed (see below).
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

import { inlineHashes, pagePolicy, readDatasetOrigins } from './csp.mjs';
import { shortenWasmNames } from './wasm-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('finish-html: TRUNK_STAGING_DIR is not set; run me from scripts/post-build');
  process.exit(1);
}
const [prerenderedPath, embedPath, snippetPath, siteUrl] = process.argv.slice(2);
if (!prerenderedPath || !embedPath || !snippetPath || !siteUrl) {
  console.error('finish-html: usage: finish-html.mjs PRERENDERED-PAGE.html PRERENDERED-EMBED.html SNIPPET.html SITE-URL');
  process.exit(1);
}
let site = null;
try {
  site = new URL(siteUrl);
} catch {
  // Reported below.
}
if (!site || !/^https?:$/.test(site.protocol) || !site.pathname.endsWith('/') || site.search || site.hash) {
  console.error(`finish-html: the site's address "${siteUrl}" is not an http(s) address ending in "/", like https://owner.github.io/factline/`);
  process.exit(1);
}
const rendered = (path) => {
  const page = readFileSync(path, 'utf8').trim();
  if (!page.startsWith('<div class="app')) {
    console.error(`finish-html: ${path} is not a rendered page`);
    process.exit(1);
  }
  return page;
};
const prerendered = rendered(prerenderedPath);
const prerenderedEmbed = rendered(embedPath);
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// The policy goes first in <head>, before anything it governs loads. It
// names the hashes of the page's inline code, so it is written last, when
// that code is final (`withPolicy`); a marker holds its place.
const charset = /<meta charset="?utf-8"?\s*\/?>/i;
if (!charset.test(html)) {
  console.error('finish-html: index.html has no <meta charset> to put the Content-Security-Policy after');
  process.exit(1);
}
const datasetOrigins = readDatasetOrigins('static/dataset-origins.txt');
const POLICY = '<!--factline-policy-->';
const withPolicy = (page) => {
  const policy = pagePolicy(datasetOrigins, inlineHashes(page));
  return page.replace(POLICY, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
};
html = html.replace(charset, (meta) => `${meta}${POLICY}`);

const snippet = readFileSync(snippetPath, 'utf8').trim();
const snippetHeight = snippet.match(/<iframe [^>]*height="(\d+)"/);
if (!snippetHeight) {
  console.error(`finish-html: ${snippetPath} is not an embed snippet with an iframe's height`);
  process.exit(1);
}
// The iframe takes the host's full width; oEmbed asks for a number, and
// this is a common article column's.
const oembed = {
  version: '1.0',
  type: 'rich',
  provider_name: 'factline',
  provider_url: site.href,
  title: 'factline: who said what, with which numbers, when',
  html: snippet,
  width: 640,
  height: Number(snippetHeight[1]),
};
writeFileSync(join(staging, 'oembed.json'), `${JSON.stringify(oembed)}\n`);
if (!html.includes('</head>')) {
  console.error('finish-html: index.html has no </head> to put the oEmbed discovery link before');
  process.exit(1);
}
// Unquoted where HTML allows, as Trunk's minifier leaves the rest: every
// byte of the page is in the first load.
html = html.replace(
  '</head>',
  () => `<link rel=alternate type=application/json+oembed href="${new URL('oembed.json', site).href}"></head>`,
);

// The stylesheet and the gate, each the one file its tag names, go inline.
// Trunk's minifier drops attribute quotes.
const inlined = [
  { tag: /<link [^>]*href="?\.\/(style-\w+\.css)"?[^>]*>/g, element: 'style' },
  { tag: /<script [^>]*src="?\.\/(prerender-gate-\w+\.js)"?[^>]*><\/script>/g, element: 'script' },
];
for (const { tag, element } of inlined) {
  const found = [...html.matchAll(tag)];
  if (found.length !== 1) {
    console.error(`finish-html: expected one ${tag} in index.html, found ${found.length}`);
    process.exit(1);
  }
  const [whole, file] = found[0];
  const code = readFileSync(join(staging, file), 'utf8').trim();
  if (code.includes(`</${element}`)) {
    console.error(`finish-html: ${file} holds "</${element}", which would end its element early`);
    process.exit(1);
  }
  html = html.replace(whole, () => `<${element}>${code}</${element}>`);
  unlinkSync(join(staging, file));
}

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const dataset = JSON.parse(readFileSync(join(staging, 'dataset.json'), 'utf8'));
const items = dataset.articles.map((article) => {
  const title = escape(article.title || article.id);
  const named = /^https?:\/\//.test(article.url ?? '')
    ? `<a href="${escape(article.url)}" rel="noopener" target="_blank">${title}</a>`
    : title;
  const source = article.source ? `, ${escape(article.source)}` : '';
  const date = article.published ? ` (${escape(article.published)})` : '';
  return `<li>${named}${source}${date}</li>`;
});
// No whitespace between its elements: Trunk has minified the page already.
const fallback = [
  '<noscript>',
  '<p>factline shows a timeline of who said what, with which numbers, when, in these news articles. Below is the timeline; search, filters and the other views need JavaScript and WebAssembly. The articles at their source:</p>',
  `<ul>${items.join('')}</ul>`,
  '<p><a href="./dataset.json">The dataset as JSON</a></p>',
  '</noscript>',
].join('');
// The body's <noscript> (the head has one too, for noscript.css).
const noscript = /(?<=<body>\s*)<noscript>[\s\S]*?<\/noscript>/;
if (!noscript.test(html)) {
  console.error('finish-html: index.html has no <noscript> element opening its body to fill');
  process.exit(1);
}
// The app takes the page over from this element (src/services/prerender.rs).
// A marker stands for it until the glue below is final, so that both pages
// share everything else.
const PICTURE = '<!--factline-prerender-->';
// "<" only ever stands in a JSON string, where "\u003c" means the same and
// no "</script>" can end the element early.
const inlineDataset = readFileSync(join(staging, 'dataset.json'), 'utf8').trim().replaceAll('<', '\\u003c');
html = html.replace(
  noscript,
  () => `${fallback}<div id=prerender>${PICTURE}</div><script type=application/json id=dataset>${inlineDataset}</script>`,
);

const preloads = [...html.matchAll(/<link [^>]*href="?\.\/([\w-]+\.js)"?[^>]*rel="?modulepreload"?[^>]*>/g)];
if (preloads.length !== 1) {
  console.error(`finish-html: expected one modulepreload link in index.html, found ${preloads.length}`);
  process.exit(1);
}
const wasmPreloads = [...html.matchAll(/<link [^>]*href="?\.\/([\w-]+\.wasm)"?[^>]*rel="?preload"?[^>]*>/g)];
if (wasmPreloads.length !== 1) {
  console.error(`finish-html: expected one preload link for a .wasm file in index.html, found ${wasmPreloads.length}`);
  process.exit(1);
}
// A file changed here gets the sha384 integrity of its new content.
const INTEGRITY = /integrity="?sha384-[\w+/=]+"?/;
const withIntegrity = (link, file, content) => {
  if (!INTEGRITY.test(link)) {
    console.error(`finish-html: the preload link for ${file} has no sha384 integrity to update`);
    process.exit(1);
  }
  const integrity = `sha384-${createHash('sha384').update(content).digest('base64')}`;
  html = html.replace(link, link.replace(INTEGRITY, `integrity="${integrity}"`));
};
const [link, glue] = preloads[0];
const [wasmLink, wasmFile] = wasmPreloads[0];
const gluePath = join(staging, glue);
const wasmPath = join(staging, wasmFile);
const short = shortenWasmNames(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'));
const minified = await minify(short.glue, { module: true, compress: { passes: 2 } });
writeFileSync(gluePath, minified.code);
writeFileSync(wasmPath, short.wasm);
withIntegrity(link, glue, minified.code);
// The page's wasm is asked for by a line of script in place of Trunk's
// preload link, at the same point of <head>, and with its integrity (which
// a preload of it would ignore). Where the gate above it has not shown the
// build-time picture (`?data=`, a deep link, a remembered theme), nothing
// paints before the app has started, so the wasm compiles as it comes,
// while the rest of the page is parsed, and Trunk's loader, which runs only
// after that, instantiates the compiled module (on a loaded two-core
// machine, scripts/bench-paint.mjs's `?data=` page painted its cards 20 to
// 40 ms sooner, with the gate's preload). Where the picture shows,
// the wasm only downloads, and the loader waits for the frame after the
// picture's first paint (or 50 ms, where frames are not drawn, as in a
// frame out of view) before it compiles and starts the app: on a busy
// phone, the compiling and the app's first render, when they came first,
// held the picture's paint back (in interleaved runs here by 0 to 20 ms,
// within the machine's noise). A failure is the
// loader's to report, when it runs (a frame that cannot load the page's
// files shows its note instead, static/prerender-gate.js), not an
// unhandled rejection before that.
const loaderWasm = `const wasm = await init({ module_or_path: './${wasmFile}' })`;
if (html.split(loaderWasm).length !== 2) {
  console.error(`finish-html: expected Trunk's loader to start ${wasmFile} once, as "${loaderWasm}"`);
  process.exit(1);
}
const wasmIntegrity = `sha384-${createHash('sha384').update(short.wasm).digest('base64')}`;
const wasmStart =
  `(function(){var wasm=fetch('./${wasmFile}',{integrity:'${wasmIntegrity}'});` +
  `if(!/\\bprerender-shown\\b/.test(document.documentElement.className))wasm=WebAssembly.compileStreaming(wasm);` +
  'wasm.catch(function(){});window.factlineWasm=wasm})()';
const afterPicture =
  "if (document.documentElement.classList.contains('prerender-shown')) " +
  'await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 50); });';
html = html
  .replace(wasmLink, () => `<script>${wasmStart}</script>`)
  .replace(loaderWasm, () => `${afterPicture}\nconst wasm = await init({ module_or_path: window.factlineWasm })`);
// Replacer functions, so that "$" in the rendered pages is taken literally.
writeFileSync(indexPath, withPolicy(html.replace(PICTURE, () => prerendered)));
const root = /<html([^>]*)>/;
if (!root.test(html)) {
  console.error('finish-html: index.html has no <html> element to mark as the embed page');
  process.exit(1);
}
const FALLBACK = `<p class="embed-fallback">This timeline cannot load in this frame. <a href="./" target="_blank" rel="noopener">Open the timeline of who said what</a> on its own page.</p>`;
// Trunk's minifier drops attribute quotes: id=app.
const appElement = /<div id="?app"?><\/div>/;
if (!appElement.test(html)) {
  console.error('finish-html: index.html has no empty <div id="app"> to put the embed\'s fallback in');
  process.exit(1);
}
const embed = html
  .replace(root, (_, attributes) => `<html${attributes} data-prerender="embed">`)
  .replace('<div id=prerender>', '<div id=prerender hidden>')
  .replace(appElement, () => `<div id="app">${FALLBACK}</div>`)
  .replace(PICTURE, () => prerenderedEmbed);
writeFileSync(join(staging, 'embed.html'), withPolicy(embed));

const editorPage = readFileSync('static/editor.html', 'utf8');
if (!charset.test(editorPage)) {
  console.error('finish-html: static/editor.html has no <meta charset> to put the Content-Security-Policy after');
  process.exit(1);
}
writeFileSync(
  join(staging, 'editor.html'),
  withPolicy(editorPage.replace(charset, (meta) => `${meta}${POLICY}`)),
);
