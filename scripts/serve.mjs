// A small static file server for dist/: the run command and the browser tests
// both use it, so what a person sees is what the tests see.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--base /] [--csp]
//
// --base serves the folder under a sub-path (like GitHub Pages' /factline/);
// --csp sends the strict Content-Security-Policy the page must run under
// (scripts/csp.mjs), with the hashes of each page's own inline code.
// Like GitHub Pages, it gzips text, JSON and wasm for browsers that accept
// it, so what goes over the wire (and over a throttled network in
// scripts/bench-ui.mjs) is what readers download.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { strictPolicy } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript)|image\/svg\+xml)/;

// Gzipped bodies, the latest version of each file and each route's body, so
// that the wasm and a large test dataset are compressed once, not at every
// request, and a file whose gzipped copy is current is not read again.
const gzippedFiles = new Map();
const gzippedBodies = new WeakMap();
async function gzip(body, file) {
  if (file) {
    const cached = gzippedFiles.get(file.path);
    if (cached?.version === file.version) return cached.compressed;
    const compressed = gzipSync(await file.read());
    gzippedFiles.set(file.path, { version: file.version, compressed });
    return compressed;
  }
  if (typeof body !== 'object') return gzipSync(body);
  let compressed = gzippedBodies.get(body);
  if (!compressed) gzippedBodies.set(body, (compressed = gzipSync(body)));
  return compressed;
}

// The bundled dataset as scripts/finish-html.mjs writes it into the pages.
const INLINE_DATASET = /<script type=application\/json id=dataset>[\s\S]*?<\/script>/;

// Starts serving `dir` and resolves to { server, url } once it listens.
// `csp`, a function of a page's HTML, gives the policy to send with it.
// `routes` maps extra absolute paths to { status, type, body, delay } for test
// pages; `delay` (milliseconds) holds the answer back, like a slow network.
// Routing the bundled dataset's address stands for a site built with another
// dataset: its pages are then served without the bundled one inline, so that
// the app fetches the routed file.
export function serve({ dir = 'dist', port = 0, base = '/', csp = null, routes = {}, headers = {} } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const bundledRouted = Object.keys(routes).some((path) => path.endsWith('/dataset.json'));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    // A file comes as { path, version, read } instead of a body.
    // A page's policy, when one is sent, is a function of its HTML, which
    // then comes as text.
    const send = async (status, type, body, file = null) => {
      const head = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding', ...headers };
      if (csp && type.startsWith('text/html')) {
        if (file) [body, file] = [await file.read(), null];
        head['content-security-policy'] = csp(String(body));
      }
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        head['content-encoding'] = 'gzip';
        body = await gzip(body, file);
      } else if (file) {
        body = await file.read();
      }
      res.writeHead(status, head);
      res.end(body);
    };
    const route = routes[path];
    if (route) {
      if (route.delay) await new Promise((wait) => setTimeout(wait, route.delay));
      return send(route.status ?? 200, route.type, route.body);
    }
    if (!path.startsWith(prefix)) return send(404, 'text/plain', 'not found');
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return send(403, 'text/plain', 'forbidden');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const { mtimeMs, size } = info;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (bundledRouted && type.startsWith('text/html')) {
        return send(200, type, (await readFile(file, 'utf8')).replace(INLINE_DATASET, ''));
      }
      await send(200, type, null, { path: file, version: `${mtimeMs}:${size}`, read: () => readFile(file) });
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ server, url: `http://127.0.0.1:${server.address().port}${prefix}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const { url } = await serve({
    dir: option('--dir', 'dist'),
    port: Number(option('--port', '8080')),
    base: option('--base', '/'),
    csp: args.includes('--csp') ? strictPolicy : null,
  });
  console.log(`factline is served at ${url} (Ctrl-C stops it)`);
}
