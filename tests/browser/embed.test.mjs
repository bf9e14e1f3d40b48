// Embedding: a host page on another origin holds two factline iframes sized by
// static/embed.js and one made by plain pym.js. Each must grow and shrink to
// its content, with no inner scrollbar, at phone, tablet and desktop widths,
// also after a filter changes the content.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { DIST, frameSettled, launchBrowser, openPage, serve } from './support.mjs';

const pym = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');

let factline;
let host;
let browser;

// The host page: what a newsroom pastes, twice with our script and once with
// pym.js. The snippets point at the embed's page; pym's frame at the full
// page with ?embed=1, as links made before the embed had its own page did.
function hostPage(app) {
  const frame = (id, query) =>
    `<iframe id="${id}" src="${app}embed.html?embed=1${query}" title="factline" data-factline loading="lazy" width="100%" height="150"
       style="border:0;width:100%;display:block" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News story</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body style="margin:0">
      <h1>A news story</h1>
      ${frame('first', '')}
      <p>Between the embeds.</p>
      ${frame('second', '&theme=dark')}
      <div id="pym-frame"></div>
      <script src="${app}embed.js"></script>
      <script src="/pym.v1.min.js"></script>
      <script>new pym.Parent('pym-frame', '${app}?embed=1', { title: 'factline (pym)' });</script>
    </body></html>`;
}

before(async () => {
  factline = await serve({ dir: DIST });
  host = await serve({
    dir: DIST,
    base: '/unused/',
    routes: {
      '/story.html': { type: 'text/html; charset=utf-8', body: hostPage(factline.url) },
      '/pym.v1.min.js': { type: 'text/javascript', body: pym },
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  factline?.server.close();
  host?.server.close();
});

for (const width of [320, 768, 1280]) {
  test(`iframes fit their content at ${width} px, before and after filtering`, async () => {
    const { page, context } = await openPage(browser, `${host.url.replace('/unused/', '/')}story.html`, {
      viewport: { width, height: 800 },
    });
    for (const selector of ['#first', '#second', '#pym-frame iframe']) {
      const before = await frameSettled(page, selector);
      assert.ok(Math.abs(before.outer - before.content) <= 1, `${selector} is as tall as its content: ${JSON.stringify(before)}`);
      assert.equal(before.scrolls, false, `${selector} has no inner scrollbar`);
      assert.ok(before.outer > 150, `${selector} grew from its initial 150 px`);

      // A search that matches one statement shrinks the content and the frame.
      const frame = await (await page.$(selector)).contentFrame();
      await frame.fill('#search', 'reached a point');
      await frame.waitForFunction(() => document.querySelectorAll('article.statement').length === 1);
      const after = await frameSettled(page, selector);
      assert.ok(after.outer < before.outer, `${selector} shrank after filtering (${before.outer} → ${after.outer})`);
      assert.ok(Math.abs(after.outer - after.content) <= 1, `${selector} fits after filtering: ${JSON.stringify(after)}`);
      assert.equal(after.scrolls, false);
    }
    await context.close();
  });
}

test('the host script ignores height messages from other windows and malformed ones', async () => {
  const { page, context } = await openPage(browser, `${host.url.replace('/unused/', '/')}story.html`);
  const first = await page.waitForSelector('#first');
  await frameSettled(page, '#first');
  const height = await first.evaluate((node) => node.getBoundingClientRect().height);
  // The host page itself (not the iframe) and a forged shape both try to resize it.
  await page.evaluate(() => {
    window.postMessage('{"sentinel":"amp","type":"embed-size","height":9999}', '*');
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 9999 }, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await first.evaluate((node) => node.getBoundingClientRect().height), height);
  await context.close();
});

// A message the embed does not want is dropped before its data is read: one
// from another window of the host page (an ad's frame), and one from the
// parent that is far longer than any it answers. Reading either into the
// page's wasm once grew its memory by the message's size for good and held
// the page's thread for seconds.
test('the embed drops messages from other windows and oversized ones unread', async (t) => {
  const context = await browser.newContext();
  // Trunk's loader hands the started wasm's exports to this event; its
  // memory shows whether a message was copied in.
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => {
      window.__wasmMemory = Object.values(event.detail.wasm).find((value) => value instanceof WebAssembly.Memory);
    });
  });
  const page = await context.newPage();
  await page.goto(`${host.url.replace('/unused/', '/')}story.html`);
  const first = await page.waitForSelector('#first');
  const before = await frameSettled(page, '#first');
  const frame = await first.contentFrame();
  const memoryBefore = await frame.evaluate(() => window.__wasmMemory.buffer.byteLength);
  await frame.evaluate(() => {
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.evaluate(async () => {
    const big = `pymxPYMx${'x'.repeat(32 << 20)}`;
    const target = document.getElementById('first').contentWindow;
    const ad = document.createElement('iframe');
    ad.srcdoc = '<p>ad</p>';
    await new Promise((loaded) => {
      ad.onload = loaded;
      document.body.append(ad);
    });
    ad.contentWindow.eval('(target, big) => target.postMessage(big, "*")')(target, big);
    target.postMessage(big, '*');
  });
  await page.waitForTimeout(1000);
  const longest = await frame.evaluate(() => window.__longestTask);
  const grown = (await frame.evaluate(() => window.__wasmMemory.buffer.byteLength)) - memoryBefore;
  t.diagnostic(`two 32M-character messages: longest task in the embed ${Math.round(longest)} ms, wasm memory grew ${grown} bytes`);
  assert.ok(grown < 8 << 20, `the messages were copied into the page's memory (+${grown} bytes)`);
  assert.ok(longest < 1000, `the embed froze for ${longest} ms`);
  const after = await frameSettled(page, '#first');
  assert.equal(after.outer, before.outer, 'the embed kept its size');
  assert.equal(after.scrolls, false);
  await context.close();
});
