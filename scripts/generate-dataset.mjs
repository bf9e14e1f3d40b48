// Writes a synthetic factline dataset of N statements, for the benchmark and
// the scale tests: articles of 50 statements each, every kind of statement,
// a pool of people quoted across articles (so speakers merge), anonymous and
// group sources, figures with periods, and dates spread over two years.
// Every span is a byte range of its article's text, as the format requires.
//
//   node scripts/generate-dataset.mjs [--statements 5000] [--seed 1] [-o file.json]
//
// Without -o the dataset goes to stdout. The same arguments always give the
// same file.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const PER_ARTICLE = 50;
const FIRST = ['Maria', 'James', 'Amina', 'Kenji', 'Sofia', 'David', 'Leila', 'Tomasz', 'Grace', 'Omar', 'Ines', 'Victor', 'Hana', 'Pedro', 'Ruth', 'Samuel', 'Zofia', 'Arjun', 'Clara', 'Felix'];
const LAST = ['Alvarez', 'Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Nakamura', 'Haddad', 'Kowalski', 'Brennan', 'Osei'];
const ROLES = ['mayor', 'senator', 'spokesperson', 'economist', 'police chief', 'minister', 'union leader', 'professor', 'governor', 'director'];
const TOPICS = ['housing', 'border crossings', 'school funding', 'the transit budget', 'water rates', 'hospital beds', 'wildfire crews', 'shelter capacity', 'bus routes', 'tax credits'];
const UNITS = ['migrants', 'dollars', 'beds', 'buses', 'homes', 'workers'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A small seeded generator (mulberry32), so datasets are reproducible.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const day = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

// Text that tracks its own length in UTF-8 bytes, so spans come out right.
class Text {
  constructor() {
    this.parts = [];
    this.bytes = 0;
  }
  add(text) {
    const start = this.bytes;
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text);
    return { text, start, end: this.bytes };
  }
  toString() {
    return this.parts.join('');
  }
}

export function generateDataset(statements, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const people = [];
  for (const last of LAST) for (const first of FIRST) people.push({ name: `${first} ${last}`, role: pick(ROLES) });
  const articles = [];
  const start = Date.UTC(2023, 0, 1);
  const count = Math.ceil(statements / PER_ARTICLE);
  for (let a = 0; a < count; a++) {
    const published = new Date(start + Math.floor((a / count) * 730) * 86400000);
    const topic = pick(TOPICS);
    const text = new Text();
    const speakers = [];
    const speakerIds = new Map();
    const statementsOut = [];
    const figures = [];
    const times = [];
    const speakerFor = (person, kind = 'person') => {
      if (!speakerIds.has(person.name)) {
        const id = `p${speakers.length + 1}`;
        speakerIds.set(person.name, id);
        speakers.push({ id, name: person.name, role: person.role ?? null, kind, aliases: [] });
      }
      return speakerIds.get(person.name);
    };
    const here = Math.min(PER_ARTICLE, statements - a * PER_ARTICLE);
    for (let s = 0; s < here; s++) {
      const id = `s${s + 1}`;
      const roll = next();
      const person = roll < 0.1 ? { name: 'One official', role: null } : pick(people);
      const kind = roll < 0.1 ? 'anonymous' : 'person';
      const withFigure = next() < 0.35;
      const amount = Math.round(next() * 200) * 1000 + 1000;
      const unit = pick(UNITS);
      const figureText = `${amount.toLocaleString('en-US')} ${unit}`;
      const statement = { id, kind: 'direct', text: '', start: 0, end: 0, speaker: null, mention: null, cue: null, time: null, figures: [] };
      const addFigure = (span, period = null) => {
        const figureId = `f${figures.length + 1}`;
        figures.push({ id: figureId, text: span.text, start: span.start, end: span.end, value: amount, unit, qualifier: null, period });
        statement.figures.push(figureId);
      };
      const number = a * PER_ARTICLE + s;
      if (s % 3 === 0) {
        // “Quote,” said Name on Month D.
        text.add('“');
        const quoteStart = text.bytes;
        text.add(`We will not give up on ${topic}`);
        if (withFigure) {
          text.add(' while ');
          addFigure(text.add(figureText));
          text.add(' are waiting');
        }
        text.add(`, number ${number}`);
        const quoteEnd = text.bytes;
        text.add('”, said ');
        const mention = text.add(person.name);
        const said = new Date(published.getTime() - Math.floor(next() * 5) * 86400000);
        text.add(' on ');
        const when = text.add(`${MONTHS[said.getUTCMonth()]} ${said.getUTCDate()}`);
        text.add('.\n\n');
        const timeId = `t${times.length + 1}`;
        times.push({ id: timeId, text: when.text, start: when.start, end: when.end, resolved: { start: day(said), end: day(said) } });
        Object.assign(statement, { kind: 'direct', start: quoteStart, end: quoteEnd, speaker: speakerFor(person, kind), mention: { text: mention.text, start: mention.start, end: mention.end }, cue: 'said', time: timeId });
      } else if (s % 3 === 1) {
        // Name said that claim.
        const mention = text.add(person.name);
        text.add(' said that ');
        const claim = text.add(`the plan for ${topic} needs more time (${number})`);
        text.add('.\n\n');
        Object.assign(statement, { kind: 'indirect', start: claim.start, end: claim.end, speaker: speakerFor(person, kind), mention: { text: mention.text, start: mention.start, end: mention.end }, cue: 'said' });
      } else {
        // A sentence with a figure over a month.
        const sentenceStart = text.bytes;
        const month = MONTHS[(published.getUTCMonth() + 11) % 12];
        const monthSpan = text.add(`In ${month}`);
        text.add(' the city counted ');
        const figure = text.add(figureText);
        const end = text.add(` linked to ${topic} (${number}).`).end;
        text.add('\n\n');
        const year = published.getUTCMonth() === 0 ? published.getUTCFullYear() - 1 : published.getUTCFullYear();
        const monthIndex = MONTHS.indexOf(month);
        const last = new Date(Date.UTC(year, monthIndex + 1, 0));
        const timeId = `t${times.length + 1}`;
        times.push({ id: timeId, text: monthSpan.text, start: monthSpan.start, end: monthSpan.end, resolved: { start: day(new Date(Date.UTC(year, monthIndex, 1))), end: day(last) } });
        addFigure(figure, timeId);
        Object.assign(statement, { kind: 'narration', start: sentenceStart, end });
      }
      statementsOut.push(statement);
    }
    const body = text.toString();
    const bytes = Buffer.from(body);
    for (const statement of statementsOut) {
      statement.text = bytes.subarray(statement.start, statement.end).toString();
    }
    articles.push({
      id: `a${a + 1}`,
      title: `Synthetic report ${a + 1} on ${topic}`,
      source: 'factline generator',
      url: null,
      published: day(published),
      text: body,
      speakers,
      statements: statementsOut,
      figures,
      times,
    });
  }
  return { version: 1, articles };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const dataset = JSON.stringify(generateDataset(Number(option('--statements', '5000')), Number(option('--seed', '1'))));
  const out = option('-o', null);
  if (out) writeFileSync(out, dataset);
  else process.stdout.write(dataset);
}
