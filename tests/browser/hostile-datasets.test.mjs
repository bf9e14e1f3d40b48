// The hostile and broken datasets of tests/hostile-datasets/ through the
// page, as `?data=` would bring them: each is shown, or refused with a panel
// that says in plain words what is wrong (the same words as the command line,
// which crates/factline-core/tests/hostile.rs checks through both readers).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { DIST, launchBrowser, openPage, serve } from './support.mjs';

const corpus = new URL('../hostile-datasets/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', corpus), 'utf8'));

let browser;
let app;

before(async () => {
  const routes = {};
  for (const name of readdirSync(corpus)) {
    routes[`/hostile/${name}`] = { type: 'application/json', body: readFileSync(new URL(name, corpus)) };
  }
  app = await serve({ dir: DIST, routes });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.server.close();
});

test('every hostile dataset is shown, or refused in plain words', async () => {
  for (const [name, { shown, says }] of Object.entries(expected)) {
    const { page, context, problems } = await openPage(browser, `${app.url}?data=hostile/${name}`);
    await page.waitForSelector('article.statement, .error-panel');
    if (shown) {
      assert.equal(await page.locator('.error-panel').count(), 0, `${name} is shown`);
      assert.ok((await page.locator('article.statement').count()) > 0, name);
      assert.deepEqual(problems, [], name);
    } else {
      const problem = await page.locator('.error-panel .error-problem').textContent();
      assert.ok(problem.includes(says), `${name}: ${problem}`);
      assert.doesNotMatch(problem, /EOF|hex escape|expected value|`/, `${name}: ${problem}`);
    }
    // The page's own inline scripts (the gate and the loader) are in its head.
    assert.equal(await page.evaluate(() => document.querySelectorAll('body script:not([src]):not(#dataset), img[src=x]').length), 0, name);
    await context.close();
  }
});

test('a value beyond exact whole numbers is shown as the text wrote it, with no rate', async () => {
  const { page, context } = await openPage(browser, `${app.url}?data=hostile/huge-figure.json#view=figures`);
  const value = page.locator('table.figures td[data-label=Value]');
  await value.first().waitFor();
  assert.equal(await value.first().textContent(), '99999999999999999999999');
  assert.equal(await page.locator('table.figures .derived').count(), 0);
  await context.close();
});
