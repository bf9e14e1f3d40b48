// Shared set-up for the browser tests: the built dist/ served over HTTP on
// 127.0.0.1 and Debian's headless Chromium driven by playwright-core.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';

export { serve };

// The build under test: dist/, or another folder named by DIST.
export const DIST = process.env.DIST ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/index.html is missing: build the app with `trunk build --release` first');
}

// Chromium as the machine's own package installs it; the flags keep it from
// reaching for the network, which this machine does not have. Playwright
// gives every launch a fresh, empty profile of its own.
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Opens a page in a fresh context and records console errors and failed
// requests, so tests can assert that nothing went wrong on the side.
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  await appStarted(page);
  return { context, page, problems };
}

// Waits until the app has taken the page over from the build-time page that
// index.html carries (src/prerender.rs): before that, the page shows the
// bundled timeline but none of its controls work yet. A timeline the app
// draws itself shows a screenful first, busy (aria-busy) until the rest is
// drawn a frame later: that too is waited for.
export async function appStarted(page) {
  await page.waitForFunction(
    () => !document.getElementById('prerender') && !document.querySelector('[aria-busy="true"]'),
    null,
    { polling: 50 },
  );
}

// The statements on the timeline as { speaker, role, kind, words }.
export async function timelineStatements(page) {
  await page.waitForSelector('article.statement');
  return page.$$eval('ol.statements > li > article.statement', (cards) =>
    cards.map((card) => ({
      speaker: card.querySelector('.speaker-name')?.textContent ?? null,
      role: card.querySelector('.speaker-role')?.textContent ?? null,
      kind: card.querySelector('.kind')?.textContent ?? null,
      words: card.querySelector('.words')?.textContent ?? '',
    })),
  );
}

// Opens `url` in a fresh context that records the longest task the page's
// thread runs, waits for `selector`, and returns the page with a function
// that reads that longest task in milliseconds.
export async function openRecordingLongTasks(browser, url, selector, timeout = 60_000) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(selector, { timeout });
  return { context, page, longestTask: () => page.evaluate(() => window.__longestTask) };
}

// Waits until the iframe at `selector` on a host page is as tall as its
// content (±1 px) with no inner scrollbar, or 5 s have passed, once its
// frame shows `ready`; returns the frame with both heights and whether it
// scrolls inside. The iframe is scrolled into view first, as a reader would:
// Chromium pauses rendering, and so ResizeObserver, in cross-origin frames
// out of sight.
export async function frameSettled(page, selector, ready = 'article.statement') {
  const element = await page.waitForSelector(selector);
  await element.scrollIntoViewIfNeeded();
  const frame = await element.contentFrame();
  await frame.waitForSelector(ready);
  let last;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const outer = await element.evaluate((node) => node.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: Math.ceil(document.body.getBoundingClientRect().height),
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
    }));
    last = { outer, ...inner };
    if (Math.abs(outer - inner.content) <= 1 && !inner.scrolls) break;
    await page.waitForTimeout(100);
  }
  // The frame is not enumerable, so that the figures print as JSON in
  // assertion messages.
  return Object.defineProperty(last, 'frame', { value: frame });
}

// Makes every page of `context` add up its Cumulative Layout Shift (the
// `layout-shift` entries not caused by input) in `window.__cls`, on the top
// page only.
export async function recordLayoutShift(context) {
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

// The height `frame` (a locator of an iframe) settles at: once it has held
// for a second, or after 15 s.
export async function steadyHeight(page, frame) {
  let height = await frame.evaluate((node) => node.getBoundingClientRect().height);
  let steady = 0;
  for (let waited = 0; waited < 15_000 && steady < 1000; waited += 100) {
    await page.waitForTimeout(100);
    const now = await frame.evaluate((node) => node.getBoundingClientRect().height);
    steady = now === height ? steady + 100 : 0;
    height = now;
  }
  return height;
}

// The snippet a producer copies from the Embed control of the page at `url`.
export async function copiedSnippet(browser, url) {
  const { page, context } = await openPage(browser, url);
  const snippet = await page.inputValue('#embed-snippet');
  await context.close();
  return snippet;
}

// A news story's page with `embed` after its `before`th paragraph and
// `after` more paragraphs after it, as text flows around an embed in an
// article; an embed far down a long story starts below the fold.
export function newsStory(embed, { before = 2, after = 6 } = {}) {
  const paragraph = (n) =>
    `<p>Paragraph ${n} of the story, long enough to wrap over a few lines at any width, as the text of a news article does around an embed.</p>`;
  const paragraphs = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => paragraph(from + i)).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
    <body style="margin:0 auto;max-width:44rem;padding:0 1rem;font:18px/1.5 Georgia,serif"><h1>A news story</h1>
    ${paragraphs(1, before)}${embed}${paragraphs(before + 1, before + after)}</body></html>`;
}
