// A dataset that cannot be shown gives an error panel that says what failed
// and where, never a blank page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DIST, launchBrowser, openPage, serve } from './support.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const cases = [
  {
    name: 'malformed JSON names the line and column',
    body: '{"version": 1, "articles": [ {"id": "a", ',
    problem: /ends at line 1, column 41, before the dataset does/,
  },
  {
    name: 'a wrong field type names its JSON path',
    body: JSON.stringify({ version: 1, articles: [{ id: 'a', text: 'Hello.', published: 'last Tuesday' }] }),
    problem: /calendar day/,
    location: 'articles[0].published',
  },
  {
    name: 'a span that does not match the text names the statement',
    body: JSON.stringify({
      version: 1,
      articles: [{
        id: 'a', title: 'T', source: 'S', url: null, published: null, text: 'She said hello.',
        speakers: [], figures: [], times: [],
        statements: [{ id: 's1', kind: 'indirect', text: 'goodbye', start: 9, end: 14, speaker: null, mention: null, cue: 'said', time: null, figures: [] }],
      }],
    }),
    problem: /reads "hello", not "goodbye"/,
    location: 'articles[0].statements[0].text',
  },
  {
    name: 'a dataset that is not UTF-8 text says where the bad byte is',
    body: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
    problem: /not UTF-8 text \(invalid byte at offset 2\)/,
  },
  {
    name: 'an unknown version is refused',
    body: JSON.stringify({ version: 7, articles: [] }),
    problem: /version 7/,
    location: 'version',
  },
];

for (const { name, body, problem, location } of cases) {
  test(name, async () => {
    const routes = { '/dataset.json': { type: 'application/json', body } };
    const { server, url } = await serve({ dir: DIST, routes });
    try {
      const { page, context } = await openPage(browser, url);
      const panel = page.locator('.error-panel[role=alert]');
      await panel.waitFor();
      assert.match(await panel.locator('.error-problem').textContent(), problem);
      assert.equal(await panel.locator('.error-url').textContent(), 'dataset.json');
      if (location) assert.equal(await panel.locator('.error-location').textContent(), location);
      assert.equal(await page.locator('article.statement').count(), 0);
      await context.close();
    } finally {
      server.close();
    }
  });
}

test('a missing dataset says what the server answered', async () => {
  const routes = { '/dataset.json': { status: 404, type: 'text/plain', body: 'not found' } };
  const { server, url } = await serve({ dir: DIST, routes });
  try {
    const { page, context } = await openPage(browser, url);
    const panel = page.locator('.error-panel[role=alert]');
    await panel.waitFor();
    assert.match(await panel.locator('.error-problem').textContent(), /404/);
    await context.close();
  } finally {
    server.close();
  }
});
