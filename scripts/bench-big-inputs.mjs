// The longest task on the page's thread while it loads big datasets: analysed
// ones of 5, 50 and 100 MB (scripts/generate-dataset.mjs) and text-only ones
// of the same sizes. The page reads a dataset in steps of about 30 ms and
// refuses what is over its limits (64 MB a file, 2 MB of text to extract)
// before copying it, so no task should run much over that. Release build in
// dist/; not part of `make test` (tests/browser/big-inputs.test.mjs guards
// against freezes there).
//
//   node scripts/bench-big-inputs.mjs [--runs 3]
import { launchBrowser, openRecordingLongTasks, serve } from '../tests/browser/support.mjs';
import { generateDataset } from './generate-dataset.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const MB = 1 << 20;

// Analysed: about 490 bytes a statement in the generated datasets.
const analysed = (megabytes) => JSON.stringify(generateDataset(Math.round((megabytes * MB) / 490)));
const textOnly = (megabytes) => {
  const sentence = 'The council met on Tuesday and said the shelters were nearly full. ';
  const text = sentence.repeat(Math.ceil((megabytes * MB) / sentence.length));
  return JSON.stringify({ version: 1, articles: [{ id: 'big', text, published: '2023-12-28' }] });
};

const cases = [];
for (const megabytes of [5, 50, 100]) {
  cases.push({ name: `analysed-${megabytes}.json`, body: analysed(megabytes) });
  cases.push({ name: `text-${megabytes}.json`, body: textOnly(megabytes) });
}
const routes = Object.fromEntries(cases.map(({ name, body }) => [`/${name}`, { type: 'application/json', body }]));
const app = await serve({ dir: 'dist', routes });
const browser = await launchBrowser();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const { name, body } of cases) {
  const longest = [];
  let shown = '';
  for (let run = 0; run < runs; run += 1) {
    const { context, page, longestTask } = await openRecordingLongTasks(
      browser,
      `${app.url}?data=${name}`,
      'article.statement, .error-panel',
      120_000,
    );
    await page.waitForTimeout(500);
    longest.push(await longestTask());
    shown = (await page.locator('.error-panel').count()) ? 'refused' : 'shown';
    await context.close();
  }
  const size = `${(body.length / MB).toFixed(1)} MB`;
  console.log(`${name.padEnd(18)} ${size.padStart(9)}  ${shown.padEnd(8)} longest task: median ${Math.round(median(longest))} ms (${longest.map(Math.round).join(', ')})`);
}
await browser.close();
app.server.close();
