// Embeds that no pasted script sizes: an AMP page, whose amp-iframe sizes its
// frame from AMP's `embed-size` messages (the height message factline's page
// always sends), and a CMS that embeds by address through oEmbed, finding
// factline's answer from the page's discovery link.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { DIST, frameSettled, launchBrowser, openPage, serve } from './support.mjs';

// The oEmbed discovery link, its attributes quoted or not, as HTML allows.
const DISCOVERY = /<link rel="?alternate"? type="?application\/json\+oembed"? href="([^"]+)"[^>]*>/;

let browser;
let site;
let host;
let oembed;

// What amp-iframe does with a frame's messages (AMP's iframe-helper): it
// reads only its own frame's window, parses a message that is a JSON string,
// and resizes on its sentinel and `embed-size`. AMP pages run no scripts of
// their own, so nothing else sizes the frame.
const AMP_PARENT = `
  addEventListener('message', (event) => {
    const frame = document.getElementById('amp');
    if (event.source !== frame.contentWindow) return;
    let data = event.data;
    if (typeof data === 'string' && data.charAt(0) === '{') {
      try { data = JSON.parse(data); } catch { return; }
    }
    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    frame.style.height = data.height + 'px';
  });`;

before(async () => {
  browser = await launchBrowser();
  // The build names the address the site is published at
  // (FACTLINE_SITE_URL; by default `make run`'s), and its oEmbed answer
  // points there, so the site is served at that address.
  const endpoint = new URL(readFileSync(join(DIST, 'index.html'), 'utf8').match(DISCOVERY)[1]);
  assert.equal(endpoint.hostname, '127.0.0.1', `dist/ was built for ${endpoint.origin}: build it for a local address to test`);
  site = await serve({ dir: DIST, port: Number(endpoint.port), base: new URL('./', endpoint).pathname });

  // The CMS's side, as WordPress's does it on its server: the page's address
  // → its discovery link → the oEmbed answer → the answer's HTML in the story.
  const page = await (await fetch(site.url)).text();
  oembed = await (await fetch(page.match(DISCOVERY)[1])).json();
  const story = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News story</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
    <body style="margin:0"><h1>A news story</h1>
      <iframe id="amp" src="${site.url}embed.html?embed=1" title="factline" width="100%" height="600"
        style="border:0;width:100%;display:block" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>
      <script>${AMP_PARENT}</script>
      <h2>Embedded by address</h2>
      <div id="oembed">${oembed.html}</div>
    </body></html>`;
  host = await serve({ dir: DIST, base: '/unused/', routes: { '/story.html': { type: 'text/html; charset=utf-8', body: story } } });
});

after(async () => {
  await browser?.close();
  site?.server.close();
  host?.server.close();
});

test("the oEmbed answer is a rich embed of the Embed control's snippet, at its height", async () => {
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.provider_url, site.url);
  const { page, context } = await openPage(browser, site.url);
  assert.equal(oembed.html, await page.inputValue('#embed-snippet'));
  await context.close();
  assert.equal(oembed.height, Number(oembed.html.match(/ height="(\d+)"/)[1]));
  assert.ok(Number.isInteger(oembed.width) && oembed.width > 0);
});

for (const width of [320, 768, 1280]) {
  test(`an AMP page's frame and an oEmbed consumer's fit their content at ${width} px, before and after filtering`, async () => {
    const { page, context, problems } = await openPage(browser, host.url.replace('/unused/', '/story.html'), {
      viewport: { width, height: 800 },
    });
    for (const selector of ['#amp', '#oembed iframe']) {
      const before = await frameSettled(page, selector);
      assert.ok(Math.abs(before.outer - before.content) <= 1, `${selector} is as tall as its content: ${JSON.stringify(before)}`);
      assert.equal(before.scrolls, false, `${selector} has no inner scrollbar`);
      await before.frame.fill('#search', 'reached a point');
      await before.frame.waitForFunction(() => document.querySelectorAll('article.statement').length === 1);
      const after = await frameSettled(page, selector);
      assert.ok(after.outer < before.outer, `${selector} shrank after filtering (${before.outer} → ${after.outer})`);
      assert.ok(Math.abs(after.outer - after.content) <= 1, `${selector} fits after filtering: ${JSON.stringify(after)}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
