// A card says why: its "Why?" names the rule that found the statement and
// the one that led to its speaker in plain words, marks the cue, the mention
// and the earlier mention it was resolved through, and a speaker the engine
// guessed is marked uncertain on the card itself; each figure and the time
// of the statement say which rule read them and mark the words they were
// tied to. The bundled dataset, which carries this evidence, comes inside
// the page.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { appStarted, DIST, launchBrowser, openPage, serve } from './support.mjs';

const SCREENSHOTS = 'artifacts/screenshots';

let server;
let browser;
let url;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The bundled dataset without the evidence of `items` (an older engine's).
  const without = (items) => {
    const bundled = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8'));
    for (const article of bundled.articles) {
      for (const item of items(article)) delete item.evidence;
    }
    return { type: 'application/json', body: JSON.stringify(bundled) };
  };
  const routes = {
    '/without-evidence.json': without((a) => [...a.statements, ...a.figures, ...a.times]),
    '/without-reading-evidence.json': without((a) => [...a.figures, ...a.times]),
  };
  ({ server, url } = await serve({ dir: DIST, routes }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The card whose own words (not its "Why?") include `words`. */
const card = (page, words) =>
  page.locator('article.statement').filter({ has: page.locator('.words', { hasText: words }) });

test('the bundled dataset comes inside the page, with no request for dataset.json', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(url);
  await appStarted(page);
  await page.waitForSelector('article.statement');
  assert.ok(await page.locator('article.statement').count() > 5, 'the timeline shows the bundled statements');
  assert.deepEqual(requested.filter((path) => path.endsWith('.json')), [], 'no dataset file is fetched');
  await context.close();
});

test('a speaker taken to go on speaking from the paragraph before is marked uncertain; a named one is not', async () => {
  for (const [width, colorScheme] of [[360, 'dark'], [1280, 'light']]) {
    const viewport = { width, height: 900 };
    const { page, problems, context } = await openPage(browser, url, { viewport, colorScheme });
    const guessed = card(page, 'We have seen in recent days');
    await guessed.waitFor();
    assert.equal(await guessed.locator('.speaker-uncertain').textContent(), 'Speaker uncertain');
    assert.ok(await guessed.locator('.speaker-uncertain').isVisible());
    const named = card(page, 'came prepared to share a plan');
    assert.equal(await named.locator('.speaker-uncertain').count(), 0);
    await guessed.screenshot({ path: `${SCREENSHOTS}/uncertain-speaker-${colorScheme}-${width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('Why? names the rules in plain words and marks the cue, the mention and the earlier mention', async () => {
  for (const width of [360, 1280]) {
    const { page, problems, context } = await openPage(browser, url, { viewport: { width, height: 900 } });
    const johnson = card(page, 'We have reached a point');
    const why = johnson.locator('details.why');
    await why.locator('summary').click();
    assert.equal(await why.getAttribute('open'), '');
    const body = await why.textContent();
    assert.match(body, /Found as a quotation, then who said it\./);
    assert.match(body, /Speaker: a short form of an earlier name; likely\./);
    assert.equal(await why.locator('mark.hl-cue').textContent(), 'said');
    assert.equal(await why.locator('.why-text mark.hl-mention').textContent(), 'Johnson');
    assert.match(await why.locator('.why-text').textContent(), /We have reached a point/);
    assert.match(body, /Earlier: Brandon Johnson/);
    assert.equal(await why.locator('p', { hasText: 'Earlier' }).locator('mark').textContent(), 'Brandon Johnson');
    await johnson.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/why-open-${width}.png` });
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), [], `axe at ${width} px`);
    await why.locator('summary').press('Enter');
    assert.equal(await why.getAttribute('open'), null, 'Enter closes it again');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('Why? on an uncertain speaker says so, and narration says it states figures', async () => {
  const { page, context } = await openPage(browser, url);
  const guessed = card(page, 'We have seen in recent days').locator('details.why');
  await guessed.locator('summary').click();
  assert.match(await guessed.textContent(), /Speaker: the speaker of the quotation before; uncertain\./);
  const narration = card(page, 'Border Patrol screened more than 50,000').locator('details.why');
  await narration.locator('summary').click();
  assert.match(await narration.textContent(), /Found as figures the article states itself\./);
  assert.doesNotMatch(await narration.textContent(), /Speaker:/);
  await context.close();
});

test('Why? says which rule read each figure and the time, and marks the period a figure was tied to', async () => {
  for (const width of [360, 1280]) {
    const { page, problems, context } = await openPage(browser, url, { viewport: { width, height: 900 } });
    const narration = card(page, 'Border Patrol screened more than 50,000').locator('details.why');
    await narration.locator('summary').click();
    const lines = await narration.locator('p').allTextContents();
    assert.ok(lines.includes('“more than 50,000 migrants”: counted noun, tied to last week.'), lines.join('\n'));
    assert.ok(lines.includes('“five days”: counted noun, tied to last week.'), lines.join('\n'));
    const period = narration.locator('p', { hasText: 'more than 50,000 migrants' }).locator('mark.hl-time');
    assert.equal(await period.textContent(), 'last week');
    const dated = card(page, 'without significant intervention').locator('details.why');
    await dated.locator('summary').click();
    assert.ok((await dated.locator('p').allTextContents()).includes('“December 27”: calendar date.'));
    await narration.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/why-figures-${width}.png` });
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), [], `axe at ${width} px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a dataset without evidence shows no Why? and marks no speaker uncertain', async () => {
  const { page, problems, context } = await openPage(browser, `${url}?data=without-evidence.json`);
  await card(page, 'We have seen in recent days').waitFor();
  assert.equal(await page.locator('details.why').count(), 0);
  assert.equal(await page.locator('.speaker-uncertain').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('figures and times without evidence add no lines to Why?', async () => {
  const { page, problems, context } = await openPage(browser, `${url}?data=without-reading-evidence.json`);
  const narration = card(page, 'Border Patrol screened more than 50,000').locator('details.why');
  await narration.locator('summary').click();
  assert.deepEqual(await narration.locator('p').allTextContents(), ['Found as figures the article states itself.']);
  assert.deepEqual(problems, []);
  await context.close();
});
