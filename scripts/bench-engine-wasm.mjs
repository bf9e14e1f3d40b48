// Measures the extraction engine in WebAssembly, in headless Chromium: the
// built engine worker (dist/engine_worker_*) extracts one text-only article of
// 100 KB, 1 MB and 10 MB made of the bundled article's paragraphs, and the
// script prints the median time of five runs and the throughput in MB/s.
// The time covers the whole worker round trip (JSON in, extraction, JSON out).
//
//   node scripts/bench-engine-wasm.mjs [dist]   (after `trunk build --release`)
import { readFileSync } from 'node:fs';

import { launchBrowser, serve } from '../tests/browser/support.mjs';

const seed = JSON.parse(readFileSync('static/dataset.json', 'utf8')).articles[0].text;
const paragraphs = seed.split(/\n\s*\n/).filter((p) => !/appeared first on|Read More|Cover Photo/.test(p));

function article(bytes) {
  const parts = [];
  for (let size = 0, i = 0; size < bytes; i += 1) {
    const paragraph = `${paragraphs[i % paragraphs.length]}\n\n`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  const text = parts.join('');
  return JSON.stringify({ version: 1, articles: [{ id: 'bench', text, published: '2023-12-28' }] });
}

const { server, url } = await serve({ dir: process.argv[2] ?? 'dist' });
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(url);
console.log('size      median ms   MB/s');
for (const bytes of [100_000, 1_000_000, 10_000_000]) {
  const json = article(bytes);
  const times = [];
  for (let run = 0; run < 5; run += 1) {
    times.push(
      await page.evaluate(
        (json) =>
          new Promise((done, fail) => {
            const worker = new Worker('./engine_worker_loader.js');
            let started = 0;
            worker.onerror = (event) => fail(new Error(event.message));
            worker.onmessage = (event) => {
              if (event.data === 'ready') {
                started = performance.now();
                worker.postMessage(json);
              } else if (event.data.dataset) {
                const elapsed = performance.now() - started;
                worker.terminate();
                done(elapsed);
              } else {
                fail(new Error(event.data.error));
              }
            };
          }),
        json,
      ),
    );
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  console.log(`${String(bytes / 1000).padStart(6)} KB ${median.toFixed(1).padStart(10)} ${(bytes / 1e6 / (median / 1000)).toFixed(2).padStart(7)}`);
}
await browser.close();
server.close();
