// Choosing something that opens or moves content brings it into view: a
// speaker's name (the Speakers panel), "In the text" (the passage), the
// filters on a phone. On the page itself, and in an embed as tall as its
// content, where only the host page can scroll: embed.js and pym.js hosts
// on another origin scroll to what the reader opened, and never to a frame
// that merely loads on a statement.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { DIST, frameSettled, launchBrowser, newsStory, openPage, serve } from './support.mjs';

const pym = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');
const article = JSON.parse(readFileSync(`${DIST}/dataset.json`, 'utf8')).articles[0];
const last = `${article.id}/${article.statements.at(-1).id}`;

const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };

let factline;
let host;
let browser;

// A story whose embed starts below the fold, as embeds in articles do.
const story = (embed) => newsStory(embed, { before: 3, after: 9 });

const frame = (app, hash = '') =>
  `<iframe id="factline" src="${app}embed.html?embed=1${hash}" title="factline" width="100%" height="600" loading="lazy"
     style="border:0;width:100%;display:block" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
     data-factline></iframe><script src="${app}embed.js" async></script>`;

before(async () => {
  factline = await serve({ dir: DIST });
  const app = factline.url;
  host = await serve({
    dir: DIST,
    base: '/unused/',
    routes: {
      '/story.html': { type: 'text/html; charset=utf-8', body: story(frame(app)) },
      '/opens-on-statement.html': {
        type: 'text/html; charset=utf-8',
        body: story(frame(app, `#statement=${last}`)),
      },
      '/pym-story.html': {
        type: 'text/html; charset=utf-8',
        body: story(`<div id="pym-frame"></div><script src="/pym.v1.min.js"></script>
          <script>new pym.Parent('pym-frame', '${app}?embed=1', { title: 'factline (pym)' });</script>`),
      },
      '/pym.v1.min.js': { type: 'text/javascript', body: pym },
    },
  });
  host.origin = host.url.replace('/unused/', '/');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  factline?.server.close();
  host?.server.close();
});

// Waits until the element at `selector` has its top inside the window,
// below the sticky toolbar (two rows high on a phone) and clear of the
// window's last 40 px.
async function comesIntoView(page, selector) {
  await page.waitForFunction((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    const toolbar = document.querySelector('.toolbar').getBoundingClientRect();
    return box && box.top >= toolbar.bottom - 1 && box.top <= innerHeight - 40;
  }, selector, { timeout: 5000 });
}

// The same for an element inside the host page's frame at `frameSelector`,
// in the host page's window: the frame's own window is as tall as its
// content, so only the host's scrolling shows it.
async function comesIntoHostView(page, frameSelector, selector) {
  const frame = await (await page.$(frameSelector)).contentFrame();
  let seen;
  for (let waited = 0; waited < 5000; waited += 100) {
    const inner = await frame.evaluate((selector) => document.querySelector(selector)?.getBoundingClientRect().top, selector);
    const outer = await page.$eval(frameSelector, (node) => ({ top: node.getBoundingClientRect().top, height: innerHeight }));
    seen = { top: outer.top + inner, height: outer.height };
    if (inner !== undefined && seen.top >= 0 && seen.top <= seen.height - 40) return seen;
    await page.waitForTimeout(100);
  }
  assert.fail(`${selector} stayed out of the host's view: ${JSON.stringify(seen)}`);
}

test('at 360 px, the speaker’s name on the last card brings the Speakers panel into view and focuses its heading', async () => {
  const { page, context, problems } = await openPage(browser, factline.url, PHONE);
  const name = page.locator('main article.statement a.speaker-name').last();
  await name.scrollIntoViewIfNeeded();
  await name.tap();
  await page.waitForSelector('#speaker-panel-title');
  await comesIntoView(page, '#speaker-panel-title');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'speaker-panel-title');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 360 px, “In the text” on the last card brings its passage into view, without moving focus there', async () => {
  const { page, context } = await openPage(browser, factline.url, PHONE);
  const link = page.locator('main article.statement a.in-source').last();
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await comesIntoView(page, '.hl-statement.is-selected');
  assert.notEqual(await page.evaluate(() => document.activeElement.className), 'hl-statement is-selected');
  await context.close();
});

test('on a phone held sideways, the filters unfolding past the screen’s edge come into view', async () => {
  const { page, context } = await openPage(browser, factline.url, {
    ...PHONE,
    viewport: { width: 640, height: 360 },
  });
  await page.tap('.filter-toggle');
  await page.waitForFunction(() => {
    const panel = document.getElementById('filter-more').getBoundingClientRect();
    return panel.height > 0 && panel.top >= 0 && panel.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  await context.close();
});

test('in an embed sized by embed.js on another origin, the host scrolls to the speaker the reader opens', async () => {
  const { page, context, problems } = await openPage(browser, `${host.origin}story.html`, PHONE);
  const settled = await frameSettled(page, '#factline');
  const name = settled.frame.locator('main article.statement a.speaker-name').last();
  await name.scrollIntoViewIfNeeded();
  await name.tap();
  const seen = await comesIntoHostView(page, '#factline', '#speaker-panel-title');
  assert.ok(seen.top >= 0, JSON.stringify(seen));
  assert.deepEqual(problems, []);
  await context.close();
});

test('in an embed sized by embed.js, the host scrolls to the passage “In the text” opens', async () => {
  const { page, context } = await openPage(browser, `${host.origin}story.html`, PHONE);
  const settled = await frameSettled(page, '#factline');
  const link = settled.frame.locator('main article.statement a.in-source').last();
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await comesIntoHostView(page, '#factline', '.hl-statement.is-selected');
  await context.close();
});

test('in an embed made by pym.js, the host scrolls to the speaker the reader opens', async () => {
  const { page, context } = await openPage(browser, `${host.origin}pym-story.html`, PHONE);
  const settled = await frameSettled(page, '#pym-frame iframe');
  const name = settled.frame.locator('main article.statement a.speaker-name').last();
  await name.scrollIntoViewIfNeeded();
  await name.tap();
  await comesIntoHostView(page, '#pym-frame iframe', '#speaker-panel-title');
  await context.close();
});

test('an embed that opens on a statement does not pull its host page to it', async () => {
  const { page, context } = await openPage(browser, `${host.origin}opens-on-statement.html`, PHONE);
  // The frame is within the lazy-loading distance, so it loads at once.
  const element = await page.waitForSelector('#factline');
  const frame = await element.contentFrame();
  await frame.waitForSelector('article.statement.is-selected');
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the host page stayed at its top');
  await context.close();
});
