// The page's HTML carries the bundled dataset's default page, rendered at
// build time by the app's own views (src/prerender.rs): readers see the
// timeline before the app's wasm has loaded, and the app then takes the page
// over without a visible change. Where a visit will show something else, the
// picture never shows (static/prerender-gate.js).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { appStarted, DIST, launchBrowser, serve, timelineStatements } from './support.mjs';

const WASM = readdirSync(DIST).find((name) => /^factline-\w+_bg\.wasm$/.test(name));

let browser;
let server;
let url;

before(async () => {
  browser = await launchBrowser();
  ({ server, url } = await serve({ dir: DIST }));
});

after(async () => {
  await browser?.close();
  server?.close();
});

// Holds the page's wasm back, like a slow phone network, so that a test can
// look at the page before the app starts; the returned function lets it go.
async function holdWasm(page) {
  let held = [];
  await page.route(`**/${WASM}`, (route) => (held ? held.push(route) : route.continue()));
  return async () => {
    const waiting = held;
    held = null;
    await Promise.all(waiting.map((route) => route.continue()));
  };
}

// The statements the page shows, read from the element that holds them.
function statementsIn(page, root) {
  return page.$$eval(`${root} ol.statements > li > article.statement`, (cards) =>
    cards.map((card) => ({
      speaker: card.querySelector('.speaker-name')?.textContent ?? null,
      kind: card.querySelector('.kind')?.textContent ?? null,
      words: card.querySelector('.words')?.textContent ?? '',
    })),
  );
}

// The app sets form values as properties and the build-time page as
// attributes; the embed snippet and the embed's link to the full page need
// the page's address, which only the running app knows; the date filters
// are text boxes until the page has painted, and the browser's date fields
// after. Everything else must be the same markup.
function comparable(html) {
  return html
    .replace(/ value=""/g, '')
    .replace(/<input type="date"/g, '<input type="text"')
    .replace(/(<textarea[^>]*>)[\s\S]*?<\/textarea>/g, '$1</textarea>')
    .replace(/href="[^"]*"(?=[^>]*class="open-full")/, 'href=""');
}

// The pages the build pictures: the full page and the embed's page, each at
// the address that starts on its default view.
const PICTURED = [
  { name: 'the full page', path: '', embed: false },
  { name: 'the embed', path: 'embed.html?embed=1', embed: true },
];

