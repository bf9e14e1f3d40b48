// The editor, as a newsroom editor uses it with only a browser: paste an
// article, have the engine read it, accept, correct a speaker, delete and
// undo with the keyboard, reload without losing anything, download the
// reviewed dataset, and see it in the reader.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

import AxeBuilder from '@axe-core/playwright';

import { appStarted, DIST, launchBrowser, serve } from './support.mjs';

const SCREENSHOTS = 'artifacts/screenshots';

// An invented story: named speakers, a pronoun, a role noun and figures.
const STORY = [
  'The Riverton city council voted 7-2 on Tuesday to close the Elm Street bridge, which carries 9,000 cars a day, for repairs.',
  '"We cannot wait another winter," said Mayor Lena Ortiz. "The steel is failing."',
  'Council member Tom Reyes said the repairs would cost $4.5 million and take eight months.',
  '"It is a disaster for small businesses," said Ana Cole, who owns a bakery near the bridge.',
  'Ortiz said a temporary ferry would start running next week.',
  'The bridge opened in 1931.',
].join('\n\n');

let server;
let browser;
let url;
const exported = {};

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const routes = {
    '/reviewed.json': { type: 'application/json', get body() { return exported.json ?? '{}'; } },
  };
  ({ server, url } = await serve({ dir: DIST, routes }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh editor page, recording console errors. */
async function openEditor(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(new URL('editor.html', url).href);
  await page.waitForSelector('.editor');
  return { page, problems };
}

const count = (page) => page.locator('.review-count').textContent();
const cardWith = (page, words) =>
  page.locator('article.review-card').filter({ has: page.locator('.words', { hasText: words }) });

/** Clicks a download button and returns where the file was saved. */
async function downloaded(page, button, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  assert.equal(download.suggestedFilename(), name);
  const file = join('target', `editor-${name}`);
  await download.saveAs(file);
  return file;
}

/** Rows of an RFC 4180 text: quoted fields may hold commas, quotes and line breaks; rows end in CRLF. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  assert.ok(!quoted && field === '' && row.length === 0, 'the CSV ends with a complete row');
  return rows;
}

/** Selects `words` in the editor's copy of the article, as a mouse would. */
async function selectInText(page, words) {
  await page.evaluate((words) => {
    const source = document.getElementById('source-text');
    const text = source.firstChild;
    const start = text.textContent.indexOf(words);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + words.length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    source.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  await page.locator('.selection-actions .selected mark', { hasText: words }).waitFor();
}

async function pasteStory(page) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Title').fill('Elm Street bridge to close');
  await page.getByLabel('Source').fill('Riverton Ledger');
  await page.getByRole('button', { name: 'Find statements' }).click();
  await page.waitForSelector('.editor-status:has-text("publication date")');
  await page.getByLabel('Published').fill('2024-03-05');
  await page.getByLabel("The article's text").fill(STORY);
  await page.getByRole('button', { name: 'Find statements' }).click();
  await page.waitForSelector('article.review-card');
}

test('paste, review, correct, undo, reload, download, and read it in the reader', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openEditor(context);
  await pasteStory(page);
  const total = await page.locator('article.review-card').count();
  assert.ok(total >= 4, `the engine finds the story's statements (${total})`);
  assert.equal(await count(page), `0 of ${total} reviewed`);

  // Accept the mayor's quote with its button.
  const winter = cardWith(page, 'We cannot wait another winter');
  await winter.getByRole('button', { name: 'Accept' }).click();
  assert.equal(await winter.locator('.review-state').textContent(), 'Accepted');
  assert.equal(await count(page), `1 of ${total} reviewed`);

  // Give the bakery quote a speaker the engine did not know.
  const bakery = cardWith(page, 'disaster for small businesses');
  await bakery.getByLabel('Speaker').selectOption({ label: 'New speaker…' });
  await bakery.getByLabel('Name').fill('Ana Cole-Marsh');
  await bakery.getByLabel('Role (optional)').fill('bakery owner');
  await bakery.getByRole('button', { name: 'Add speaker' }).click();
  assert.equal(await bakery.locator('.review-state').textContent(), 'Corrected');
  assert.equal(await bakery.getByLabel('Speaker').evaluate((select) => select.selectedOptions[0].textContent),
    'Ana Cole-Marsh (bakery owner)');

  // The engine reads the mayor's quote as two statements, neither holding
  // its tag. Give the first its words without the comma, then add a
  // sentence the engine did not read as a statement.
  const steel = page.locator('article.review-card').filter({
    has: page.locator('.words', { hasText: /^The steel is failing\.$/ }),
  });
  assert.match(await steel.locator('.review-evidence').textContent(), /a quotation going on after its tag/);
  assert.equal(await steel.getByLabel('Speaker').evaluate((select) => select.selectedOptions[0].textContent), 'Lena Ortiz (Mayor)');
  await winter.click({ position: { x: 5, y: 5 } });
  await selectInText(page, 'We cannot wait another winter');
  await page.getByRole('button', { name: /^Make these statement \d+'s words$/ }).click();
  const firstHalf = page.locator('article.review-card').filter({
    has: page.locator('.words', { hasText: /^We cannot wait another winter$/ }),
  });
  assert.equal(await firstHalf.locator('.review-state').textContent(), 'Corrected');
  await selectInText(page, 'The bridge opened in 1931.');
  await page.getByRole('button', { name: 'Add as a statement' }).click();
  const opened = page.locator('article.review-card').filter({
    has: page.locator('.words', { hasText: /^The bridge opened in 1931\.$/ }),
  });
  assert.equal(await opened.locator('.kind-menu select').inputValue(), 'Reported');
  assert.ok(await opened.evaluate((card) => card.classList.contains('is-focused')), 'the new statement is in focus');
  assert.equal(await count(page), `3 of ${total + 1} reviewed`);

  // Rename a speaker in the speakers list: every card follows.
  await page.locator('.editor-speakers > summary').click();
  await page.locator('.editor-speaker').filter({ has: page.getByRole('heading', { name: 'Tom Reyes' }) })
    .getByLabel('Name').fill('Thomas Reyes');
  await page.keyboard.press('Tab');
  await cardWith(page, 'repairs would cost').getByRole('option', { name: 'Thomas Reyes (Council member)' }).waitFor({ state: 'attached' });

  // Delete the ferry statement from the keyboard, then undo and redo it.
  const ferry = cardWith(page, 'ferry');
  await ferry.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Delete');
  await cardWith(page, 'ferry').waitFor({ state: 'detached' });
  assert.equal(await page.locator('article.review-card').count(), total);
  await page.keyboard.press('u');
  await cardWith(page, 'ferry').waitFor();
  await page.keyboard.press('r');
  await cardWith(page, 'ferry').waitFor({ state: 'detached' });

  // n goes to the riskiest unreviewed statement, a accepts it.
  await page.keyboard.press('n');
  await page.keyboard.press('a');
  assert.equal(await count(page), `4 of ${total} reviewed`);
  await page.screenshot({ path: join(SCREENSHOTS, 'editor-review-1280.png'), fullPage: true });

  // A reload restores the draft exactly.
  await page.reload();
  await page.waitForSelector('article.review-card');
  assert.equal(await count(page), `4 of ${total} reviewed`);
  assert.equal(await page.getByLabel('Title').inputValue(), 'Elm Street bridge to close');
  assert.equal(await cardWith(page, 'disaster for small businesses').locator('.review-state').textContent(), 'Corrected');

  // The download is a valid dataset with the decisions in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download dataset (JSON)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dataset.json');
  const file = join('target', 'editor-export.json');
  await download.saveAs(file);
  exported.json = readFileSync(file, 'utf8');
  const dataset = JSON.parse(exported.json);
  const [article] = dataset.articles;
  assert.equal(article.title, 'Elm Street bridge to close');
  assert.equal(article.published, '2024-03-05');
  assert.equal(article.statements.length, total);
  assert.ok(!article.statements.some((statement) => statement.text.includes('ferry')), 'the deleted statement is gone');
  const reviews = article.statements.map((statement) => statement.review ?? 'unreviewed');
  assert.equal(reviews.filter((review) => review !== 'unreviewed').length, 4);
  const ortiz = article.speakers.find((speaker) => speaker.name === 'Lena Ortiz');
  const byText = (text) => article.statements.find((statement) => statement.text === text);
  assert.equal(byText('We cannot wait another winter')?.speaker, ortiz.id);
  assert.equal(byText('The steel is failing.')?.speaker, ortiz.id);
  assert.equal(byText('The steel is failing.')?.kind, 'direct');
  assert.ok(article.speakers.some((speaker) => speaker.name === 'Thomas Reyes'), 'the rename is in the dataset');
  const cole = article.speakers.find((speaker) => speaker.name === 'Ana Cole-Marsh');
  assert.equal(cole?.role, 'bakery owner');
  const bakeryStatement = article.statements.find((statement) => statement.text.includes('disaster'));
  assert.equal(bakeryStatement.speaker, cole.id);
  assert.equal(bakeryStatement.review, 'corrected');
  execFileSync('cargo', ['run', '--release', '-q', '-p', 'factline-cli', '--', 'validate', file], { stdio: 'pipe' });
  execFileSync('python3', ['-c', [
    'import json, sys, jsonschema',
    'jsonschema.validate(json.load(open(sys.argv[1])), json.load(open("static/dataset.schema.json")))',
  ].join('\n'), file]);

  // The corrections alone, laid over a fresh reading of the same text by
  // the command line, give the same dataset.
  const [corrections] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download corrections' }).click(),
  ]);
  const correctionsFile = join('target', 'editor-corrections.json');
  await corrections.saveAs(correctionsFile);
  const textOnly = join('target', 'editor-text-only.json');
  const { statements, speakers, figures, times, ...source } = article;
  writeFileSync(textOnly, JSON.stringify({ version: 1, articles: [source] }));
  const again = JSON.parse(execFileSync('cargo',
    ['run', '--release', '-q', '-p', 'factline-cli', '--', 'correct', correctionsFile, textOnly], { encoding: 'utf8' }));
  assert.deepEqual(again.articles[0].statements, article.statements);
  assert.deepEqual(again.articles[0].speakers, article.speakers);

  // The statements as CSV, one row each, read back by a strict parser.
  const csvFile = await downloaded(page, 'Download statements (CSV)', 'statements.csv');
  const rows = parseCsv(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, ''));
  assert.deepEqual(rows[0].slice(0, 6), ['date', 'speaker', 'role', 'speaker_kind', 'kind', 'text']);
  assert.equal(rows.length - 1, article.statements.length);
  const coleRow = rows.find((row) => row[5].includes('disaster for small businesses'));
  assert.deepEqual([coleRow[1], coleRow[2], coleRow[7]], ['Ana Cole-Marsh', 'bakery owner', 'corrected']);

  // The timeline as one HTML file that opens from disk, without scripts
  // or network, and shows every statement.
  const htmlFile = await downloaded(page, 'Download timeline (HTML)', 'timeline.html');
  const offline = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const archived = await offline.newPage();
  const requested = [];
  archived.on('request', (request) => requested.push(request.url()));
  const fileUrl = pathToFileURL(resolve(htmlFile)).href;
  await archived.goto(fileUrl);
  assert.equal(await archived.locator('article.statement').count(), article.statements.length);
  assert.ok(await archived.getByText('Ana Cole-Marsh').count() > 0, 'the corrected speaker is in the file');
  assert.deepEqual(requested, [fileUrl], 'the file asks for nothing else');
  // Printed, black on white, no statement is cut across two pages.
  await archived.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await archived.locator('article.statement').evaluateAll((cards) =>
    cards.map((card) => [getComputedStyle(card).breakInside, getComputedStyle(card).color]));
  assert.deepEqual(new Set(printed.map(([breaks]) => breaks)), new Set(['avoid']));
  assert.deepEqual(new Set(printed.map(([, color]) => color)), new Set(['rgb(0, 0, 0)']));
  assert.ok((await archived.pdf()).length > 1000, 'it prints');
  await offline.close();

  // The reader shows the corrected speaker.
  const reader = await context.newPage();
  await reader.goto(`${url}?data=reviewed.json`);
  await appStarted(reader);
  await reader.waitForSelector('article.statement');
  const words = reader.locator('article.statement').filter({ hasText: 'disaster for small businesses' });
  assert.equal(await words.locator('.speaker-name').textContent(), 'Ana Cole-Marsh');
  // Readers see which statements an editor checked.
  assert.equal(await words.locator('.review-mark').textContent(), 'Reviewed by an editor');
  assert.equal(await reader.locator('.review-mark.is-reviewed').count(), 3);
  // The second half of the mayor's quote and one more were left unreviewed:
  // the mayor's quote, one card, is not reviewed until both halves are.
  assert.deepEqual(await reader.locator('.review-mark:not(.is-reviewed)').allTextContents(), ['Not reviewed', 'Not reviewed']);
  const mayor = reader.locator('article.statement').filter({ hasText: 'The steel is failing' });
  assert.equal(await mayor.locator('.words').textContent(), '“We cannot wait another winter … The steel is failing.”');
  assert.equal(await mayor.locator('.review-mark').textContent(), 'Not reviewed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a second tab sees the first tab\'s changes instead of overwriting them', async () => {
  const context = await browser.newContext();
  const { page: first } = await openEditor(context);
  await pasteStory(first);
  const { page: second } = await openEditor(context);
  await second.waitForSelector('article.review-card');
  await cardWith(first, 'We cannot wait another winter').getByRole('button', { name: 'Accept' }).click();
  await second.waitForSelector('.editor-status:has-text("changed in another tab")');
  const total = await second.locator('article.review-card').count();
  assert.equal(await count(second), `1 of ${total} reviewed`);
  await context.close();
});

test('the editor has no accessibility violations and fits a phone', async () => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const { page, problems } = await openEditor(context);
    await pasteStory(page);
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((violation) => `${violation.id}: ${violation.help}`), [], `at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px)`);
    await page.screenshot({ path: join(SCREENSHOTS, `editor-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the reader links to the editor, and an embed does not', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await appStarted(page);
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.waitForSelector('.editor');
  const embed = await context.newPage();
  await embed.goto(new URL('embed.html?embed=1', url).href);
  await appStarted(embed);
  await embed.waitForSelector('article.statement');
  assert.equal(await embed.getByRole('link', { name: 'Edit' }).count(), 0);
  await context.close();
});

test('text files, datasets and a dropped file come in as articles; a broken file is explained in plain words', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openEditor(context);
  const dataset = JSON.stringify({
    version: 1,
    articles: [{ id: 'ferry', title: 'Ferry to run', published: '2024-03-06', text: '"The ferry starts Monday," the harbour master said.' }],
  });
  await page.setInputFiles('#open-files', [
    { name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(STORY) },
    { name: 'ferry.json', mimeType: 'application/json', buffer: Buffer.from(dataset) },
  ]);
  await page.getByRole('button', { name: 'Ferry to run' }).waitFor();
  assert.deepEqual(await page.locator('.editor-articles li button').allTextContents(), ['bridge', 'Ferry to run']);
  // The dataset's article comes read, with its statements to review.
  await page.locator('article.review-card').first().waitFor();
  assert.equal(await page.getByLabel('Published').inputValue(), '2024-03-06');

  // The text file waits for its date.
  await page.getByRole('button', { name: 'bridge' }).click();
  assert.equal(await page.getByLabel("The article's text").inputValue(), STORY);
  assert.match(await page.locator('#published-hint').textContent(), /publication date is needed/);

  await page.setInputFiles('#open-files', [
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "articles": [{"id": "a", "text": "line\nbreak"}]}') },
  ]);
  const status = page.locator('.editor-status');
  await status.filter({ hasText: 'broken.json' }).waitFor();
  assert.match(await status.textContent(), /^broken\.json is not a factline dataset: .+\. To bring in an article, paste its text into the box instead\.$/);

  // A file dropped on the page comes in too.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['The mayor said the ferry would be free.'], 'dropped.txt', { type: 'text/plain' }));
    document.querySelector('.editor').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.getByRole('button', { name: 'dropped' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the published timeline, and the dataset a reader shows, open for editing', async () => {
  const context = await browser.newContext();
  const { page } = await openEditor(context);
  await page.getByRole('button', { name: 'Open the published timeline' }).click();
  await page.locator('article.review-card').first().waitFor();
  const bundled = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')).articles[0];
  assert.equal(await page.getByLabel('Title').inputValue(), bundled.title);
  assert.equal(await page.locator('article.review-card').count(), bundled.statements.length);
  await page.getByRole('button', { name: 'Open the published timeline' }).click();
  await page.locator('.editor-status', { hasText: 'in the draft already' }).waitFor();

  const reader = await context.newPage();
  exported.json = JSON.stringify({
    version: 1,
    articles: [{ id: 'ferry', title: 'Ferry to run', published: '2024-03-06', text: '"The ferry starts Monday," the harbour master said.' }],
  });
  await reader.goto(`${url}?data=reviewed.json`);
  await appStarted(reader);
  await reader.getByRole('link', { name: 'Edit' }).click();
  await reader.getByRole('button', { name: 'Ferry to run' }).waitFor();
  assert.equal(new URL(reader.url()).search, '', 'a reload does not open it again');
  await context.close();
});

test('a correction whose words the editor changed is shown as a conflict until discarded', async () => {
  const context = await browser.newContext();
  const { page } = await openEditor(context);
  await pasteStory(page);
  await cardWith(page, 'We cannot wait another winter').getByRole('button', { name: 'Accept' }).click();
  await page.getByLabel("The article's text").fill(STORY.replace('another winter', 'one more winter'));
  await page.getByRole('button', { name: 'Read the text again' }).click();
  const conflicts = page.locator('.conflicts');
  await conflicts.waitFor();
  assert.match(await conflicts.locator('li').first().textContent(), /the article no longer has these words/);
  await conflicts.getByRole('button', { name: 'Discard' }).click();
  await conflicts.waitFor({ state: 'detached' });
  await context.close();
});

test('a statement\'s figures and time are accepted, corrected or removed in place', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openEditor(context);
  await pasteStory(page);
  const repairs = cardWith(page, 'repairs would cost');
  const cost = repairs.locator('.fact').filter({ hasText: '$4.5 million' });
  assert.equal(await cost.locator('.fact-why').textContent(), 'Rule: a currency sign or code before the number.');
  const noRate = 'The page derives no rate per day from it.';
  assert.equal(await cost.locator('.fact-rate').textContent(), noRate, 'money over eight months has no rate');
  await cost.getByRole('button', { name: 'Edit' }).click();
  await cost.getByLabel('Value').fill('four');
  await cost.getByRole('button', { name: 'Save figure' }).click();
  assert.match(await cost.getByRole('alert').textContent(), /must be a number/);
  await cost.getByLabel('Value').fill('4600000');
  await cost.getByLabel('Unit').fill('dollars');
  await cost.getByRole('button', { name: 'Save figure' }).click();
  assert.equal(await cost.locator('.review-state').textContent(), 'Corrected');
  assert.equal(await cost.locator('.fact-why').count(), 0, "the editor's reading has no engine evidence");
  assert.equal(await cost.locator('.fact-rate').textContent(), noRate, 'nor once it is corrected to dollars');
  await repairs.locator('.fact').filter({ hasText: 'eight months' }).getByRole('button', { name: 'Remove' }).click();
  await repairs.locator('.fact').filter({ hasText: 'eight months' }).waitFor({ state: 'detached' });

  const council = cardWith(page, 'city council voted');
  const cars = council.locator('.fact').filter({ hasText: '9,000 cars' });
  assert.equal(await cars.locator('.fact-rate').textContent(), 'On the page: 9,000 per day, derived from 9,000 a day, as written.');
  const when = council.locator('.fact').filter({ hasText: 'When:' });
  assert.match(await when.locator('.fact-why').textContent(), /^Rule: a weekday, the latest before publication/);
  await when.getByRole('button', { name: 'Edit' }).click();
  assert.match(await when.locator('.fact-name').textContent(), /Tuesday → 2024-03-05$/);
  await when.getByLabel('From').fill('2024-03-04');
  await when.getByLabel('To').fill('2024-03-04');
  await when.getByRole('button', { name: 'Save days' }).click();
  assert.match(await when.locator('.fact-name').textContent(), /→ 2024-03-04$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download dataset (JSON)' }).click()]);
  const [article] = JSON.parse(readFileSync(await download.path(), 'utf8')).articles;
  const figure = article.figures.find((each) => each.text === '$4.5 million');
  assert.deepEqual([figure.value, figure.unit, figure.review], [4600000, 'dollars', 'corrected']);
  assert.ok(!article.figures.some((each) => each.text === 'eight months'), 'the removed figure is gone');
  const time = article.times.find((each) => each.text === 'Tuesday');
  assert.deepEqual([time.resolved, time.review], [{ start: '2024-03-04', end: '2024-03-04' }, 'corrected']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a statement is split in two at the words the editor selects, and two are joined', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openEditor(context);
  await pasteStory(page);
  const total = await page.locator('article.review-card').count();
  // The engine reads the mayor's quote as two statements: join them, then
  // split the second half off again.
  const first = cardWith(page, 'We cannot wait another winter');
  const steel = page.locator('article.review-card').filter({
    has: page.locator('.words', { hasText: /^The steel is failing\.$/ }),
  });
  await steel.waitFor();
  await first.getByRole('button', { name: 'Join with the next' }).click();
  await steel.waitFor({ state: 'detached' });
  assert.equal(await page.locator('article.review-card').count(), total - 1);
  assert.match(await first.locator('.words').textContent(), /said Mayor Lena Ortiz\. "The steel is failing\.$/);

  await first.click({ position: { x: 5, y: 5 } });
  await selectInText(page, 'The steel is failing.');
  await page.getByRole('button', { name: /^Split these words off statement \d+$/ }).click();
  await steel.waitFor();
  assert.equal(await page.locator('article.review-card').count(), total);
  assert.equal(await steel.getByLabel('Speaker').evaluate((select) => select.selectedOptions[0].textContent), 'Lena Ortiz (Mayor)');
  assert.equal(await first.locator('.words').textContent(), 'We cannot wait another winter," said Mayor Lena Ortiz.');
  await page.keyboard.press('u');
  await steel.waitFor({ state: 'detached' });

  // Two speakers who are one person are merged: the name becomes an alias.
  const repairs = cardWith(page, 'repairs would cost');
  await repairs.getByLabel('Speaker').selectOption({ label: 'New speaker…' });
  await repairs.getByLabel('Name').fill('L. Ortiz');
  await repairs.getByRole('button', { name: 'Add speaker' }).click();
  await page.locator('.editor-speakers > summary').click();
  await page.locator('.editor-speaker').filter({ has: page.getByRole('heading', { name: 'L. Ortiz' }) })
    .getByLabel('Same as').selectOption({ label: 'Lena Ortiz' });
  await page.getByRole('heading', { name: 'L. Ortiz' }).waitFor({ state: 'detached' });
  assert.equal(await repairs.getByLabel('Speaker').evaluate((select) => select.selectedOptions[0].textContent), 'Lena Ortiz (Mayor)');
  const ortiz = page.locator('.editor-speaker').filter({ has: page.getByRole('heading', { name: 'Lena Ortiz' }) });
  assert.match(await ortiz.locator('.speaker-said').textContent(), /also called .*L\. Ortiz/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an article goes from the keyboard alone from paste to a reviewed statement', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openEditor(context);
  const tabTo = async (name) => {
    for (let step = 0; step < 30; step += 1) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
      });
      if (label.trim() === name) return;
    }
    throw new Error(`Tab never reached ${name}`);
  };
  await tabTo('New article');
  await page.keyboard.press('Enter');
  await tabTo('Title');
  await page.keyboard.type('Ferry to run');
  await tabTo('Published');
  await page.keyboard.type('03052024');
  await tabTo("The article's text");
  await page.keyboard.type('"The ferry will be free," said Mayor Lena Ortiz.');
  await tabTo('Find statements');
  await page.keyboard.press('Enter');
  await page.locator('article.review-card').first().waitFor();
  await page.keyboard.press('n');
  await page.keyboard.press('a');
  assert.match(await count(page), /^1 of \d+ reviewed$/);
  await page.keyboard.press('u');
  assert.match(await count(page), /^0 of \d+ reviewed$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a long reading shows that it works and can be stopped; its late answer is dropped', async () => {
  const context = await browser.newContext();
  const { page, problems } = await openEditor(context);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Published').fill('2024-03-05');
  const long = `${STORY}\n\n`.repeat(4000);
  await page.evaluate((text) => {
    const area = document.getElementById('article-text');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, long);
  await page.getByRole('button', { name: 'Find statements' }).click();
  await page.getByRole('progressbar', { name: 'Reading the article' }).waitFor();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('.editor-status', { hasText: 'Stopped.' }).waitFor();
  assert.equal(await page.getByRole('progressbar').count(), 0);
  // The worker's answer would have come by now; the editor does not take it.
  await page.waitForTimeout(4000);
  assert.equal(await page.locator('article.review-card').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Find statements' }).isEnabled(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a saved draft this version cannot read is kept aside, never overwritten', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('editor.html', url).href);
  // The editor saves its empty draft once it starts; the newer draft comes after.
  await page.waitForFunction(() => localStorage.getItem('factline-editor-draft') !== null);
  const newer = JSON.stringify({ version: 99, articles: [{ id: 'from-a-newer-editor' }] });
  const kept = JSON.stringify({ version: 98, articles: [] });
  await page.evaluate(([draft, earlier]) => {
    localStorage.setItem('factline-editor-draft', draft);
    // One kept aside before stays where it is.
    localStorage.setItem('factline-editor-draft-unread', earlier);
  }, [newer, kept]);
  await page.reload();
  await page.locator('.editor-status', { hasText: 'could not be read by this version of the editor' }).waitFor();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Title').fill('A new draft');
  await page.waitForFunction(() => localStorage.getItem('factline-editor-draft')?.includes('A new draft'));
  assert.equal(await page.evaluate(() => localStorage.getItem('factline-editor-draft-unread')), kept);
  assert.equal(await page.evaluate(() => localStorage.getItem('factline-editor-draft-unread-2')), newer);
  await context.close();
});
