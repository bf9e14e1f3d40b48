// Layout where it once failed readers: printed pages (print media, at a
// portrait and a landscape page's width) and the narrowest phones.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DIST, launchBrowser, openPage, serve } from './support.mjs';

let browser;
let site;

before(async () => {
  browser = await launchBrowser();
  site = await serve({ dir: DIST });
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

// A printed page's width in CSS pixels: A4 less Chromium's default margins.
const PAPER = { portrait: 720, landscape: 1050 };

for (const [orientation, width] of Object.entries(PAPER)) {
  test(`printed ${orientation}, the timeline takes the page's width, ≈ is explained and a filtered printout says so`, async () => {
    const { page, context, problems } = await openPage(browser, site.url, { viewport: { width, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => ({
      main: document.querySelector('main').getBoundingClientRect().width,
      timeline: document.querySelector('.timeline').getBoundingClientRect().width,
    }));
    assert.ok(widths.timeline >= widths.main - 1, `the timeline is as wide as the page: ${JSON.stringify(widths)}`);
    for (const control of ['.embed-control', '.toolbar', '#search', '.filter-more', '.copy-link']) {
      assert.equal(await page.locator(control).first().isVisible(), false, `${control} does not print`);
    }
    assert.ok(await page.locator('main article.statement').first().isVisible(), 'the statements print');
    assert.ok(await page.locator('.approx').first().isVisible(), 'the bundled timeline has approximate dates');
    const note = await page.evaluate(() => getComputedStyle(document.querySelector('.timeline'), '::before').content);
    assert.match(note, /≈ marks a range of days or a date taken from the article’s publication/);
    assert.equal(await page.locator('.result-count').textContent(), '11 statements');
    assert.ok(await page.locator('.result-count').isVisible());

    await page.evaluate(() => (location.hash = '#q=reached%20a%20point'));
    await page.waitForFunction(() => document.querySelectorAll('article.statement').length === 1);
    assert.equal(await page.locator('.result-count').textContent(), '1 of 11 statements match');
    assert.ok(await page.locator('.result-count').isVisible(), 'the printout says it is filtered');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const width of [288, 320, 360, 1280]) {
  test(`at ${width} px the four views share one line and the search placeholder fits, on the page and in an embed`, async () => {
    for (const path of ['', 'embed.html?embed=1']) {
      const { page, context } = await openPage(browser, `${site.url}${path}`, { viewport: { width, height: 700 } });
      const tops = await page.$$eval('.views > li', (items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
      assert.equal(tops.length, 4);
      assert.equal(new Set(tops).size, 1, `${path || 'page'}: the views wrap: ${tops}`);
      const fit = await page.evaluate(() => {
        const input = document.getElementById('search');
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d');
        context.font = `${style.fontSize} ${style.fontFamily}`;
        return {
          placeholder: Math.ceil(context.measureText(input.placeholder).width),
          room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        };
      });
      assert.ok(fit.placeholder <= fit.room, `${path || 'page'}: the placeholder is cut off: ${JSON.stringify(fit)}`);
      await context.close();
    }
  });
}
