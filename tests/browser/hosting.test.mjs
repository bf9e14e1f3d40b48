// Static hosting: dist/ works under a sub-path (as on GitHub Pages), under the
// strict Content-Security-Policy, and renders a hostile dataset inert.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { inlineHashes, strictPolicy } from '../../scripts/csp.mjs';
import { appStarted, DIST, launchBrowser, openPage, serve, timelineStatements } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// Serves dist/ with `options` for the length of `body`.
async function withServer(options, body) {
  const { server, url } = await serve({ dir: DIST, ...options });
  try {
    await body(url);
  } finally {
    server.close();
  }
}

test('dist/ works under a sub-path: app, dataset and deep links', async () => {
  await withServer({ base: '/factline/' }, async (url) => {
    assert.match(url, /\/factline\/$/);
    const requests = [];
    const { page, problems, context } = await openPage(browser, url);
    page.on('request', (request) => requests.push(request.url()));
    const statements = await timelineStatements(page);
    assert.ok(statements.length > 0, 'the timeline shows statements');
    assert.deepEqual(problems, []);

    // A deep link into the speakers view opens that view under the sub-path.
    const deep = await context.newPage();
    await deep.goto(`${url}#view=speakers`);
    await deep.waitForSelector('.speaker-list, [aria-current="page"]');
    assert.equal(
      await deep.locator('nav[aria-label="Views"] [aria-current="page"]').textContent(),
      'Speakers',
    );
    await context.close();
  });
});

test('the built index.html runs only the inline code its policy names by hash, and has a noscript fallback', async () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 1);
  // The bundled dataset is a data block, which no browser runs: JSON that
  // parses as the dataset file does, with no "<" that could end it early.
  const data = scripts.filter(([, attributes]) => attributes === ' type=application/json id=dataset');
  assert.equal(data.length, 1, 'the bundled dataset is inside the page');
  assert.deepEqual(JSON.parse(data[0][2]), JSON.parse(readFileSync(`${DIST}/dataset.json`, 'utf8')));
  assert.doesNotMatch(data[0][2], /</);
  // The stylesheet, the gate, the line that fetches the wasm (in place of a
  // preload link, so that it can compile while the page is parsed) and
  // Trunk's loader are inline, so that nothing is fetched before the first
  // paint but what the page needs, each allowed by its hash and nothing
  // else inline: no 'unsafe-inline', and no style attribute, which no hash
  // allows (only in tags: the embed snippet's text names a style for the
  // host's iframe).
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-hashes/);
  const { scripts: scriptHashes, styles: styleHashes } = inlineHashes(html);
  assert.equal(scriptHashes.length, 3, 'the gate, the fetch of the wasm and the loader');
  assert.equal(styleHashes.length, 1, 'the stylesheet');
  assert.match(policy, new RegExp(`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ').replace(/[+/]/g, '\\$&')};`));
  assert.match(policy, new RegExp(`style-src 'self' ${styleHashes.join(' ').replace(/[+/]/g, '\\$&')};`));
  assert.doesNotMatch(html, /<[a-z][^<>]*\sstyle=/i);
  const title = JSON.parse(readFileSync(`${DIST}/dataset.json`, 'utf8')).articles[0].title;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await withServer({}, async (url) => {
    await page.goto(url);
    const text = await page.textContent('body');
    assert.match(text, /factline shows a timeline of who said what/);
    assert.ok(text.includes(title), 'the fallback names the bundled article');
  });
  await context.close();
});

test('the page runs under the strict Content-Security-Policy with no violation', async () => {
  await withServer({ csp: strictPolicy }, async (url) => {
    const { page, problems, context } = await openPage(browser, url);
    const statements = await timelineStatements(page);
    assert.ok(statements.length > 0);
    // Every view renders without a blocked inline style or script.
    for (const view of ['speakers', 'figures', 'source', 'timeline']) {
      await page.goto(`${url}#view=${view}`);
      await page.waitForSelector('main');
      await page.waitForTimeout(200);
    }
    assert.deepEqual(problems, [], 'no console errors, so no CSP violations');
    await context.close();
  });
});

test('under the strict CSP the engine worker still extracts text-only articles', async () => {
  const source = readFileSync(new URL('../../static/dataset.json', import.meta.url), 'utf8');
  const routes = { '/dataset.json': { type: 'application/json', body: source } };
  await withServer({ csp: strictPolicy, routes }, async (url) => {
    const { page, problems, context } = await openPage(browser, url);
    const statements = await timelineStatements(page);
    assert.ok(statements.length > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('no request leaves the page’s own origin', async () => {
  await withServer({}, async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(url).origin) foreign.push(request.url());
    });
    await page.goto(url);
    await appStarted(page);
    await timelineStatements(page);
    for (const view of ['speakers', 'figures', 'source']) {
      await page.goto(`${url}#view=${view}`);
      await page.waitForTimeout(200);
    }
    assert.deepEqual(foreign, []);
    await context.close();
  });
});

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
];

// A dataset whose every string is an HTML or script payload, with spans that
// are still consistent, so the app shows it rather than refusing it.
function hostileDataset() {
  const quote = PAYLOADS.join(' ');
  const text = `${PAYLOADS[0]} said: “${quote}”`;
  // Spans are UTF-8 byte offsets; the curly quote takes three bytes.
  const start = Buffer.byteLength(text.slice(0, text.indexOf(quote)));
  return JSON.stringify({
    version: 1,
    articles: [{
      id: PAYLOADS[1], title: PAYLOADS[2], source: PAYLOADS[0], url: PAYLOADS[3],
      published: '2023-12-28', published_note: PAYLOADS[1], text,
      speakers: [{ id: 'p1', name: PAYLOADS[0], role: PAYLOADS[1], kind: 'person', aliases: [PAYLOADS[2]] }],
      statements: [{
        id: 's1', kind: 'direct', text: quote, start, end: start + Buffer.byteLength(quote),
        speaker: 'p1', mention: { text: PAYLOADS[0], start: 0, end: Buffer.byteLength(PAYLOADS[0]) },
        cue: 'said', time: null, figures: ['f1'],
      }],
      figures: [{
        id: 'f1', text: PAYLOADS[0], start: 0, end: Buffer.byteLength(PAYLOADS[0]),
        value: 1, unit: PAYLOADS[1], qualifier: PAYLOADS[2], period: null,
      }],
      times: [],
    }],
  });
}

test('a dataset full of HTML and script payloads renders inert', async () => {
  const routes = { '/dataset.json': { type: 'application/json', body: hostileDataset() } };
  await withServer({ routes }, async (url) => {
    const { page, context } = await openPage(browser, url);
    page.on('dialog', (dialog) => dialog.dismiss());
    await page.waitForSelector('article.statement');
    for (const view of ['timeline', 'speakers', 'figures', 'source']) {
      await page.goto(`${url}#view=${view}`);
      await page.waitForTimeout(300);
      const text = await page.textContent('main');
      assert.ok(text.includes('window.__pwned=1'), `the ${view} view shows the payload as text`);
    }
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
    assert.equal(await page.locator('main img, main svg[onload], main script').count(), 0, 'no payload element exists');
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(!hrefs.some((href) => /^\s*javascript:/i.test(href)), `no javascript: link (${hrefs.join(', ')})`);
    await context.close();
  });
});
