// The explorer's interactions on a fixed two-article dataset: speakers,
// filters, search, deep links, history, the source text both ways, the
// keyboard, the theme, copying links, and a hostile dataset kept inert.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { appStarted, DIST, launchBrowser, openPage, serve } from './support.mjs';

const twoArticles = readFileSync(new URL('./fixtures/two-articles.json', import.meta.url), 'utf8');

let server;
let browser;
let url;

before(async () => {
  ({ server, url } = await serve({ dir: DIST, routes: { '/dataset.json': { type: 'application/json', body: twoArticles } } }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// Opens the explorer at `hash` (and `query`) and waits for the dataset.
async function open(hash = '', { query = '', ...contextOptions } = {}) {
  const opened = await openPage(browser, `${url}${query}${hash}`, contextOptions);
  await opened.page.waitForSelector('.toolbar');
  await opened.page.waitForFunction(() => !document.querySelector('main .status[role=status]'));
  return opened;
}

const cardTexts = (page) => page.$$eval('main article.statement .words', (words) => words.map((w) => w.textContent));
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));

test('one merged timeline: the same person across articles is one speaker', async () => {
  const { page, context, problems } = await open('#view=speakers');
  const johnson = page.locator('.speaker-item', { has: page.locator('.speaker-link', { hasText: /^Brandon Johnson$/ }) });
  assert.equal(await johnson.count(), 1, 'one Brandon Johnson');
  assert.match(await johnson.locator('.count').textContent(), /^4 statements$/);
  // Anonymous sources stay apart: each article's officials are their own.
  assert.ok(await page.locator('.speaker-item', { hasText: 'Anonymous source' }).count() >= 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a speaker’s name on a card opens the speaker, whose panel filters the timeline', async () => {
  const { page, context } = await open();
  await page.locator('article.statement a.speaker-name', { hasText: 'Brandon Johnson' }).first().click();
  const panel = page.locator('aside.speaker-panel');
  await panel.waitFor();
  assert.equal(await panel.locator('h2').textContent(), 'Brandon Johnson');
  assert.equal(await panel.locator('article.statement').count(), 4);
  assert.match(await hash(page), /view=speakers&speaker=brandon-johnson/);
  await panel.getByRole('link', { name: 'Show on the timeline' }).click();
  await page.waitForSelector('.views .is-current >> text=Timeline');
  assert.match(await page.locator('.result-count').textContent(), /^4 of 15 statements match$/);
  assert.equal(await page.locator('main article.statement').count(), 4);
  await context.close();
});

test('search, kind, figures and date filters narrow the timeline; one control clears all', async () => {
  const { page, context } = await open();
  const count = page.locator('.result-count');
  assert.equal(await count.getAttribute('role'), 'status', 'the count is a live region');
  await page.fill('#search', 'capacity');
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('1 of'));
  assert.match((await cardTexts(page))[0], /close to capacity/);
  // Text beyond ASCII is lower-cased by the browser's own toLowerCase.
  await page.fill('#search', 'WE’RE DOING');
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('1 of'));
  assert.match((await cardTexts(page))[0], /work that we’re doing together/);
  // Speakers are searched too.
  await page.fill('#search', 'pritzker');
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('1 of'));
  await page.fill('#search', '');
  await page.getByLabel(/^Quote/).check();
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('5 of'));
  for (const words of await cardTexts(page)) assert.match(words, /^“.*”$/s, 'quotes are in quotation marks');
  await page.getByLabel(/^Quote/).uncheck();
  await page.getByLabel('With figures').check();
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('7 of'));
  // The date fields are the browser's date fields once the timeline has
  // painted: before, they are text boxes, which hold that paint back less.
  await page.waitForFunction(() => ['from', 'to'].every((id) => document.getElementById(id).type === 'date'));
  await page.fill('#from', '2024-01-01');
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('4 of'));
  assert.match(await hash(page), /figures=1&from=2024-01-01/);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForFunction(() => document.querySelector('.result-count').textContent === '15 statements');
  assert.equal(await page.locator('main article.statement').count(), 15);
  assert.equal(await hash(page), '');
  await context.close();
});

