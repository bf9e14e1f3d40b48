// A quotation its tag interrupts ("“We will rebuild the pier,” the mayor,
// Jane Roe, said on Monday. “But the 40 flooded homes come first.”") is two
// statements in the dataset (the engine's rule `quote-second-half`), so that
// neither holds the tag. The reader shows them as the text says them: one
// card with both halves and the figures of both, which a link to either half
// opens and a search for either half's words finds
// (fixtures/pier.json, made by `factline extract` from an invented article).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { DIST, launchBrowser, openPage, serve } from './support.mjs';

const SCREENSHOTS = 'artifacts/screenshots';
const pier = readFileSync(new URL('./fixtures/pier.json', import.meta.url), 'utf8');

let server;
let browser;
let url;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ server, url } = await serve({ dir: DIST, routes: { '/pier.json': { type: 'application/json', body: pier } } }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const JOINED = '“We will rebuild the pier, … But the 40 flooded homes come first.”';

test('the two halves of an interrupted quotation are one card, with the figures of both', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await openPage(browser, `${url}?data=pier.json`, { viewport: { width, height: 900 } });
    await page.waitForSelector('article.statement');
    const words = await page.locator('article.statement .words').allTextContents();
    assert.deepEqual(words, [JOINED, 'the pier could wait until spring']);
    const card = page.locator('article.statement').first();
    assert.match(await card.locator('.speaker').textContent(), /^Jane Roe/);
    assert.deepEqual(await card.locator('.figure-chip').allTextContents(), ['40 flooded homes']);
    assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations, []);
    await page.screenshot({ path: join(SCREENSHOTS, `quote-halves-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a link to the second half opens the joined card, and its words find it', async () => {
  const { page, context, problems } = await openPage(browser, `${url}?data=pier.json#statement=pier/s2`, {
    viewport: { width: 360, height: 900 },
  });
  const selected = page.locator('article.statement[aria-current=true]');
  await selected.waitFor();
  assert.equal(await selected.locator('.words').textContent(), JOINED);

  await page.goto(`${url}?data=pier.json`);
  await page.waitForSelector('article.statement');
  await page.fill('#search', 'flooded homes');
  await page.waitForFunction(() => document.querySelectorAll('article.statement').length === 1);
  assert.equal(await page.locator('article.statement .words').textContent(), JOINED);
  assert.deepEqual(problems, []);
  await context.close();
});
