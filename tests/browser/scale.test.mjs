// A long timeline renders only the rows in view: at 20,000 statements the
// page holds a few dozen cards, scrolls from end to end, opens a deep link
// to a statement far down, and searches. (The benchmark, scripts/bench-ui.mjs,
// times this; tests here only check behaviour.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { generateDataset } from '../../scripts/generate-dataset.mjs';
import { DIST, launchBrowser, openPage, serve } from './support.mjs';

const STATEMENTS = 20_000;
let server;
let browser;
let url;

before(async () => {
  const body = JSON.stringify(generateDataset(STATEMENTS, 7));
  ({ server, url } = await serve({ dir: DIST, routes: { '/dataset.json': { type: 'application/json', body } } }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const cards = (page) => page.locator('main article.statement').count();

test('only the statements in view are in the page, from the top to the bottom', async () => {
  const { page, context, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('main article.statement', { timeout: 60_000 });
  assert.match(await page.locator('.result-count').textContent(), /^20000 statements$/);
  assert.ok((await cards(page)) < 60, `${await cards(page)} cards rendered`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > STATEMENTS * 50, `the page is as tall as the whole list (${height} px)`);
  // Scrolling to the end (again, as the end moves while unseen rows are
  // measured) brings the last statement into view.
  await page.waitForFunction((lastId) => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const box = document.getElementById(lastId)?.getBoundingClientRect();
    return box && box.bottom <= window.innerHeight + 2 && box.bottom > 0;
  }, `entry-${STATEMENTS - 1}`, { polling: 250, timeout: 30_000 });
  assert.ok((await cards(page)) < 60);
  assert.equal(await page.locator('[style]').count(), 0, 'spacers are sized without style attributes');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link to a statement far down scrolls to it', async () => {
  const { page, context } = await openPage(browser, `${url}#statement=a300/s20`, { viewport: { width: 1280, height: 900 } });
  const selected = page.locator('main article.statement[aria-current=true]');
  await selected.waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => {
    const box = document.querySelector('main article.statement[aria-current=true]')?.getBoundingClientRect();
    return box && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  assert.match(await selected.locator('.words').textContent(), /\(14969\)|number 14969/);
  await context.close();
});

test('search over the whole list answers with a count and the first matches', async () => {
  const { page, context } = await openPage(browser, url, { viewport: { width: 360, height: 800 } });
  await page.waitForSelector('main article.statement', { timeout: 60_000 });
  await page.fill('#search', '(14969)');
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('1 of'));
  assert.equal(await cards(page), 1);
  await context.close();
});
