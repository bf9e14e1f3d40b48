// Links from inside an embed: with embed.js, Copy link gives the host
// article's address with the statement in it, and opening that address
// scrolls the host page to the frame and shows the statement there; without
// it, the link leads to the full factline page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { DIST, frameSettled, launchBrowser, newsStory, openPage, serve } from './support.mjs';

const article = JSON.parse(readFileSync(`${DIST}/dataset.json`, 'utf8')).articles[0];
const statement = article.statements.at(-1);
const reference = `${article.id}/${statement.id}`;

let factline;
let host;
let browser;

// A story with a long text above its embed, so that the embed starts far
// below the fold.
const story = (embed) => newsStory(embed, { before: 14, after: 6 });

const iframe = (app) =>
  `<iframe id="factline" src="${app}embed.html?embed=1" title="factline" width="100%" height="600" loading="lazy"
     style="border:0;width:100%;display:block" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
     allow="clipboard-write" data-factline></iframe>`;

before(async () => {
  factline = await serve({ dir: DIST });
  const app = factline.url;
  host = await serve({
    dir: DIST,
    base: '/unused/',
    routes: {
      '/news/story.html': {
        type: 'text/html; charset=utf-8',
        body: story(`${iframe(app)}<script src="${app}embed.js" async></script>`),
      },
      '/news/no-script.html': { type: 'text/html; charset=utf-8', body: story(iframe(app)) },
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

// A context whose frames keep what they copy in `window.__copied`: the
// clipboard of a cross-origin frame is not the test's to read.
async function recordingCopies(viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: async (text) => {
        window.__copied = text;
      },
    });
  });
  return context;
}

async function copyLinkInFrame(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  const { frame } = await frameSettled(page, '#factline');
  const card = frame.locator('main article.statement').last();
  await card.scrollIntoViewIfNeeded();
  await card.getByRole('button', { name: 'Copy link to this statement' }).click();
  await frame.waitForFunction(() => window.__copied);
  return { page, problems, copied: await frame.evaluate(() => window.__copied) };
}

for (const width of [360, 1280]) {
  test(`at ${width} px, a link copied in an embed opens the host article at the statement, and back`, async () => {
    const viewport = { width, height: 700 };
    const context = await recordingCopies(viewport);
    const { copied, problems } = await copyLinkInFrame(context, `${host.origin}news/story.html?id=42`);
    assert.equal(copied, `${host.origin}news/story.html?id=42#factline=${reference}`);

    // A reader opens the link: the host page comes to the frame, and the
    // frame shows the statement, in the host's view.
    const page = await context.newPage();
    await page.goto(copied);
    const element = await page.waitForSelector('#factline');
    const frame = await element.contentFrame();
    const selected = frame.locator('article.statement.is-selected');
    await selected.waitFor({ timeout: 10_000 });
    assert.ok((await selected.locator('.words').textContent()).includes(statement.text.slice(0, 30)));
    let seen;
    for (let waited = 0; waited < 5000; waited += 100) {
      const inner = await selected.evaluate((node) => node.getBoundingClientRect().top);
      const outer = await element.evaluate((node) => node.getBoundingClientRect().top);
      seen = { top: outer + inner, scrolled: await page.evaluate(() => scrollY) };
      if (seen.top >= 0 && seen.top <= viewport.height - 40) break;
      await page.waitForTimeout(100);
    }
    assert.ok(seen.top >= 0 && seen.top <= viewport.height - 40, `the statement is in the host's view: ${JSON.stringify(seen)}`);
    assert.ok(seen.scrolled > 0, 'the host page scrolled down to it');
    assert.equal(await frame.evaluate(() => location.hash), `#statement=${reference}`);
    // Copying again from there gives the same link.
    await selected.getByRole('button', { name: 'Copy link to this statement' }).click();
    await frame.waitForFunction((copied) => window.__copied === copied, copied);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('an address changed to another statement while the page is open shows that one', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${host.origin}news/story.html`);
  const { frame } = await frameSettled(page, '#factline');
  const first = `${article.id}/${article.statements[0].id}`;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate((first) => {
    location.hash = `factline=${first}`;
  }, first);
  await frame.waitForFunction((first) => location.hash === `#statement=${first}`, first);
  await frame.locator('article.statement.is-selected').waitFor();
  assert.ok((await page.evaluate(() => scrollY)) > 0, 'the host page came to the frame');
  await context.close();
});

test('without the host script, a link copied in an embed leads to the full factline page', async () => {
  const context = await recordingCopies({ width: 1280, height: 700 });
  const { copied } = await copyLinkInFrame(context, `${host.origin}news/no-script.html`);
  assert.equal(copied, `${factline.url}#statement=${reference}`);
  const { page } = await openPage(browser, copied);
  await page.locator('article.statement.is-selected').waitFor();
  await context.close();
  await page.context().close();
});

test('the host script gives its address only to the frames it serves, and a frame believes no other origin’s', async () => {
  // The frame's page, sent a greeting that names another origin's address,
  // keeps its links to the full page.
  const context = await recordingCopies({ width: 1280, height: 700 });
  const page = await context.newPage();
  await page.goto(`${host.origin}news/no-script.html`);
  const { frame } = await frameSettled(page, '#factline');
  await page.evaluate(() => {
    document.getElementById('factline').contentWindow.postMessage('factline:host https://elsewhere.example/story.html', '*');
  });
  await page.waitForTimeout(300);
  const card = frame.locator('main article.statement').last();
  await card.getByRole('button', { name: 'Copy link to this statement' }).click();
  await frame.waitForFunction(() => window.__copied);
  assert.equal(await frame.evaluate(() => window.__copied), `${factline.url}#statement=${reference}`);
  await context.close();
});
