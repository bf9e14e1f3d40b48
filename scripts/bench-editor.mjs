// The editor with a pasted article of 10 KB, 100 KB and 1 MB (the seed
// article repeated, paragraphs numbered so that no two are alike): how long
// from "Find statements" to the first review card on screen, with the
// engine's worker warm (its wasm compiled by a first reading), and the
// longest task on the page's thread meanwhile. Release build in dist/; not
// part of `make test`.
//
//   node scripts/bench-editor.mjs [--runs 5]
import { readFileSync } from 'node:fs';

import { launchBrowser, serve } from '../tests/browser/support.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const seed = readFileSync('crates/factline-core/tests/fixtures/seed/article.txt', 'utf8');
const article = (bytes) => {
  const parts = [];
  for (let n = 1; parts.join('\n\n').length < bytes; n += 1) parts.push(`Part ${n}.\n\n${seed}`);
  return parts.join('\n\n').slice(0, bytes);
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const app = await serve({ dir: 'dist' });
const browser = await launchBrowser();

/** One reading of `text` in a fresh editor: ms to the first card, longest task, cards. */
async function reading(text) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('editor.html', app.url).href);
  await page.waitForSelector('.editor');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Published').fill('2023-12-28');
  // A first, short reading compiles the worker's wasm, as an editor's
  // earlier article would have.
  await page.getByLabel("The article's text").fill(seed);
  await page.getByRole('button', { name: 'Find statements' }).click();
  await page.waitForSelector('article.review-card');
  // Playwright's fill types a megabyte slowly; an editor pastes it at once.
  await page.evaluate((text) => {
    const area = document.getElementById('article-text');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = await page.evaluate(() => {
    // The first card is new when the old ones are gone.
    window.firstCard = new Promise((resolve) => {
      const seen = () => document.querySelector('.editor-status')?.textContent.startsWith('The engine found');
      new MutationObserver(() => seen() && requestAnimationFrame(() => resolve(performance.now()))).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    return performance.now();
  });
  await page.getByRole('button', { name: 'Read the text again' }).click();
  const painted = await page.evaluate(() => window.firstCard);
  await page.waitForTimeout(300);
  const result = {
    ms: painted - started,
    longest: await page.evaluate(() => window.longest),
    cards: await page.locator('article.review-card').count(),
    status: await page.locator('.editor-status').textContent(),
  };
  await context.close();
  return result;
}

for (const bytes of [10_000, 100_000, 1_000_000]) {
  const text = article(bytes);
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await reading(text));
  const list = (key) => results.map((result) => Math.round(result[key])).join(' ');
  console.log(
    `${String(bytes / 1000).padStart(5)} KB: first card ${Math.round(median(results.map((r) => r.ms)))} ms ` +
      `(runs ${list('ms')}), longest task ${Math.round(median(results.map((r) => r.longest)))} ms (runs ${list('longest')}), ` +
      `${results[0].cards} cards on the page; "${results[0].status}"`,
  );
}
await browser.close();
app.server.close();
