// Which datasets the page shows: its own site's, and those of the origins its
// publisher lists in static/dataset-origins.txt, which the build writes into
// the pages' Content-Security-Policy <meta>. Anyone can write any address
// after ?data=, so without this a link to a newsroom's own factline page could
// show quotes the newsroom never published.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { DIST, launchBrowser, openPage, serve, timelineStatements } from './support.mjs';

const dataset = readFileSync(`${DIST}/dataset.json`, 'utf8');
const indexHtml = readFileSync(`${DIST}/index.html`, 'utf8');

let browser;
let app;
// Another site that serves a dataset to anyone (CORS), and records requests.
let other;
const otherRequests = [];

before(async () => {
  browser = await launchBrowser();
  app = await serve({ dir: DIST });
  other = await serve({
    dir: DIST,
    base: '/none/',
    headers: { 'access-control-allow-origin': '*' },
    routes: { '/spoof.json': { type: 'application/json', body: dataset } },
  });
  other.server.on('request', (request) => otherRequests.push(request.url));
});

after(async () => {
  await browser?.close();
  app?.server.close();
  other?.server.close();
});

const otherOrigin = () => new URL(other.url).origin;

test('both pages carry the Content-Security-Policy with the listed dataset origins', () => {
  for (const page of ['index.html', 'embed.html']) {
    const html = readFileSync(`${DIST}/${page}`, 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.ok(meta, `${page} has the policy`);
    assert.match(meta[1], /connect-src 'self'(;|$)/, 'the repository lists no other origin');
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'the policy comes before any script');
  }
});

test('?data= from another site, a data: or a blob: address shows a plain refusal and fetches nothing', async () => {
  const spoofs = [
    `${otherOrigin()}/spoof.json`,
    `//127.0.0.1:${new URL(other.url).port}/spoof.json`,
    `/\\127.0.0.1:${new URL(other.url).port}/spoof.json`,
    `data:application/json,${encodeURIComponent('{"version":1,"articles":[{"id":"x","text":"The mayor said: “Fake.”"}]}')}`,
    'blob:http://127.0.0.1/0b6f9c3e-0000-4000-8000-000000000000',
  ];
  otherRequests.length = 0;
  for (const spoof of spoofs) {
    const { page, context } = await openPage(browser, `${app.url}?data=${encodeURIComponent(spoof)}`);
    const panel = page.locator('.error-panel[role=alert]');
    await panel.waitFor();
    const problem = await panel.locator('.error-problem').textContent();
    assert.match(problem, /shows datasets only from its own site and sites its publisher lists/, spoof);
    assert.equal(await page.locator('article.statement').count(), 0, `${spoof}: no quote shown`);
    await context.close();
  }
  assert.deepEqual(otherRequests, [], 'the other site was never asked');
});

// The page as its publisher would build it with the other site listed in
// static/dataset-origins.txt.
async function withListedOrigin(origin, run) {
  const listed = indexHtml.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
  assert.notEqual(listed, indexHtml);
  const page = { type: 'text/html; charset=utf-8', body: listed };
  const server = await serve({ dir: DIST, routes: { '/': page, '/index.html': page } });
  try {
    await run(server.url);
  } finally {
    server.server.close();
  }
}

test('?data= from a listed site loads with CORS', async () => {
  await withListedOrigin(otherOrigin(), async (url) => {
    const { page, problems, context } = await openPage(browser, `${url}?data=${encodeURIComponent(`${otherOrigin()}/spoof.json`)}`);
    assert.ok((await timelineStatements(page)).length > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('a listed site that does not allow other sites to read says what it must send', async () => {
  const closed = await serve({ dir: DIST, base: '/none/', routes: { '/d.json': { type: 'application/json', body: dataset } } });
  const origin = new URL(closed.url).origin;
  try {
    await withListedOrigin(origin, async (url) => {
      const { page, context } = await openPage(browser, `${url}?data=${encodeURIComponent(`${origin}/d.json`)}`);
      const problem = page.locator('.error-panel .error-problem');
      await problem.waitFor();
      assert.match(await problem.textContent(), /does not let other sites read it \(it must send Access-Control-Allow-Origin\)/);
      await context.close();
    });
  } finally {
    closed.server.close();
  }
});
