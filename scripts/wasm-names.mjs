// Shortens the names that a wasm-bindgen module and its JS glue call each
// other by (run by scripts/finish-html.mjs on the page's wasm).
//
// wasm-bindgen names every import after the web API it wraps plus a 16-digit
// hash (`__wbg_pushState_2566fa2fdc918d38`), and each name is written twice,
// in the wasm's import section and in the glue. Hashes do not compress: for
// the page's ~170 imports they cost about 5 KB gzipped of the first load. So
// each import module, import and export the glue uses gets a short name
// ("a", "b", …, "aa", …) in both files, as Emscripten does with its own glue.
//
// Only the import and export sections of the wasm are rewritten; every other
// byte is copied as it is. The glue is rewritten only where a name is used
// the way wasm-bindgen uses it, and a name found any other number of times
// stops the build: a change in wasm-bindgen's glue must fail loudly here, not
// give a page whose wasm cannot find its imports.

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** Reads an unsigned LEB128 number at `at`; returns it and where it ends. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [decoder.decode(bytes.subarray(start, start + length)), start + length];
}

function encodeName(name) {
  const utf8 = encoder.encode(name);
  return [...leb(utf8.length), ...utf8];
}

/** Where an import's description (its kind and type) ends. */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    let [, next] = readLeb(bytes, from);
    if (flags & 1) [, next] = readLeb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0x00: // function: its type index
      return readLeb(bytes, at)[1];
    case 0x01: // table: its element type, then its limits
      return limits(at + 1);
    case 0x02: // memory: its limits
      return limits(at);
    case 0x03: // global: its value type and mutability
      return at + 2;
    case 0x04: // tag: its attribute, then its type index
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`wasm-names: unknown import kind ${kind}`);
  }
}

/** The module's sections as [id, start, start of content, end]. */
function sections(bytes) {
  const found = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, content] = readLeb(bytes, at + 1);
    found.push([id, at, content, content + size]);
    at = content + size;
  }
  return found;
}

/** "a", "b", …, "Z", "aa", "ab", …: short names that are JS identifiers. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const count = letters.length ** length;
    for (let n = 0; n < count; n++) {
      let name = '';
      for (let rest = n, i = 0; i < length; i++, rest = Math.floor(rest / letters.length)) {
        name = letters[rest % letters.length] + name;
      }
      yield name;
    }
  }
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces `pattern`, which must match exactly `expected` times. */
function replaceCounted(glue, pattern, replacement, expected, what) {
  const count = [...glue.matchAll(pattern)].length;
  if (count !== expected) {
    throw new Error(`wasm-names: ${what} is in the glue ${count} times, not ${expected}`);
  }
  return glue.replace(pattern, replacement);
}

/**
 * Renames the imports and exports of `wasm` (a Uint8Array) that `glue` (the
 * wasm-bindgen JS that loads it) uses, in both. Returns the new wasm and glue.
 */
export function shortenWasmNames(wasm, glue) {
  const names = shortNames();
  const renamedModules = new Map();
  const parts = [wasm.subarray(0, 8)];
  for (const [id, sectionStart, start, end] of sections(wasm)) {
    const header = (content) => [id, ...leb(content.length)];
    if (id === IMPORT_SECTION) {
      const [count, first] = readLeb(wasm, start);
      const content = [...leb(count)];
      const importNames = shortNames();
      let at = first;
      for (let i = 0; i < count; i++) {
        const [module, afterModule] = readName(wasm, at);
        const [field, afterField] = readName(wasm, afterModule);
        const afterDescription = skipImportDescription(wasm, afterField);
        if (!renamedModules.has(module)) {
          const short = names.next().value;
          renamedModules.set(module, short);
          const quoted = new RegExp(`(["'])${escapeRegExp(module)}\\1`, 'g');
          glue = replaceCounted(glue, quoted, `"${short}"`, 1, `import module "${module}"`);
        }
        // Each import is a key of the module's import object, written once.
        const short = importNames.next().value;
        const key = new RegExp(`(?<![\\w$.])${escapeRegExp(field)}(?=\\s*:)`, 'g');
        glue = replaceCounted(glue, key, short, 1, `import ${field}`);
        content.push(...encodeName(renamedModules.get(module)), ...encodeName(short));
        content.push(...wasm.subarray(afterField, afterDescription));
        at = afterDescription;
      }
      if (at !== end) throw new Error('wasm-names: the import section has bytes after its imports');
      parts.push(Uint8Array.from([...header(content), ...content]));
    } else if (id === EXPORT_SECTION) {
      const [count, first] = readLeb(wasm, start);
      const exports = [];
      let at = first;
      for (let i = 0; i < count; i++) {
        const [name, afterName] = readName(wasm, at);
        const [, afterIndex] = readLeb(wasm, afterName + 1);
        exports.push([name, wasm.subarray(afterName, afterIndex)]);
        at = afterIndex;
      }
      const kept = new Set(exports.map(([name]) => name));
      const exportNames = shortNames();
      const content = [...leb(count)];
      for (const [name, kindAndIndex] of exports) {
        // The glue reads its exports as `wasm.NAME`; the ones it does not
        // read ("main") keep their names for other loaders.
        const used = new RegExp(`\\bwasm\\.${escapeRegExp(name)}\\b`, 'g');
        let short = name;
        if (name.length > 2 && glue.search(used) >= 0) {
          do short = exportNames.next().value;
          while (kept.has(short));
          glue = glue.replace(used, `wasm.${short}`);
        }
        content.push(...encodeName(short), ...kindAndIndex);
      }
      parts.push(Uint8Array.from([...header(content), ...content]));
    } else {
      parts.push(wasm.subarray(sectionStart, end));
    }
  }
  return { wasm: Buffer.concat(parts), glue };
}
