// Embeds under the sandboxes a CMS applies: the snippet as the Embed control
// gives it, the same iframe with `sandbox="allow-scripts"` only (what
// WordPress gives providers it does not trust: the frame's origin is opaque,
// so every request it makes is cross-origin) and with no sandbox at all, on
// a host page of another origin, with factline's site sending CORS headers
// (as GitHub Pages does) and without them. Where the frame can load its
// files, it must be styled, interactive and as tall as its content; where it
// cannot (an opaque origin and no CORS), it must show a short note that fits
// its frame and links to the full page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { copiedSnippet, DIST, frameSettled, launchBrowser, openPage, serve } from './support.mjs';

let browser;
// factline's site with CORS headers and without, and a host page on another
// origin with the snippet copied from each, by name.
const sites = {};
const hosts = {};

before(async () => {
  browser = await launchBrowser();
  sites.cors = await serve({ dir: DIST, headers: { 'access-control-allow-origin': '*' } });
  sites.plain = await serve({ dir: DIST });
  for (const name of Object.keys(sites)) hosts[name] = await hostFor(sites[name]);
});

after(async () => {
  await browser?.close();
  for (const { server } of [...Object.values(sites), ...Object.values(hosts)]) server.close();
});

// The sandboxes under test: how each turns the copied iframe into the one a
// CMS would publish.
const SANDBOXES = [
  { id: 'snippet', opaque: false, publish: (iframe) => iframe },
  { id: 'scripts-only', opaque: true, publish: (iframe) => iframe.replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts"') },
  { id: 'unsandboxed', opaque: false, publish: (iframe) => iframe.replace(/ sandbox="[^"]*"/, '') },
];

// A news story on another origin with the snippet pasted once per sandbox;
// the host script comes once, as a CMS would keep it.
async function hostFor(site) {
  const snippet = await copiedSnippet(browser, site.url);
  const [iframe, script] = snippet.split('\n');
  assert.match(script, /^<script src="[^"]+embed\.js" async><\/script>$/);
  const frames = SANDBOXES.map(({ id, publish }) => `<h2>${id}</h2>${publish(iframe).replace('<iframe ', `<iframe id="${id}" `)}`);
  const story = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News story</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
    <body style="margin:0"><h1>A news story</h1>${frames.join('\n')}<p>The end.</p>${script}</body></html>`;
  return serve({ dir: DIST, base: '/unused/', routes: { '/story.html': { type: 'text/html; charset=utf-8', body: story } } });
}

for (const [siteName, cors] of [['cors', true], ['plain', false]]) {
  for (const width of [320, 768, 1280]) {
    test(`${cors ? 'with' : 'without'} CORS on factline's site at ${width} px, every sandbox gets a working embed or a fitting note`, async () => {
      const { page, context, problems } = await openPage(browser, hosts[siteName].url.replace('/unused/', '/story.html'), {
        viewport: { width, height: 800 },
      });
      for (const { id, opaque } of SANDBOXES) {
        if (opaque && !cors) {
          // Nothing of factline's loads: the note shows instead of an
          // unstyled page, within the snippet's height.
          const { frame, outer, scrolls } = await frameSettled(page, `#${id}`, 'body');
          const note = frame.locator('.embed-fallback');
          assert.ok(await note.isVisible(), `${id}: the note shows`);
          assert.equal(await frame.locator('#prerender').isVisible(), false, `${id}: the unstyled picture stays hidden`);
          assert.equal(scrolls, false, `${id}: the note fits the frame`);
          assert.equal(outer, 600, `${id}: the frame keeps the snippet's height`);
          const link = await note.locator('a').evaluate((a) => ({ href: a.href, target: a.target }));
          assert.deepEqual(link, { href: sites[siteName].url, target: '_blank' }, `${id}: the note links to the full page`);
          continue;
        }
        const before = await frameSettled(page, `#${id}`, 'article.statement');
        assert.equal(before.scrolls, false, `${id}: no inner scrollbar`);
        assert.ok(Math.abs(before.outer - before.content) <= 1, `${id} is as tall as its content: ${JSON.stringify(before)}`);
        assert.equal(await before.frame.locator('.embed-fallback').count(), 0, `${id}: the app removed the note`);
        const styled = await before.frame.evaluate(() => getComputedStyle(document.body).display);
        assert.equal(styled, 'flow-root', `${id}: the stylesheet applies`);
        // Interactive: a search narrows the timeline, and the frame follows.
        await before.frame.fill('#search', 'reached a point');
        await before.frame.waitForFunction(() => document.querySelectorAll('article.statement').length === 1);
        const after = await frameSettled(page, `#${id}`, 'article.statement');
        assert.ok(after.outer < before.outer, `${id} shrank after filtering (${before.outer} → ${after.outer})`);
        assert.ok(Math.abs(after.outer - after.content) <= 1, `${id} fits after filtering: ${JSON.stringify(after)}`);
      }
      // The only errors allowed are the refused loads of the opaque frame
      // without CORS; with CORS there are none, and never a CSP violation.
      const refused = /CORS policy|Access-Control-Allow-Origin|Failed to load resource: net::ERR_FAILED/;
      const unexpected = problems.filter((problem) => cors || !refused.test(problem));
      assert.deepEqual(unexpected, []);
      assert.ok(cors || problems.length > 0, 'the opaque frame without CORS was refused its files');
      await context.close();
    });
  }
}
