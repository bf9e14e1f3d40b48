// The seed article, extracted in the browser, shows its statements with
// their speakers in time order.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { DIST, launchBrowser, openPage, serve, timelineStatements } from './support.mjs';

const gold = JSON.parse(readFileSync(new URL('../../crates/factline-core/tests/fixtures/seed/gold.json', import.meta.url)));

// Group and anonymous sources may be named with or without their article:
// "The senior administration officials" and "senior administration officials"
// are the same speaker.
const speakerKey = (name) => (name ?? '').trim().replace(/^the\s+/i, '').toLowerCase();

let server;
let browser;
let url;

before(async () => {
  ({ server, url } = await serve({ dir: DIST }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('seed statements appear with their speakers', async () => {
  const { page, problems, context } = await openPage(browser, url);
  const statements = await timelineStatements(page);
  for (const expected of gold.statements) {
    const found = statements.find((s) => s.words.includes(expected.quote.trim().replace(/,$/, '')));
    assert.ok(found, `the timeline shows "${expected.quote}"`);
    assert.equal(speakerKey(found.speaker), speakerKey(expected.speaker), `speaker of "${expected.quote}"`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('boilerplate never becomes a statement', async () => {
  const { page, context } = await openPage(browser, url);
  const statements = await timelineStatements(page);
  for (const text of gold.not_statements) {
    assert.ok(!statements.some((s) => s.words.includes(text)), `"${text}" is not on the timeline`);
  }
  await context.close();
});

test('statements are grouped under dated headings in time order', async () => {
  const { page, context } = await openPage(browser, url);
  await page.waitForSelector('article.statement');
  const days = await page.$$eval('.day-heading time', (times) => times.map((t) => t.getAttribute('datetime')));
  assert.ok(days.length >= 1, 'at least one dated heading');
  assert.deepEqual([...days].sort(), days, 'headings are in date order');
  assert.ok(days.includes('2023-12-27'), 'Johnson’s statement of December 27 has its own day');
  await context.close();
});

test('articles given as text only are extracted in the browser by the engine worker', async () => {
  // static/dataset.json is the bundled dataset's source: the seed as text only.
  const source = readFileSync(new URL('../../static/dataset.json', import.meta.url), 'utf8');
  assert.ok(!JSON.parse(source).articles[0].statements, 'the source dataset carries no statements');
  const routes = { '/dataset.json': { type: 'application/json', body: source } };
  const textOnly = await serve({ dir: DIST, routes });
  try {
    const { page, problems, context } = await openPage(browser, textOnly.url);
    const statements = await timelineStatements(page);
    const johnson = statements.find((s) => s.words.includes('We have reached a point'));
    assert.equal(speakerKey(johnson?.speaker), 'brandon johnson');
    assert.ok(statements.length >= gold.statements.length);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    textOnly.server.close();
  }
});

test('a dataset that is slow to come says it is loading, then shows the timeline', async () => {
  const body = readFileSync(join(DIST, 'dataset.json'), 'utf8');
  const slow = await serve({ dir: DIST, routes: { '/dataset.json': { type: 'application/json', body, delay: 2000 } } });
  // A link that names its dataset: the page has no build-time picture of it.
  const { page, problems, context } = await openPage(browser, `${slow.url}?data=dataset.json`);
  const status = page.getByRole('status').filter({ hasText: 'Loading the dataset…' });
  await status.waitFor();
  assert.equal(await page.locator('article.statement').count(), 0);
  await page.waitForSelector('article.statement');
  assert.equal(await status.count(), 0, 'the loading message is gone');
  assert.deepEqual(problems, []);
  await context.close();
  slow.server.close();
});
