// Measures the built release in headless Chromium, median of several runs,
// beside Knight Lab's TimelineJS on the same statements in the same run:
//
//   - navigation → seed timeline painted (the bundled dataset, whose default
//     page index.html carries as HTML), and → the app's own page painted,
//     when the timeline's controls work; both also over Chrome DevTools'
//     "Slow 4G" (150 ms latency, 1.6 Mbps), where the network, not this
//     machine's CPU, sets the pace, as on a reader's phone;
//   - navigation → timeline painted for 50, 5,000 and 100,000 synthetic
//     statements (scripts/generate-dataset.mjs), and for TimelineJS at 50
//     and 5,000 (its own JSON format, served locally, fonts off);
//   - a search keystroke → repaint, at 5,000 and 100,000 statements;
//   - how many statement cards the page holds at 100,000 (windowing).
//
//   node scripts/bench-ui.mjs [--runs 5] [--dist dist]
//
// "Painted" is the first animation frame after the first statement card (or
// TimelineJS slide) enters the DOM, plus a task, read from performance.now()
// (milliseconds since navigation started). It is not part of `make test`:
// timings depend on the machine.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launchBrowser, serve } from '../tests/browser/support.mjs';
import { generateDataset } from './generate-dataset.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(option('--runs', '5'));
const DIST = option('--dist', 'dist');
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';

