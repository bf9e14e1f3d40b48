// Measures how soon the built pages paint their timeline against the floor
// of what a browser can do: a static page of 50 plain <article>s with no
// scripts or styles, served by the same server. The pages are
//
//   - floor: that static page, the statements of the 50-statement dataset as
//     plain text;
//   - seed page: index.html, whose build-time picture of the bundled dataset
//     (src/prerender.rs) shows before the app has loaded;
//   - embed: embed.html?embed=1, the address embed snippets point to, with
//     the embed's picture;
//   - ?data= 50: index.html?data= a synthetic dataset of 50 statements
//     (scripts/generate-dataset.mjs), which only the app can render.
//
// One headless Chromium run interleaves them: each round opens every page
// once, in a fresh context (so a cold cache, as a first visit), starting with
// a different page each round, so that the machine's load at any moment
// falls on all of them alike. A warm-up round, not counted, lets the server
// gzip every file once first.
//
//   node scripts/bench-paint.mjs [--runs 7] [--dist dist] [--compare OLD_DIST]
//
// --compare serves a second build (a copy of an older dist/) beside the first
// and measures its three pages in the same rounds, for a before -> after
// comparison that the machine's load falls on alike; each page's new/old
// ratio is also taken round by round, and its median printed, which holds
// better than two medians when the load swings between rounds.
//
// "Painted" is the first animation frame after the timeline is in the page,
// plus a task, read from performance.now() (milliseconds since navigation
// started): for the floor, its first <article>; for the seed page and the
// embed, the first statement card of the picture once the gate has shown it
// (or of the app); for ?data=, the app's 50th card, or its last card if the
// cards already reach below the window (what a reader can see is then all
// there). First Contentful Paint is reported beside it. It is not part of
// `make test`: timings depend on the machine.
import { launchBrowser, serve } from '../tests/browser/support.mjs';
import { generateDataset } from './generate-dataset.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(option('--runs', '7'));
const DIST = option('--dist', 'dist');
const COMPARE = option('--compare', null);
const STATEMENTS = 50;

const dataset = generateDataset(STATEMENTS, 1);
const escape = (text) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
const articles = dataset.articles.flatMap((article) => {
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
  return article.statements.map(
    (statement) =>
      `<article><h2>${escape(names.get(statement.speaker) ?? 'No speaker')}</h2><p>${escape(statement.text)}</p></article>`,
  );
});
const FLOOR = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body>${articles.join('')}</body></html>`;

const routes = {
  '/floor.html': { type: 'text/html; charset=utf-8', body: Buffer.from(FLOOR) },
  // A buffer, which the server gzips once and keeps.
  '/bench-50.json': { type: 'application/json', body: Buffer.from(JSON.stringify(dataset)) },
};
const { server, url } = await serve({ dir: DIST, routes });
const origin = new URL(url).origin;
const old = COMPARE && (await serve({ dir: COMPARE, routes }));

// Records in window.__painted when the timeline of `kind` (a page's name in
// PAGES) is first in the document after a change to it, a frame and a task
// later. Class changes count too: the build-time page shows when the gate
// sets a class. The test is written out here, not passed as a function,
// since the pages' CSP forbids evaluating strings.
function paintProbe(kind) {
  const ready = () => {
    if (kind === 'floor') return !!document.querySelector('article');
    if (kind === 'data') {
      const cards = document.querySelectorAll('#app article.statement');
      if (cards.length >= 50) return true;
      const last = cards[cards.length - 1];
      return !!last && last.getBoundingClientRect().bottom >= window.innerHeight;
    }
    return !!document.querySelector('.prerender-shown #prerender article.statement, #app article.statement');
  };
  window.__painted = null;
  const observer = new MutationObserver(() => {
    if (window.__painted === null && ready()) {
      window.__painted = -1;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())));
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

const PAGES = [
  { kind: 'floor', name: 'floor (50 plain <article>s)', target: `${origin}/floor.html` },
  { kind: 'seed', name: 'seed page (index.html)', target: url },
  { kind: 'embed', name: 'embed (embed.html?embed=1)', target: `${url}embed.html?embed=1` },
  { kind: 'data', name: `?data= ${STATEMENTS} statements`, target: `${url}?data=${origin}/bench-50.json` },
];
if (old) {
  const before = new URL(old.url).origin;
  PAGES.push(
    { kind: 'seed', name: 'seed page, old build', target: old.url },
    { kind: 'embed', name: 'embed, old build', target: `${old.url}embed.html?embed=1` },
    { kind: 'data', name: `?data= ${STATEMENTS}, old build`, target: `${old.url}?data=${before}/bench-50.json` },
  );
}

const browser = await launchBrowser();

async function measure({ kind, target }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(paintProbe, kind);
  await page.goto(target);
  await page.waitForFunction(() => window.__painted > 0, null, { timeout: 60_000, polling: 50 });
  const result = await page.evaluate(() => ({
    painted: window.__painted,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return result;
}

for (const page of PAGES) await measure(page);
const samples = PAGES.map(() => ({ painted: [], fcp: [] }));
for (let run = 0; run < RUNS; run++) {
  for (let step = 0; step < PAGES.length; step++) {
    const index = (run + step) % PAGES.length;
    const { painted, fcp } = await measure(PAGES[index]);
    samples[index].painted.push(painted);
    samples[index].fcp.push(fcp);
  }
}
await browser.close();
server.close();
old?.server.close();

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const list = sorted(values);
  const mid = list.length >> 1;
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
};
const ms = (value) => value.toFixed(1).padStart(7);
const floor = median(samples[0].painted);
console.log(`${RUNS} navigations each, interleaved, headless Chromium, ${new Date().toISOString()}`);
console.log(`${'page'.padEnd(30)} ${'min'.padStart(7)} ${'median'.padStart(7)} ${'max'.padStart(7)}  ${'÷ floor'.padStart(7)}  ${'FCP med'.padStart(7)}`);
PAGES.forEach(({ name }, index) => {
  const { painted, fcp } = samples[index];
  const list = sorted(painted);
  const ratio = (median(painted) / floor).toFixed(2).padStart(6);
  // A page whose first contentful paint is the frame measured may not have
  // reported it yet.
  const firstPaint = fcp.filter(Number.isFinite);
  console.log(`${name.padEnd(30)} ${ms(list[0])} ${ms(median(painted))} ${ms(list[list.length - 1])}  ${ratio}×  ${firstPaint.length ? ms(median(firstPaint)) : '      –'}`);
});
if (old) {
  [1, 2, 3].forEach((index) => {
    const ratios = samples[index].painted.map((painted, run) => painted / samples[index + 3].painted[run]);
    console.log(`${PAGES[index].name.padEnd(30)} new/old, median of the rounds' ratios: ${median(ratios).toFixed(2)}`);
  });
}
