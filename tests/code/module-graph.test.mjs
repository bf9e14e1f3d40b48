// Guards the one-way layering of the code: no module imports another that
// imports it back, directly or through others, at any level of the module
// tree. A circle means two stages cannot be read, tested or changed apart.
//
// The graph is read from the sources: every `crate::a::b` path (in `use`
// items and in expressions) and every `super::sibling` path is an edge from
// the module that writes it to the deepest module it names. An edge is
// counted between the two children of the modules' closest common ancestor,
// so `speech::quotes -> speakers` and `speakers -> speech::cues` make a
// circle between `speech` and `speakers`. A module's use of its ancestors
// (`super::Entity` from `speakers/index.rs`) is how a folder shares its
// types with its parts, and is not an edge. Test modules (`#[cfg(test)]` to
// the end of a file) may use any stage.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The module path of a source file: `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`. */
function modulePath(src, file) {
  const parts = relative(src, file).split(sep);
  const last = parts.pop().replace(/\.rs$/, '');
  if (last !== 'mod' && last !== 'lib' && last !== 'main') parts.push(last);
  return parts;
}

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bin' ? [] : rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/** The code of a file without its comments and its test module. */
function codeOf(file) {
  const source = readFileSync(file, 'utf8');
  const tests = source.search(/#\[cfg\(test\)\]\s*mod tests/);
  return (tests < 0 ? source : source.slice(0, tests))
    .replace(/\/\/.*$/gm, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/**
 * The module paths a file names: `crate::a::b::c`, `super::a::b` and the
 * members of `use crate::{a, b::c}` groups, as lists of segments.
 */
function namedPaths(code, self) {
  const paths = [];
  for (const match of code.matchAll(/\b(crate|super)((?:::\w+)*)(::\{([^}]*)\})?/g)) {
    const base = match[1] === 'crate' ? [] : self.slice(0, -1);
    const head = [...base, ...match[2].split('::').filter(Boolean)];
    const members = match[4] ? match[4].split(',').map((m) => m.trim().split('::')[0]) : [''];
    for (const member of members) paths.push(member ? [...head, member] : head);
  }
  return paths;
}

function graphOf(crate) {
  const src = join(root, crate, 'src');
  // A package with a library is read from its `lib.rs`; `main.rs` is then a
  // binary of its own that uses the library.
  const files = rustFiles(src);
  const library = files.some((file) => relative(src, file) === 'lib.rs');
  const modules = new Map(
    files
      .filter((file) => !(library && relative(src, file) === 'main.rs'))
      .map((file) => [modulePath(src, file).join('::'), file]),
  );
  // What the crate root re-exports (`pub use record::{analyze, Analysis}`)
  // is named as `crate::analyze` but belongs to its module.
  const reexports = new Map();
  const rootFile = modules.get('');
  for (const match of rootFile ? codeOf(rootFile).matchAll(/pub use (\w+)::\{?([\w\s,]*)\}?;/g) : []) {
    for (const name of match[2].split(',').map((n) => n.trim()).filter(Boolean)) {
      reexports.set(name, match[1]);
    }
  }
  const deepest = (named) => {
    const path = reexports.has(named[0]) ? [reexports.get(named[0]), ...named] : named;
    for (let n = path.length; n > 0; n--) {
      const name = path.slice(0, n).join('::');
      if (modules.has(name)) return path.slice(0, n);
    }
    return null;
  };
  // For each parent module, the edges among its children.
  const levels = new Map();
  for (const [name, file] of modules) {
    const from = name ? name.split('::') : [];
    for (const path of namedPaths(codeOf(file), from)) {
      const to = deepest(path);
      if (!to) continue;
      let common = 0;
      while (common < from.length && common < to.length && from[common] === to[common]) common++;
      if (common === from.length || common === to.length) continue;
      const parent = from.slice(0, common).join('::');
      const edges = levels.get(parent) ?? new Map();
      const a = from[common];
      const b = to[common];
      edges.set(a, (edges.get(a) ?? new Set()).add(b));
      levels.set(parent, edges);
    }
  }
  return levels;
}

/** The groups of modules of one level that reach each other, each sorted. */
function circlesIn(edges) {
  const reach = (start) => {
    const seen = new Set();
    const todo = [...(edges.get(start) ?? [])];
    while (todo.length) {
      const node = todo.pop();
      if (!seen.has(node)) {
        seen.add(node);
        todo.push(...(edges.get(node) ?? []));
      }
    }
    return seen;
  };
  const reached = new Map([...edges.keys()].map((node) => [node, reach(node)]));
  const groups = new Set();
  for (const [node, seen] of reached) {
    const group = [...seen].filter((other) => reached.get(other)?.has(node));
    if (group.length) groups.add(group.sort().join(', '));
  }
  return [...groups];
}

for (const crate of ['crates/factline-core', '.', 'crates/factline-cli']) {
  test(`no module of ${crate === '.' ? 'the app' : crate} imports one that imports it back`, () => {
    const circles = [];
    for (const [parent, edges] of graphOf(crate)) {
      for (const circle of circlesIn(edges)) circles.push(`${parent || 'crate'}: ${circle}`);
    }
    assert.deepEqual(circles, []);
  });
}

test('the graph reader sees the edges a circle is made of', () => {
  const levels = graphOf('crates/factline-core');
  const record = levels.get('')?.get('record') ?? new Set();
  for (const stage of ['segment', 'times', 'figures', 'speech', 'speakers']) {
    assert.ok(record.has(stage), `record uses ${stage}`);
  }
  const made = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a', 'd'])]]);
  assert.deepEqual(circlesIn(made), ['a, b, c']);
});
