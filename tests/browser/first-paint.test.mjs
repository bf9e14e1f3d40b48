// How the page starts where it has no build-time picture to show, as with
// `?data=`: it fetches the dataset while its own wasm is still coming (the
// gate, static/prerender-gate.js, preloads it), compiles the wasm while the
// page is still parsed (scripts/finish-html.mjs; where the picture shows,
// only once it has been painted), and its timeline draws a
// screenful first and the rest once that is painted (src/components/timeline.rs).
// How soon it paints is measured by scripts/bench-paint.mjs, not here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { generateDataset } from '../../scripts/generate-dataset.mjs';
import { DIST, launchBrowser, openPage, serve } from './support.mjs';

const fifty = Buffer.from(JSON.stringify(generateDataset(50, 1)));
const wasm = readdirSync(DIST).find((file) => /^factline-\w+_bg\.wasm$/.test(file));

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test("?data= fetches the dataset while the page's wasm is still coming, once", async () => {
  // The wasm takes a second to come, as over a slow network.
  const routes = {
    [`/${wasm}`]: { type: 'application/wasm', body: readFileSync(join(DIST, wasm)), delay: 1000 },
    '/fifty.json': { type: 'application/json', body: fifty },
  };
  const { server, url } = await serve({ dir: DIST, routes });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const requested = [];
    let wasmCame = Infinity;
    page.on('request', (request) => {
      if (request.url().endsWith('/fifty.json')) requested.push(Date.now());
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith(`/${wasm}`)) wasmCame = Date.now();
    });
    await page.goto(`${url}?data=fifty.json`);
    await page.waitForFunction(() => document.querySelectorAll('article.statement').length === 50);
    assert.equal(requested.length, 1, 'the app takes up the preloaded answer instead of asking again');
    assert.ok(requested[0] < wasmCame, 'the dataset was asked for before the wasm had come');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    server.close();
  }
});

test("the page's wasm is asked for once; it compiles while the page is parsed where no picture shows", async () => {
  const routes = { '/fifty.json': { type: 'application/json', body: fifty } };
  const { server, url } = await serve({ dir: DIST, routes });
  try {
    // What scripts/finish-html.mjs's line in <head> started: the module
    // compiling where no picture shows, else the response alone, which the
    // loader compiles once the picture has painted.
    for (const [address, started] of [[`${url}?data=fifty.json`, 'Module'], [url, 'Response']]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const asked = [];
      page.on('request', (request) => request.url().endsWith(`/${wasm}`) && asked.push(request.url()));
      await page.goto(address);
      await page.waitForFunction(() => !document.getElementById('prerender') && document.querySelector('#app article.statement'));
      const kind = await page.evaluate(async () => (await window.factlineWasm).constructor.name);
      assert.equal(kind, started, address);
      assert.equal(asked.length, 1, `${address}: the wasm once`);
      await context.close();
    }
  } finally {
    server.close();
  }
});

test('a broken or missing ?data= dataset fetched ahead still gets its error panel, in the page and in an embed', async () => {
  const routes = {
    '/broken.json': { type: 'application/json', body: '{"version": 1, "articles": [ {"id": "a", ' },
    '/missing.json': { status: 404, type: 'text/plain', body: 'not found' },
  };
  const { server, url } = await serve({ dir: DIST, routes });
  try {
    const cases = [
      { address: `${url}?data=broken.json`, problem: /ends at line 1, column 41/ },
      { address: `${url}embed.html?embed=1&data=missing.json`, problem: /answered 404 Not Found/ },
    ];
    for (const { address, problem } of cases) {
      const { page, context } = await openPage(browser, address);
      const panel = page.locator('.error-panel[role=alert]');
      await panel.waitFor();
      assert.match(await panel.locator('.error-problem').textContent(), problem, address);
      // A failed preload of the dataset is not one of the embed's own
      // files failing: the note for frames that cannot load them stays away.
      assert.equal(await page.locator('html.embed-unloadable').count(), 0, address);
      await context.close();
    }
  } finally {
    server.close();
  }
});

// Records, for the first render that puts cards in the app's element, how
// many there are, whether the timeline says it is busy and whether the last
// reaches the window's bottom edge.
function recordFirstCards() {
  new MutationObserver((_, observer) => {
    const cards = document.querySelectorAll('#app article.statement');
    if (!cards.length) return;
    observer.disconnect();
    window.__firstCards = {
      count: cards.length,
      busy: document.querySelector('.timeline').getAttribute('aria-busy'),
      fillsWindow: cards[cards.length - 1].getBoundingClientRect().bottom >= window.innerHeight,
    };
  }).observe(document, { childList: true, subtree: true });
}

test('a timeline draws a screenful first and the rest once that is painted, at 360 and 1280 px', async () => {
  const routes = { '/fifty.json': { type: 'application/json', body: fifty } };
  const { server, url } = await serve({ dir: DIST, routes });
  try {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      await context.addInitScript(recordFirstCards);
      const page = await context.newPage();
      await page.goto(`${url}?data=fifty.json`);
      await page.waitForFunction(() => window.__firstCards);
      const first = await page.evaluate(() => window.__firstCards);
      assert.ok(first.count < 50, `${width} px: ${first.count} cards first`);
      assert.ok(first.fillsWindow, `${width} px: the first cards reach below the window`);
      assert.equal(first.busy, 'true', `${width} px: the list says it is coming`);
      await page.waitForFunction(() => !document.querySelector('.timeline[aria-busy]'));
      assert.equal(await page.locator('article.statement').count(), 50, `${width} px`);
      assert.equal(await page.locator('.timeline svg.spacer').count(), 0, `${width} px: nothing stands in for rows`);
      await context.close();
    }
  } finally {
    server.close();
  }
});

test("the build-time picture gives way to the app's whole timeline at once", async () => {
  const { server, url } = await serve({ dir: DIST });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordFirstCards);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__firstCards);
    const first = await page.evaluate(() => window.__firstCards);
    const picture = await page.evaluate(() => JSON.parse(document.getElementById('dataset').textContent));
    const statements = picture.articles.reduce((sum, article) => sum + article.statements.length, 0);
    assert.equal(first.count, statements, 'as many cards as the picture had, in the same render');
    assert.equal(first.busy, null);
    await context.close();
  } finally {
    server.close();
  }
});

// Counts the animation frames, each followed by a paint, drawn while the
// build-time picture's cards are on screen, until the app has replaced it.
function countPictureFrames() {
  window.__pictureFrames = 0;
  const tick = () => {
    if (window.__framesBeforeApp !== undefined) return;
    if (document.querySelector('.prerender-shown #prerender article.statement')) window.__pictureFrames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver(() => {
    if (window.__framesBeforeApp === undefined && document.querySelector('#app article.statement')) {
      window.__framesBeforeApp = window.__pictureFrames;
    }
  }).observe(document, { childList: true, subtree: true });
}

test('the build-time picture is painted before the app compiles and starts, in the full page and the embed', async () => {
  const { server, url } = await serve({ dir: DIST });
  try {
    for (const address of [url, `${url}embed.html?embed=1`]) {
      const context = await browser.newContext();
      await context.addInitScript(countPictureFrames);
      const page = await context.newPage();
      await page.goto(address);
      await page.waitForFunction(() => window.__framesBeforeApp !== undefined);
      assert.ok((await page.evaluate(() => window.__framesBeforeApp)) >= 1, address);
      await context.close();
    }
  } finally {
    server.close();
  }
});