for (const pictured of PICTURED) {
  test(`${pictured.name}: the bundled timeline shows before the app starts, and the app takes over with the same page`, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // What the page shows after each batch of DOM changes: the picture (once
  // the gate has shown it), the app's page, both or neither.
  await page.addInitScript(() => {
    window.__shown = [];
    new MutationObserver(() => {
      const shown = document.documentElement.classList.contains('prerender-shown');
      const picture = shown && Boolean(document.querySelector('#prerender .app'));
      const app = Boolean(document.querySelector('#app .app'));
      window.__shown.push(picture && app ? 'both' : picture ? 'picture' : app ? 'app' : 'neither');
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  const release = await holdWasm(page);
  await page.goto(`${url}${pictured.path}`, { waitUntil: 'domcontentloaded' });
  const picture = await statementsIn(page, '#prerender');
  assert.ok(picture.length > 0, 'the page shows statements before the app starts');
  assert.equal(await page.locator('#prerender > .app.is-embed').count(), pictured.embed ? 1 : 0, 'the picture is of this page');
  assert.ok(await page.locator('#prerender article.statement').first().isVisible());
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the app has not started yet');
  const markup = comparable(await page.locator('#prerender > .app').evaluate((element) => element.outerHTML));

  await release();
  await appStarted(page);
  assert.equal(await page.locator('.app').count(), 1, 'one page');
  const shown = await page.evaluate(() => window.__shown);
  const fromPicture = shown.slice(shown.indexOf('picture'));
  assert.deepEqual([...new Set(fromPicture)], ['picture', 'app'], 'the app replaces the picture at once: never both, never neither');
  assert.deepEqual(await statementsIn(page, '#app > .app'), picture);
  assert.equal(comparable(await page.locator('#app > .app').evaluate((element) => element.outerHTML)), markup);
  assert.deepEqual(problems, []);
  await context.close();
});
}

test('while the bundled dataset is slow to come, the timeline stays and no loading notice shows', async () => {
  const dataset = readFileSync(join(DIST, 'dataset.json'), 'utf8');
  const late = await serve({ dir: DIST, routes: { '/dataset.json': { type: 'application/json', body: dataset, delay: 1500 } } });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(late.url);
  await page.waitForFunction(() => window.wasmBindings, null, { polling: 50 });
  // The app has started and the dataset has not come: well past the moment
  // a page without a picture would say it is loading.
  await page.waitForTimeout(700);
  assert.equal(await page.getByText('Loading the dataset…').count(), 0);
  assert.ok(await page.locator('#prerender article.statement').first().isVisible());
  await appStarted(page);
  assert.ok((await timelineStatements(page)).length > 0);
  await context.close();
  late.server.close();
});

test('a statement chosen while the picture shows is selected and in view once the app starts', async () => {
  // Regression: the views' effects once ran while the picture was still in
  // the page, and the timeline scrolled to the picture's copy of the card.
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The last card's "In the text" link names its statement.
  const href = await page.locator('#prerender article.statement').last().locator('a.in-source').getAttribute('href');
  const statement = new URLSearchParams(href.slice(1)).get('statement');
  await page.evaluate((hash) => (location.hash = hash), `#statement=${statement}`);
  await release();
  await appStarted(page);
  const selected = page.locator('article.statement.is-selected');
  await selected.waitFor();
  assert.ok((await selected.textContent()).length > 0);
  await page.waitForFunction(() => {
    const box = document.querySelector('article.statement.is-selected').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, null, { timeout: 5000 });
  await context.close();
});

test('a deep link, a query, an embed or a remembered theme never shows the build-time page', async () => {
  const visits = [
    { name: 'a deep link', path: '#view=speakers' },
    { name: 'a statement link', path: '#statement=border/s7' },
    { name: 'another dataset', path: '?data=other.json' },
    { name: 'an embed of the full page', path: '?embed=1' },
    { name: 'a themed link', path: '?theme=dark' },
    { name: 'a remembered theme', path: '', theme: 'dark' },
    { name: 'a themed embed', path: 'embed.html?embed=1&theme=dark' },
    { name: 'an embed of a view', path: 'embed.html?embed=1#view=figures' },
    { name: 'the embed page as a full page', path: 'embed.html' },
  ];
  for (const visit of visits) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (visit.theme) {
      await page.addInitScript((theme) => localStorage.setItem('factline.theme', theme), visit.theme);
    }
    const release = await holdWasm(page);
    await page.goto(`${url}${visit.path}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, `${visit.name}: the app has not started yet`);
    assert.equal(await page.locator('#prerender').isVisible(), false, `${visit.name} hides the picture`);
    await release();
    await appStarted(page);
    await context.close();
  }
});

test('without JavaScript the bundled timeline is there to read', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const statements = await statementsIn(page, '#prerender');
  const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8'));
  assert.equal(statements.length, dataset.articles.flatMap((article) => article.statements).length);
  assert.ok(await page.locator('#prerender article.statement').first().isVisible());
  await context.close();
});

test('the build-time pages have no axe violations', async () => {
  // axe runs as a script in the page, so the app's wasm is held back while
  // axe looks, rather than scripts switched off.
  for (const pictured of PICTURED) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await holdWasm(page);
  await page.goto(`${url}${pictured.path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#prerender article.statement');
  const results = await new AxeBuilder({ page }).include('#prerender').analyze();
  assert.deepEqual(results.violations.map((v) => v.id), [], pictured.name);
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'axe looked at the build-time page');
  await context.close();
  }
});
