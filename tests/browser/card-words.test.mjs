// A card's words read on their own. A reported answer of a word or two
// ("62 percent said yes") shows the article's words from its source on, not
// a bare "yes"; "Why?" of a statement whose speaker is an organization
// reached through "the authority" or "it" says so in words that fit an
// organization, not "the role of someone"; and a role a lead names before
// its holder ("the Transport Secretary has announced") says so, under the
// holder's name, with no earlier mention (fixtures/ferry.json, made by
// `factline extract` from an invented article).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { launchBrowser, openPage, serve, DIST } from './support.mjs';

const SCREENSHOTS = 'artifacts/screenshots';
const ferry = readFileSync(new URL('./fixtures/ferry.json', import.meta.url), 'utf8');

let server;
let browser;
let url;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const routes = { '/ferry.json': { type: 'application/json', body: ferry } };
  ({ server, url } = await serve({ dir: DIST, routes }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('a short reported answer shows its source and verb; longer statements show their own words', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await openPage(browser, `${url}?data=ferry.json`, {
      viewport: { width, height: 900 },
    });
    await page.waitForSelector('article.statement');
    const words = await page.locator('article.statement .words').allTextContents();
    assert.deepEqual(words, [
      'the new pier would open in May',
      'the work would cost $40 million',
      'the old pier would close for good',
      '62 percent said yes',
      'Night crossings will start in June',
      'the crossings would run until midnight',
    ]);
    assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations, []);
    await page.screenshot({ path: join(SCREENSHOTS, `card-words-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('Why? has words that fit an organization and for a role named before its holder', async () => {
  const { page, context, problems } = await openPage(browser, `${url}?data=ferry.json`, {
    viewport: { width: 1280, height: 900 },
  });
  const why = async (words) => {
    const card = page.locator('article.statement').filter({ has: page.locator('.words', { hasText: words }) });
    await card.locator('.why summary').click();
    return card.locator('.why').innerText();
  };
  assert.match(await why('the new pier would open'), /Speaker: named here; certain\./);
  const byNoun = await why('the work would cost');
  assert.match(byNoun, /Speaker: a noun for a speaker named earlier; \w+\./);
  assert.match(byNoun, /Earlier: The Harbourton Ferry Authority/);
  assert.match(await why('the old pier would close'), /Speaker: a pronoun for a speaker named earlier; \w+\./);
  assert.doesNotMatch(await page.locator('main').innerText(), /someone|role of/);
  const byLead = await why('Night crossings will start');
  assert.match(byLead, /Speaker: a role, its holder named just after; likely\./);
  assert.doesNotMatch(byLead, /Earlier:/);
  const lead = page.locator('article.statement').filter({ has: page.locator('.words', { hasText: 'Night crossings' }) });
  assert.equal(await lead.locator('.speaker-name').textContent(), 'Ann Cole');
  assert.deepEqual(problems, []);
  await context.close();
});
