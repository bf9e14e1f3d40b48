// The reader on the engine's reading of an invented harbor article
// (fixtures/harbor.json).
//
// Rates per day are derived only where the text supports them: a count of
// things over a span the text states as its own ("2,000 passengers a day",
// "4,200 hikers … in seven days", "In January they turned back 1,000
// hikers"), each shown with its basis, on the card and in the figures view.
// Money, a percentage and a vote in the same article, each beside a date,
// get none.
//
// A source the text names only by a description the engine could not tie
// to anyone ("…, the port authority said") is shown in plain words: on the
// card as an unnamed source, and in the Speakers view and the speaker filter
// like any other source.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { DIST, launchBrowser, openPage, serve } from './support.mjs';

const SCREENSHOTS = 'artifacts/screenshots';
const harbor = readFileSync(new URL('./fixtures/harbor.json', import.meta.url), 'utf8');

let server;
let browser;
let url;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ server, url } = await serve({ dir: DIST, routes: { '/harbor.json': { type: 'application/json', body: harbor } } }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(hash, width) {
  const opened = await openPage(browser, `${url}?data=harbor.json${hash}`, { viewport: { width, height: 900 } });
  await opened.page.waitForSelector('article.statement, table.figures');
  return opened;
}

// What each figure's row says per day, by the figure's words.
const perDay = (page) =>
  page.$$eval('table.figures tbody tr', (rows) =>
    Object.fromEntries(rows.map((row) => [row.querySelector('th').textContent, row.querySelector('td[data-label="Per day"]').textContent])),
  );

test('the figures view derives rates for counts over a stated span, with their basis, and none for the rest', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await open('#view=figures', width);
    assert.deepEqual(await perDay(page), {
      '2,000 passengers': '2,000/day derived: 2,000 a day, as written',
      'more than 4,200 hikers': 'more than 600/day derived: 4,200 ÷ 7 days',
      'seven days': '',
      '1,000 hikers': '≈ 32.26/day derived: 1,000 ÷ 31 days',
      '$48 million': '',
      '0.25 percent': '',
      '7-2': '',
    });
    const chart = await page.locator('.rate-chart svg').first().getAttribute('aria-label');
    assert.match(chart, /^hikers per day, derived: more than 4,200 hikers: more than 600\/day \(4,200 ÷ 7 days\)/);
    assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations, []);
    await page.screenshot({ path: join(SCREENSHOTS, `rates-figures-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a card shows the rate beside its figure with the basis, and no rate for money or a vote', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await open('', width);
    const chips = (words) =>
      page.locator('article.statement').filter({ has: page.locator('.words', { hasText: words }) }).locator('.figure-chip').allTextContents();
    assert.deepEqual(await chips('Wardens counted'), [
      'more than 4,200 hikers · more than 600/day derived: 4,200 ÷ 7 days',
      'seven days',
    ]);
    assert.deepEqual(await chips('council approved'), ['$48 million']);
    assert.deepEqual(await chips('Fares rose'), ['0.25 percent', '7-2']);
    assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations, []);
    await page.screenshot({ path: join(SCREENSHOTS, `rates-cards-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('an unresolved source reads as an unnamed source on the card, in the Speakers view and in the filter', async () => {
  for (const width of [360, 1280]) {
    const { page, context, problems } = await openPage(browser, `${url}?data=harbor.json`, { viewport: { width, height: 900 } });
    const card = page.locator('article.statement').filter({ has: page.locator('.words', { hasText: 'Harbor ferries' }) });
    await card.waitFor();
    assert.equal(await card.locator('.speaker').textContent(), 'the port authorityUnnamed source');
    assert.equal(await page.getByText('unresolved', { exact: true }).count(), 0, 'no internal label');
    const options = await page.locator('#speaker-filter option').allTextContents();
    assert.ok(options.includes('the port authority (1)'), `the filter offers it: ${options}`);
    await page.screenshot({ path: join(SCREENSHOTS, `unnamed-source-card-${width}.png`) });

    await card.locator('a.speaker-name').click();
    const panel = page.locator('aside.speaker-panel');
    await panel.waitFor();
    assert.equal(await panel.locator('h2').textContent(), 'the port authority');
    assert.match(await panel.locator('.speaker-facts').textContent(), /Unnamed source/);
    assert.equal(await panel.locator('article.statement').count(), 1);
    const item = page.locator('.speaker-item', { has: page.locator('.speaker-link', { hasText: /^the port authority$/ }) });
    assert.match(await item.textContent(), /Unnamed source/);
    assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations, []);
    await page.screenshot({ path: join(SCREENSHOTS, `unnamed-source-speakers-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});
