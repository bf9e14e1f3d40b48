// The Cumulative Layout Shift an embed causes on its host page: a news story on
// another origin with two paragraphs, the Embed control's snippet for a view,
// and more paragraphs after it, loaded at a phone's and a desktop's width.
// CLS is the sum of the host page's `layout-shift` entries (none follow input
// here) until the frame has kept its height for a second; Core Web Vitals
// call under 0.1 good. Release build in dist/; not part of `make test`.
//
//   node scripts/bench-cls.mjs [--runs 3]
import { copiedSnippet, launchBrowser, newsStory, recordLayoutShift, serve, steadyHeight } from '../tests/browser/support.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 3);
const VIEWS = ['', '#view=speakers', '#view=figures'];
const WIDTHS = [360, 1280];

const browser = await launchBrowser();
const site = await serve({ dir: 'dist', headers: { 'access-control-allow-origin': '*' } });

const stories = {};
for (const hash of VIEWS) {
  stories[`/story${VIEWS.indexOf(hash)}.html`] = {
    type: 'text/html; charset=utf-8',
    body: newsStory(await copiedSnippet(browser, `${site.url}${hash}`)),
  };
}
const host = await serve({ dir: 'dist', base: '/unused/', routes: stories });

// Loads a story and returns its CLS, the frame's height in the snippet and
// the height it settles at.
async function measure(path, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await recordLayoutShift(context);
  const page = await context.newPage();
  await page.goto(host.url.replace('/unused/', path));
  const frame = page.locator('iframe[data-factline]');
  // What the snippet reserves for the frame before the page in it reports.
  const initial = Number(await frame.getAttribute('height'));
  const height = await steadyHeight(page, frame);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return { cls, initial, height };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${'view'.padEnd(16)} ${'width'.padStart(6)} ${'frame px'.padStart(14)} ${'CLS (median)'.padStart(13)}`);
for (const hash of VIEWS) {
  for (const width of WIDTHS) {
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await measure(`/story${VIEWS.indexOf(hash)}.html`, width));
    const cls = median(results.map((result) => result.cls));
    const { initial, height } = results[0];
    console.log(
      `${(hash || '#view=timeline').padEnd(16)} ${String(width).padStart(6)} ${`${initial} → ${height}`.padStart(14)} ${cls.toFixed(3).padStart(13)}`,
    );
  }
}
await browser.close();
site.server.close();
host.server.close();
