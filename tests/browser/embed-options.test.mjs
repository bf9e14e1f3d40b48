// Embed mode and its URL options, and the Embed control that gives the
// copy-paste snippet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { generateDataset } from '../../scripts/generate-dataset.mjs';
import { DIST, launchBrowser, openPage, serve, timelineStatements } from './support.mjs';

let app;
let browser;

before(async () => {
  app = await serve({ dir: DIST });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

test('embed mode is compact: no masthead, and links out open a new tab', async () => {
  const { page, context } = await openPage(browser, `${app.url}?embed=1&theme=dark#view=speakers`);
  await page.waitForSelector('.is-embed');
  assert.equal(await page.locator('.masthead').count(), 0);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(
    await page.locator('nav[aria-label="Views"] [aria-current="page"]').textContent(),
    'Speakers',
  );
  const full = page.locator('a.open-full');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.equal(await full.getAttribute('rel'), 'noopener');
  assert.ok(!(await full.getAttribute('href')).includes('embed='), 'the full view is not an embed');
  // Every link that leaves the page opens a new tab without access to it.
  const outward = await page.$$eval('a[href]', (links) =>
    links
      .filter((a) => !a.getAttribute('href').startsWith('#'))
      .map((a) => ({ target: a.target, rel: a.rel })),
  );
  assert.ok(outward.length >= 1);
  for (const link of outward) assert.deepEqual(link, { target: '_blank', rel: 'noopener' });
  await context.close();
});

test('statement= and speaker= choose where an embed opens', async () => {
  const dataset = JSON.parse(readFileSync('dist/dataset.json', 'utf8')).articles[0];
  const quote = dataset.statements.find((s) => s.kind === 'direct');
  const { page, context } = await openPage(browser, `${app.url}?embed=1&statement=${dataset.id}/${quote.id}`);
  const selected = page.locator('article.statement.is-selected');
  await selected.waitFor();
  assert.ok((await selected.textContent()).includes(quote.text.slice(0, 30)));

  const speaker = dataset.speakers.find((s) => s.id === quote.speaker);
  const byName = await openPage(browser, `${app.url}?embed=1&view=speakers&speaker=${speaker.id}`);
  await byName.page.waitForSelector('article.statement');
  const shown = await byName.page.$$eval('article.statement .speaker-name', (names) => names.map((n) => n.textContent));
  assert.ok(shown.length > 0 && shown.every((name) => name === speaker.name), shown.join(', '));
  await byName.context.close();
  await context.close();
});

test('a data= URL that fails shows the error panel with that URL', async () => {
  const missing = 'nowhere/dataset.json';
  const { page, context } = await openPage(browser, `${app.url}?embed=1&data=${encodeURIComponent(missing)}`);
  const panel = page.locator('.error-panel[role=alert]');
  await panel.waitFor();
  assert.equal(await panel.locator('.error-url').textContent(), missing);
  assert.match(await panel.locator('.error-problem').textContent(), /the server answered 404/);
  await context.close();
});

test('the Embed control gives a sandboxed lazy iframe snippet and a preview of the current view', async () => {
  const { page, context } = await openPage(browser, `${app.url}#view=figures`);
  await page.waitForSelector('article.statement, .figures');
  assert.equal(page.frames().length, 1, 'the closed control holds no preview frame');
  await page.click('.embed-control > summary');
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?embed=1#view=figures" title="[^"]+"/);
  for (const part of ['loading="lazy"', 'width="100%"', 'data-factline', 'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"']) {
    assert.ok(snippet.includes(part), part);
  }
  assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  const preview = await (await page.waitForSelector('iframe.embed-preview')).contentFrame();
  await preview.waitForSelector('.is-embed');
  assert.equal(
    await preview.locator('nav[aria-label="Views"] [aria-current="page"]').textContent(),
    'Figures',
  );
  // Escape closes the control and takes its preview away.
  await page.focus('#embed-snippet');
  await page.keyboard.press('Escape');
  await page.waitForSelector('iframe.embed-preview', { state: 'detached' });
  assert.equal(await page.locator('.embed-control[open]').count(), 0);
  await context.close();
});

test('the snippet and the preview take the theme the reader chose, and auto leaves it to the host', async () => {
  const { page, context } = await openPage(browser, `${app.url}?theme=light#view=speakers`);
  await page.click('.embed-control > summary');
  for (const [theme, query] of [['dark', '?embed=1&theme=dark'], ['light', '?embed=1&theme=light'], ['auto', '?embed=1']]) {
    await page.selectOption('#theme', theme);
    const src = `${app.url}embed.html${query}#view=speakers`;
    // The snippet is HTML: "&" in its attribute is "&amp;".
    const attribute = src.replaceAll('&', '&amp;');
    await page.waitForFunction((attribute) => document.getElementById('embed-snippet').value.startsWith(`<iframe src="${attribute}"`), attribute);
    const preview = await (await page.waitForSelector(`iframe.embed-preview[src="${src}"]`)).contentFrame();
    await preview.waitForSelector('.is-embed');
    assert.equal(await preview.getAttribute('html', 'data-theme'), theme);
  }
  await context.close();
});

test('an embed of a long timeline stays a readable height and renders only the rows in view', async () => {
  const statements = 5000;
  const long = await serve({
    dir: DIST,
    routes: { '/long.json': { type: 'application/json', body: JSON.stringify(generateDataset(statements, 3)) } },
  });
  const { page, context, problems } = await openPage(browser, `${long.url}?embed=1&data=long.json`, {
    viewport: { width: 768, height: 900 },
  });
  await page.waitForSelector('main article.statement', { timeout: 60_000 });
  const cards = () => page.locator('main article.statement').count();
  assert.ok((await cards()) < 60, `${await cards()} cards rendered`);
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(pageHeight < 3000, `the embed's page is ${pageHeight} px tall, not as tall as its list`);
  const listHeight = await page.evaluate(() => document.querySelector('.timeline').scrollHeight);
  assert.ok(listHeight > statements * 50, `the list scrolls in its box (${listHeight} px of content)`);
  // Scrolling the list's own box to its end (again, as the end moves while
  // unseen rows are measured) brings the last statement into view.
  await page.waitForFunction((lastId) => {
    const list = document.querySelector('.timeline');
    list.scrollTop = list.scrollHeight;
    const box = document.getElementById(lastId)?.getBoundingClientRect();
    const frame = list.getBoundingClientRect();
    return box && box.bottom <= frame.bottom + 2 && box.bottom > frame.top;
  }, `entry-${statements - 1}`, { polling: 250, timeout: 30_000 });
  assert.ok((await cards()) < 60, `${await cards()} cards rendered at the end`);
  assert.deepEqual(problems, []);
  await context.close();
  long.server.close();
});

test('the Embed control’s options hide the theme switch and the filters, in the snippet and the preview', async () => {
  const { page, context, problems } = await openPage(browser, `${app.url}#view=timeline`, { viewport: { width: 1280, height: 900 } });
  await page.click('.embed-control > summary');
  const snippet = () => page.inputValue('#embed-snippet');
  const preview = async (src) => {
    const frame = await (await page.waitForSelector(`iframe.embed-preview[src="${src}"]`)).contentFrame();
    // The same frame loads the new address: the old page may still be in it.
    await frame.waitForURL((url) => url.search === new URL(src).search);
    await frame.waitForSelector('main article.statement');
    return frame;
  };

  await page.getByLabel('Hide the theme switch').check();
  await page.waitForFunction(() => document.getElementById('embed-snippet').value.includes('?embed=1&amp;hide=theme"'));
  let frame = await preview(`${app.url}embed.html?embed=1&hide=theme`);
  assert.equal(await frame.locator('#theme').isVisible(), false, 'no theme switch');
  assert.equal(await frame.locator('#filter-more').isVisible(), true, 'the filters stay');

  await page.getByLabel('Hide the filters').check();
  assert.ok((await snippet()).includes('?embed=1&amp;hide=theme+filters"'), await snippet());
  frame = await preview(`${app.url}embed.html?embed=1&hide=theme+filters`);
  assert.equal(await frame.locator('#filter-more').isVisible(), false, 'no filters');
  assert.equal(await frame.locator('#search').isVisible(), true, 'the search stays');

  await page.getByLabel('Hide the theme switch').uncheck();
  assert.ok((await snippet()).includes('?embed=1&amp;hide=filters"'), await snippet());
  frame = await preview(`${app.url}embed.html?embed=1&hide=filters`);
  assert.equal(await frame.locator('#theme').isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Embed control’s height is auto (the preview fits its content) or fixed (600 px, scrolling inside)', async () => {
  const { page, context, problems } = await openPage(browser, app.url, { viewport: { width: 1280, height: 900 } });
  await page.click('.embed-control > summary');
  assert.match(await page.inputValue('#embed-snippet'), / data-factline><\/iframe>/);
  // Auto: the host script the snippet carries sizes the preview to its content.
  let preview = await frameSettledIn(page);
  assert.ok(Math.abs(preview.outer - preview.content) <= 1 && preview.outer !== 600, JSON.stringify(preview));

  await page.getByLabel('Fixed height: 600 px, scrolling inside').check();
  await page.waitForFunction(() => document.getElementById('embed-snippet').value.includes(' data-factline="fixed"></iframe>'));
  assert.match(await page.inputValue('#embed-snippet'), / height="600" /);
  await page.waitForSelector('iframe.embed-preview[data-factline="fixed"]');
  await page.waitForTimeout(1000);
  const fixed = await page.$eval('iframe.embed-preview', (node) => node.getBoundingClientRect().height);
  assert.equal(Math.round(fixed), 600, 'the preview keeps the snippet’s height');
  const frame = await (await page.$('iframe.embed-preview')).contentFrame();
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight), 'and scrolls inside');
  assert.deepEqual(problems, []);
  await context.close();
});

// The preview's height and its content's, once the host script has sized it.
async function frameSettledIn(page) {
  const element = await page.waitForSelector('iframe.embed-preview');
  const frame = await element.contentFrame();
  await frame.waitForSelector('main article.statement');
  let last;
  for (let waited = 0; waited < 5000; waited += 100) {
    const outer = await element.evaluate((node) => node.getBoundingClientRect().height);
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    last = { outer, content };
    if (Math.abs(outer - content) <= 1) break;
    await page.waitForTimeout(100);
  }
  return last;
}

for (const width of [360, 1280]) {
  test(`at ${width} px, an embed honours hide= from its address`, async () => {
    const { page, context } = await openPage(browser, `${app.url}embed.html?embed=1&hide=theme+filters`, {
      viewport: { width, height: 800 },
    });
    await page.waitForSelector('main article.statement');
    for (const hidden of ['#theme', '.filter-toggle', '#filter-more']) {
      assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is hidden`);
    }
    assert.equal(await page.locator('#search').isVisible(), true, 'the search stays');
    assert.equal(await page.locator('nav[aria-label="Views"]').isVisible(), true, 'the views stay');
    const themeOnly = await openPage(browser, `${app.url}embed.html?embed=1&hide=theme`, { viewport: { width, height: 800 } });
    await themeOnly.page.waitForSelector('main article.statement');
    assert.equal(await themeOnly.page.locator('#theme').isVisible(), false);
    const filters = width > 640 ? '#filter-more' : '.filter-toggle';
    assert.equal(await themeOnly.page.locator(filters).isVisible(), true, `${filters} stays`);
    await themeOnly.context.close();
    await context.close();
  });
}

test('on a host page, embed.js leaves a fixed-height frame at its height and sizes an auto one', async () => {
  const host = await serve({
    dir: DIST,
    base: '/unused/',
    routes: {
      '/story.html': {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body>
          <iframe id="auto" src="${app.url}embed.html?embed=1" title="factline" width="100%" height="600" data-factline
            style="border:0;width:100%;display:block"></iframe>
          <iframe id="fixed" src="${app.url}embed.html?embed=1" title="factline" width="100%" height="600" data-factline="fixed"
            style="border:0;width:100%;display:block"></iframe>
          <script src="${app.url}embed.js" async></script></body></html>`,
      },
    },
  });
  const { page, context } = await openPage(browser, `${host.url.replace('/unused/', '/')}story.html`, {
    viewport: { width: 1280, height: 900 },
  });
  const heights = async () => page.$$eval('iframe', (frames) => frames.map((f) => Math.round(f.getBoundingClientRect().height)));
  await page.waitForFunction(() => document.getElementById('auto').getBoundingClientRect().height !== 600, null, { timeout: 10_000 });
  await page.locator('#fixed').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  const [auto, fixed] = await heights();
  assert.notEqual(auto, 600, 'the auto frame fits its content');
  assert.equal(fixed, 600, 'the fixed frame keeps its height');
  await context.close();
  host.server.close();
});
