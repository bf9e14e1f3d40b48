// scripts/wasm-names.mjs on a small hand-made module and glue shaped like
// wasm-bindgen's: the renamed pair still runs, and a glue that does not use
// a name the way wasm-bindgen does stops the build. (The browser tests run
// the page's real wasm and glue, renamed by the build.)
import assert from 'node:assert/strict';
import test from 'node:test';

import { shortenWasmNames } from '../../scripts/wasm-names.mjs';

const name = (text) => [text.length, ...Buffer.from(text)];
const section = (id, content) => [id, content.length, ...content];
const MODULE = './factline_bg.js';
const IMPORT = '__wbg_log_0123456789abcdef';
const EXPORT = '__wbindgen_start';

// One imported function and one exported function that calls it.
const wasm = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 0]),
  ...section(2, [1, ...name(MODULE), ...name(IMPORT), 0x00, 0]),
  ...section(3, [1, 0]),
  ...section(7, [1, ...name(EXPORT), 0x00, 1]),
  ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
]);

const glue = `
let wasm;
const imports = {
    "${MODULE}": {
        __proto__: null,
        ${IMPORT}: function() { calls.push('log'); },
    },
};
wasm = new WebAssembly.Instance(module, imports).exports;
wasm.${EXPORT}();
`;

const run = (bytes, code) => {
  const calls = [];
  new Function('module', 'calls', code)(new WebAssembly.Module(bytes), calls);
  return calls;
};

test('the renamed module and glue still call each other', () => {
  assert.deepEqual(run(wasm, glue), ['log'], 'the hand-made pair runs before renaming');
  const short = shortenWasmNames(wasm, glue);
  assert.deepEqual(run(short.wasm, short.glue), ['log']);
  const module = new WebAssembly.Module(short.wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [{ module: 'a', name: 'a', kind: 'function' }]);
  assert.deepEqual(WebAssembly.Module.exports(module), [{ name: 'a', kind: 'function' }]);
  assert.ok(short.wasm.length < wasm.length, 'the wasm got smaller');
  for (const long of [MODULE, IMPORT, EXPORT]) {
    assert.ok(!short.glue.includes(long), `the glue no longer names ${long}`);
  }
});

test('a glue that names an import other than once stops the build', () => {
  assert.throws(() => shortenWasmNames(wasm, glue.replace(`${IMPORT}:`, 'log:')), /import __wbg_log_0123456789abcdef is in the glue 0 times/);
  const twice = glue.replace('__proto__: null,', `__proto__: null, ${IMPORT}: null,`);
  assert.throws(() => shortenWasmNames(wasm, twice), /import __wbg_log_0123456789abcdef is in the glue 2 times/);
});
