// An embed must not move its host's text about while it loads: the frame
// keeps the snippet's height until the page in it reports its own. A news
// story on another origin holds the Embed control's snippet between its
// paragraphs; its Cumulative Layout Shift must stay under 0.1, what Core Web
// Vitals call good, for the view the build-time picture shows and for one it
// does not (before the app renders such a view, the embed's page is empty).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { copiedSnippet, DIST, launchBrowser, newsStory, recordLayoutShift, serve, steadyHeight } from './support.mjs';

const VIEWS = { timeline: '', speakers: '#view=speakers' };

let browser;
let site;
let host;

before(async () => {
  browser = await launchBrowser();
  site = await serve({ dir: DIST });
  const routes = {};
  for (const [name, hash] of Object.entries(VIEWS)) {
    routes[`/${name}.html`] = { type: 'text/html; charset=utf-8', body: newsStory(await copiedSnippet(browser, `${site.url}${hash}`)) };
  }
  host = await serve({ dir: DIST, base: '/unused/', routes });
});

after(async () => {
  await browser?.close();
  site?.server.close();
  host?.server.close();
});

for (const name of Object.keys(VIEWS)) {
  for (const width of [360, 1280]) {
    test(`an embed of the ${name} shifts its host page by less than 0.1 at ${width} px`, async (t) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      await recordLayoutShift(context);
      const page = await context.newPage();
      await page.goto(host.url.replace('/unused/', `/${name}.html`));
      const frame = page.locator('iframe[data-factline]');
      const height = await steadyHeight(page, frame);
      const cls = await page.evaluate(() => window.__cls);
      t.diagnostic(`frame ${await frame.getAttribute('height')} → ${height} px, CLS ${cls.toFixed(3)}`);
      assert.notEqual(height, Number(await frame.getAttribute('height')), 'the frame took its content’s height');
      assert.ok(cls < 0.1, `CLS ${cls}`);
      await context.close();
    });
  }
}
