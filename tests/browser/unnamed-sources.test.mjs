// A source the text names only by a description the engine could not tie
// to anyone ("…, the port authority said") is shown in plain words: on the
// card as an unnamed source, and in the Speakers view and the speaker filter
// like any other source. The dataset is the engine's reading of an invented
// article (fixtures/harbor.json).
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