test('the timeline is in time order under dated headings, with resolved dates and their phrases', async () => {
  const { page, context } = await open();
  const days = await page.$$eval('.day-heading time', (times) => times.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(days, ['2023-12-27', '2023-12-28', '2024-01-03', '2024-01-05']);
  const chip = page.locator('article.statement', { hasText: 'without significant intervention' }).locator('.time-chip');
  assert.equal(await chip.locator('time').getAttribute('datetime'), '2023-12-27');
  assert.match(await chip.textContent(), /December 27 → Dec 27, 2023/);
  // A statement dated only by its article is marked approximate.
  const published = page.locator('article.statement', { hasText: 'close to capacity' }).locator('.time-chip');
  assert.match(await published.textContent(), /approximately/);
  await context.close();
});

test('deep links open the same view, and launch options seed an empty hash', async () => {
  {
    const { page, context } = await open('#view=speakers&speaker=brandon-johnson');
    assert.equal(await page.locator('aside.speaker-panel h2').textContent(), 'Brandon Johnson');
    await context.close();
  }
  {
    const { page, context } = await open('', { query: '?view=figures' });
    await page.waitForSelector('table.figures');
    assert.match(await hash(page), /view=figures/);
    await context.close();
  }
  {
    const { page, context } = await open('#statement=border/s7');
    const selected = page.locator('article.statement[aria-current=true]');
    assert.match(await selected.locator('.words').textContent(), /close to capacity/);
    await context.close();
  }
});

test('back and forward step through views and selections', async () => {
  const { page, context } = await open();
  await page.getByRole('link', { name: 'Speakers' }).click();
  await page.waitForSelector('.speaker-list');
  await page.getByRole('link', { name: 'Figures' }).click();
  await page.waitForSelector('table.figures');
  await page.evaluate(() => history.back());
  await page.waitForSelector('.speaker-list');
  await page.evaluate(() => history.back());
  await page.waitForSelector('main article.statement');
  assert.equal(await page.locator('.views .is-current').textContent(), 'Timeline');
  await page.evaluate(() => history.forward());
  await page.waitForSelector('.speaker-list');
  await context.close();
});

test('the source text highlights a chosen statement, and choosing a highlight selects its statement', async () => {
  const { page, context } = await open();
  const card = page.locator('article.statement', { hasText: 'close to capacity' });
  await card.getByRole('link', { name: 'In the text' }).click();
  const selected = page.locator('.source-text a.hl-statement.is-selected');
  await selected.waitFor();
  assert.match(await selected.textContent(), /close to capacity/);
  assert.ok(await selected.isVisible());
  assert.ok(await page.locator('.source-text mark.hl-figure', { hasText: '191,000 migrants' }).count());
  assert.ok(await page.locator('.source-text mark.hl-time', { hasText: 'last week' }).count());
  assert.ok(await page.locator('.source-text mark.hl-mention', { hasText: 'Johnson' }).count());
  await page.locator('.source-text a.hl-statement', { hasText: 'crack down on smuggling' }).click();
  await page.waitForFunction(() => document.querySelector('.hl-statement.is-selected')?.textContent.includes('smuggling'));
  assert.match(await hash(page), /view=source&statement=border\/s4/);
  await page.getByRole('link', { name: 'Back to the statement on the timeline' }).click();
  const onTimeline = page.locator('main article.statement[aria-current=true]');
  await onTimeline.waitFor();
  assert.match(await onTimeline.textContent(), /smuggling/);
  await context.close();
});

test('the figures view shows derived rates per day and a chart', async () => {
  const { page, context } = await open('#view=figures');
  const row = (text) => page.locator('table.figures tr', { has: page.locator('th', { hasText: text }) });
  assert.match(await row('more than 50,000 migrants').textContent(), /more than 10,000\/day derived: 50,000 ÷ 5 days/);
  assert.match(await row('191,000 migrants').textContent(), /≈ 6,367\/day derived: 191,000 ÷ 30 days/);
  assert.match(await page.locator('.rate-chart svg').getAttribute('aria-label'), /migrants per day/);
  await row('191,000 migrants').getByRole('link', { name: 'Statement' }).click();
  const selected = page.locator('main article.statement[aria-current=true]');
  await selected.waitFor();
  assert.match(await selected.textContent(), /191,000/);
  await context.close();
});

test('a keyboard alone moves between statements, opens a speaker and closes the panel with Escape', async () => {
  const { page, context } = await open();
  await page.focus('#search');
  // Tab past the filters to the first card.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('article.statement'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement?.matches('article.statement')), 'a card takes focus');
  const focusedWords = () => page.evaluate(() => document.activeElement.querySelector('.words').textContent);
  const first = await focusedWords();
  await page.keyboard.press('ArrowDown');
  const second = await focusedWords();
  assert.notEqual(first, second);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedWords(), first);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('main article.statement[aria-current=true]');
  assert.equal(await page.locator('main article.statement[aria-current=true] .words').textContent(), second);
  // Focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  // On through the cards to the next speaker's link.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.matches('a.speaker-name'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement.matches('a.speaker-name')));
  await page.keyboard.press('Enter');
  await page.waitForSelector('aside.speaker-panel');
  await page.keyboard.press('Escape');
  await page.waitForSelector('aside.speaker-panel', { state: 'detached' });
  await context.close();
});

