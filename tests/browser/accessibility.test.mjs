// Every view passes axe-core with no violations, in light and dark, on a
// 360 px phone and a 1280 px desktop; each is also saved as a screenshot in
// artifacts/screenshots/ for people to look at.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { appStarted, DIST, launchBrowser, serve } from './support.mjs';

const SCREENSHOTS = 'artifacts/screenshots';
const twoArticles = readFileSync(new URL('./fixtures/two-articles.json', import.meta.url), 'utf8');

let server;
let browser;
let url;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ server, url } = await serve({ dir: DIST, routes: { '/dataset.json': { type: 'application/json', body: twoArticles } } }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const views = {
  timeline: '#statement=border/s7',
  'timeline-filtered': '#q=migrants&kinds=narration&figures=1',
  speakers: '#view=speakers&speaker=brandon-johnson',
  figures: '#view=figures',
  source: '#view=source&statement=border/s8',
};

for (const [name, hash] of Object.entries(views)) {
  for (const theme of ['light', 'dark']) {
    test(`${name} (${theme}) has no axe violations at 360 and 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${url}?theme=${theme}${hash}`);
        await page.waitForSelector('.toolbar');
        await page.waitForFunction(() => !document.querySelector('main .status[role=status]'));
        // Let a selection scroll into place before looking.
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        assert.deepEqual(violations, [], `${name} at ${width} px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} at ${width} px scrolls sideways by ${overflow} px`);
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${theme}-${width}.png`, fullPage: width === 360 });
        await context.close();
      }
    });
  }
}

test('the embedded layout has no masthead and no axe violations on a phone', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${url}?embed=1`);
  await page.waitForSelector('main article.statement');
  assert.equal(await page.locator('.masthead').count(), 0);
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => v.id), []);
  await page.screenshot({ path: `${SCREENSHOTS}/embed-320.png` });
  await context.close();
});

test('reduced motion turns smooth scrolling off', async () => {
  for (const [reducedMotion, expected] of [['no-preference', 'smooth'], ['reduce', 'auto']]) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(url);
    await appStarted(page);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), expected);
    await context.close();
  }
});