// Records when the first element matching `selector` has been painted. Class
// changes count too: the build-time page shows when a class is set.
function paintProbe(selector) {
  window.__painted = null;
  const observer = new MutationObserver(() => {
    if (window.__painted === null && document.querySelector(selector)) {
      window.__painted = -1;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())));
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

// Records when the app's own page (it mounts in #app) has been painted.
function appProbe() {
  window.__appPainted = null;
  const observer = new MutationObserver(() => {
    if (window.__appPainted === null && document.querySelector('#app .app')) {
      window.__appPainted = -1;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__appPainted = performance.now())));
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

// TimelineJS's own format: one event per statement, speaker as headline.
function timelineJsData(dataset) {
  const events = [];
  for (const article of dataset.articles) {
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
    const times = new Map(article.times.map((time) => [time.id, time.resolved?.start]));
    for (const statement of article.statements) {
      const [year, month, day] = (times.get(statement.time) ?? article.published).split('-').map(Number);
      events.push({
        start_date: { year, month, day },
        text: { headline: names.get(statement.speaker) ?? 'No speaker', text: statement.text },
        group: article.title,
      });
    }
  }
  return { events };
}

const TIMELINEJS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/tljs/css/timeline.css">
<link rel="stylesheet" href="/tljs-page.css">
<script src="/tljs/js/timeline.js"></script></head>
<body><div id="timeline"></div><script src="/tljs-start.js"></script></body></html>`;
const TIMELINEJS_START = `
const size = new URLSearchParams(location.search).get('n');
fetch('/tljs-data-' + size + '.json').then((r) => r.json()).then((data) => {
  new TL.Timeline('timeline', data, { font: null, script_path: '/tljs/js/', ga_measurement_id: null });
});`;

const sizes = [50, 5000, 100000];
const datasets = Object.fromEntries(sizes.map((n) => [n, generateDataset(n, 1)]));
const routes = {
  '/tljs-page.css': { type: 'text/css', body: '#timeline { width: 100%; height: 600px; }' },
  '/tljs-start.js': { type: 'text/javascript', body: TIMELINEJS_START },
  '/tljs/index.html': { type: 'text/html; charset=utf-8', body: TIMELINEJS_PAGE },
  '/tljs/js/timeline.js': { type: 'text/javascript', body: readFileSync(join(TIMELINEJS, 'js/timeline.js')) },
  '/tljs/css/timeline.css': { type: 'text/css', body: readFileSync(join(TIMELINEJS, 'css/timeline.css')) },
};
for (const n of sizes) {
  // Buffers, which the server gzips once and keeps.
  routes[`/bench-${n}.json`] = { type: 'application/json', body: Buffer.from(JSON.stringify(datasets[n])) };
  if (n <= 5000) {
    routes[`/tljs-data-${n}.json`] = { type: 'application/json', body: Buffer.from(JSON.stringify(timelineJsData(datasets[n]))) };
  }
}

const { server, url } = await serve({ dir: DIST, routes });
const origin = new URL(url).origin;
const browser = await launchBrowser();

async function painted(target, selector, { slow4g = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (slow4g) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1.6e6 / 8,
      uploadThroughput: 750e3 / 8,
    });
  }
  await page.addInitScript(paintProbe, selector);
  await page.addInitScript(appProbe);
  await page.goto(target);
  await page.waitForFunction(() => window.__painted > 0, null, { timeout: 120_000, polling: 50 });
  const time = await page.evaluate(() => window.__painted);
  return { time, page, context };
}

// Types a word into the search box one key at a time and returns, for each
// key, the time from the keydown to the frame after the list updated.
async function keystrokes(page, word) {
  await page.evaluate(() => {
    window.__keys = [];
    let down = 0;
    document.addEventListener('keydown', (event) => (down = event.timeStamp), true);
    document.addEventListener('input', () => {
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - down)));
    }, true);
  });
  await page.focus('#search');
  for (const key of word) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => window.__keys);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = {};
const record = (name, value) => (results[name] ??= []).push(value);
const cards = [];
for (let run = 0; run < RUNS; run++) {
  {
    // The build-time page's cards once it is shown, or the app's.
    const seedCards = '.prerender-shown #prerender article.statement, #app article.statement';
    for (const slow4g of [false, true]) {
      const over = slow4g ? ', Slow 4G' : '';
      const { time, page, context } = await painted(url, seedCards, { slow4g });
      record(`factline: seed timeline painted${over}`, time);
      await page.waitForFunction(() => window.__appPainted > 0, null, { timeout: 120_000, polling: 50 });
      record(`factline: seed, the app’s page painted${over}`, await page.evaluate(() => window.__appPainted));
      await context.close();
    }
  }
  for (const n of sizes) {
    // The app's own cards: the page's HTML also holds the bundled dataset's
    // (hidden for a link with a query, until the app removes them).
    const { time, page, context } = await painted(`${url}?data=${origin}/bench-${n}.json`, '#app article.statement');
    record(`factline: ${n} statements painted`, time);
    if (n >= 5000) {
      for (const latency of await keystrokes(page, 'routes')) record(`factline: search keystroke → repaint at ${n}`, latency);
    }
    if (n === 100000) cards.push(await page.locator('article.statement').count());
    await context.close();
  }
  for (const n of [50, 5000]) {
    const { time, context } = await painted(`${origin}/tljs/index.html?n=${n}`, '.tl-slide');
    record(`TimelineJS: ${n} events painted`, time);
    await context.close();
  }
}
await browser.close();
server.close();

console.log(`median of ${RUNS} runs, headless Chromium, ${new Date().toISOString()}`);
const medians = {};
for (const [name, values] of Object.entries(results)) {
  medians[name] = median(values);
  console.log(`${name.padEnd(48)} ${medians[name].toFixed(1).padStart(8)} ms   (${values.length} samples)`);
}
for (const n of [50, 5000]) {
  const ratio = medians[`TimelineJS: ${n} events painted`] / medians[`factline: ${n} statements painted`];
  console.log(`${`TimelineJS ÷ factline at ${n}`.padEnd(48)} ${ratio.toFixed(2).padStart(8)} ×`);
}
console.log(`${'statement cards in the page at 100,000'.padEnd(48)} ${String(median(cards)).padStart(8)}`);
const size = spawnSync('node', ['scripts/size-report.mjs', DIST], { encoding: 'utf8' });
console.log(size.stdout.split('\n').find((line) => line.startsWith('first load:')));
