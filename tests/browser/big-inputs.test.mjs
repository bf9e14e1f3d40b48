// Big inputs never freeze the page: a dataset too large to read or to extract
// is refused before it is copied into the page, with a panel that says the
// limit and what to do, and a 10 MB title is cut for display with the whole
// of it one disclosure away. A long-task observer records the longest task on
// the page's thread; the figures are printed for the report, and the test
// fails only on a freeze (a task of over a second), not on this machine's
// speed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DIST, launchBrowser, openRecordingLongTasks, serve } from './support.mjs';

const MB = 1 << 20;
const FREEZE_MS = 1000;

// A text-only article of about `bytes` bytes of plain news prose.
function textOnly(bytes) {
  const sentence = 'The council met on Tuesday and said the shelters were nearly full. ';
  const text = sentence.repeat(Math.ceil(bytes / sentence.length));
  return JSON.stringify({ version: 1, articles: [{ id: 'big', text, published: '2023-12-28' }] });
}

// An analysed one-statement article whose title is `bytes` long.
function longTitle(bytes) {
  const text = 'Mayor Jane Doe said the shelters were full.';
  return JSON.stringify({
    version: 1,
    articles: [{
      id: 'a', title: 'T'.repeat(bytes), source: 'S', url: null, published: '2023-12-28', text,
      speakers: [],
      statements: [{ id: 's1', kind: 'indirect', text: 'the shelters were full', start: 20, end: 42,
        speaker: null, mention: null, cue: 'said', time: null, figures: [] }],
      figures: [], times: [],
    }],
  });
}

let browser;
let app;

before(async () => {
  const json = (body) => ({ type: 'application/json', body });
  app = await serve({
    dir: DIST,
    routes: {
      '/text-5.json': json(textOnly(5 * MB)),
      '/text-50.json': json(textOnly(50 * MB)),
      '/text-100.json': json(textOnly(100 * MB)),
      '/title-10.json': json(longTitle(10 * MB)),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

// Opens `?data=NAME`, waits for `selector`, and returns the page with the
// longest task the page's thread ran meanwhile.
async function longestTask(name, selector) {
  const { context, page, longestTask: read } = await openRecordingLongTasks(browser, `${app.url}?data=${name}`, selector);
  await page.waitForTimeout(300);
  return { context, page, longest: await read() };
}

test('text-only datasets of 5, 50 and 100 MB are refused with the limit, without a freeze', async (t) => {
  for (const [size, says] of [
    [5, /at over 2 MB it is too large for the page to analyse or explain: `factline prepare` analyses it/],
    [50, /at over 2 MB it is too large for the page to analyse or explain/],
    [100, /the dataset is larger than the page reads \(64 MB\): split it/],
  ]) {
    const { context, page, longest } = await longestTask(`text-${size}.json`, '.error-panel');
    assert.match(await page.locator('.error-problem').textContent(), says, `${size} MB`);
    t.diagnostic(`${size} MB text-only: longest main-thread task ${Math.round(longest)} ms`);
    assert.ok(longest < FREEZE_MS, `${size} MB froze the page for ${longest} ms`);
    await context.close();
  }
});

test('a 10 MB title is cut in the cards, whole behind a disclosure, without a freeze', async (t) => {
  const { context, page, longest } = await longestTask('title-10.json', 'article.statement');
  const shown = await page.locator('article.statement .article-title').textContent();
  assert.equal(shown, `${'T'.repeat(300)}…`);
  t.diagnostic(`10 MB title: longest main-thread task ${Math.round(longest)} ms`);
  assert.ok(longest < FREEZE_MS, `the title froze the page for ${longest} ms`);
  await page.click('.in-source');
  const whole = page.locator('.source-view details.whole-text');
  await whole.waitFor();
  assert.equal(await page.locator('#source-title').textContent(), `${'T'.repeat(300)}…`);
  assert.equal(await whole.evaluate((details) => details.textContent.length), 'The whole title'.length + 10 * MB);
  await context.close();
});