test('the theme control switches light, dark and auto; ?theme= seeds it', async () => {
  const { page, context } = await open('', { query: '?theme=light' });
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'light');
  await page.locator('#theme').selectOption('dark');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(20, 22, 26)');
  await page.locator('#theme').selectOption('auto');
  assert.equal(await theme(), 'auto');
  await context.close();
});

test('the page remembers the reader’s theme; a link’s ?theme= and embeds do not use it', async () => {
  const { page, context } = await open();
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'auto', 'a first visit follows the system');
  await page.locator('#theme').selectOption('dark');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.reload();
  await appStarted(page);
  assert.equal(await theme(), 'dark', 'the choice survives a reload');
  assert.equal(await page.locator('#theme').inputValue(), 'dark');
  await page.goto(`${url}?theme=light`);
  await page.waitForSelector('.toolbar');
  assert.equal(await theme(), 'light', 'a link that names a theme wins');
  await page.goto(url);
  await appStarted(page);
  assert.equal(await theme(), 'dark', 'opening a themed link did not change the choice');
  await page.goto(`${url}?embed=1`);
  await page.waitForSelector('.toolbar');
  assert.equal(await theme(), 'auto', 'an embed follows its host or the system');
  await context.close();
});

test('each statement’s copy-link control puts its deep link on the clipboard', async () => {
  const { page, context } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const card = page.locator('article.statement', { hasText: 'close to capacity' });
  await card.getByRole('button', { name: 'Copy link to this statement' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[role=status]')].some((s) => s.textContent === 'Link copied'));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${url}#statement=border/s7`);
  // Sighted readers see the confirmation too, on screen, for a moment.
  const shown = page.getByRole('status').filter({ hasText: 'Link copied' });
  assert.ok(await shown.isVisible(), 'the confirmation shows');
  const box = await shown.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the confirmation is on screen: ${JSON.stringify(box)}`);
  await page.waitForFunction(() => !document.querySelector('.announcement').textContent, null, { timeout: 5000 });
  assert.equal(await page.locator('.announcement').isVisible(), false, 'and then goes');
  await context.close();
});

test('a hostile dataset renders as inert text, and nothing uses inline styles', async () => {
  const evil = '<img src=x onerror="window.__owned=1">';
  const text = `“${evil}” said Mallory.`;
  const start = Buffer.byteLength('“');
  const end = start + Buffer.byteLength(evil);
  const dataset = {
    version: 1,
    articles: [{
      id: 'evil', title: `<script>window.__owned=1</script>`, source: 'S', url: null, published: '2024-01-01', text,
      speakers: [{ id: 'p1', name: '<b>Mallory</b>', role: null, kind: 'person', aliases: [] }],
      statements: [{ id: 's1', kind: 'direct', text: evil, start, end, speaker: 'p1', mention: null, cue: 'said', time: null, figures: [] }],
      figures: [], times: [],
    }],
  };
  const hostile = await serve({ dir: DIST, routes: { '/dataset.json': { type: 'application/json', body: JSON.stringify(dataset) } } });
  try {
    for (const view of ['', '#view=speakers&speaker=b-mallory-b', '#view=source&statement=evil/s1']) {
      const { page, context } = await openPage(browser, hostile.url + view);
      await page.waitForSelector('.toolbar');
      await page.waitForTimeout(300);
      assert.equal(await page.locator('main img, main script, main b').count(), 0, `no markup from data in ${view || 'timeline'}`);
      assert.equal(await page.evaluate(() => window.__owned), undefined);
      assert.equal(await page.locator('[style]').count(), 0, 'no style attributes');
      await context.close();
    }
  } finally {
    hostile.server.close();
  }
});

test('on a phone the filters fold behind their button, which Escape closes', async () => {
  const { page, context } = await open('', { viewport: { width: 360, height: 740 } });
  const toggle = page.getByRole('button', { name: 'Filters' });
  const more = page.locator('#filter-more');
  assert.equal(await more.isVisible(), false);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  await more.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByLabel('With figures').check();
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('7 of'));
  await page.keyboard.press('Escape');
  await more.waitFor({ state: 'hidden' });
  // The four views fit on one line.
  const tops = await page.$$eval('.views > li', (items) => new Set(items.map((item) => item.getBoundingClientRect().top)).size);
  assert.equal(tops, 1);
  await context.close();
});
