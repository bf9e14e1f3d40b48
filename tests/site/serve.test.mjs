// scripts/serve.mjs compresses like GitHub Pages: gzip for text, JSON and
// wasm when the browser accepts it, the file as it is otherwise.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { gunzipSync } from 'node:zlib';

import { serve } from '../../scripts/serve.mjs';

const get = (url, headers) =>
  new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });

test('text, JSON and wasm go gzipped to browsers that accept it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factline-serve-'));
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...new Array(200).fill(0)]);
  writeFileSync(join(dir, 'app.wasm'), wasm);
  writeFileSync(join(dir, 'favicon.png'), wasm);
  const { server, url } = await serve({ dir, routes: { '/data.json': { type: 'application/json', body: '{"a":1}' } } });
  try {
    const gzipped = await get(`${url}app.wasm`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gzipped.headers.vary, 'accept-encoding');
    assert.deepEqual(gunzipSync(gzipped.body), wasm);
    assert.ok(gzipped.body.length < wasm.length);
    const again = await get(`${url}app.wasm`, { 'accept-encoding': 'gzip' });
    assert.deepEqual(again.body, gzipped.body, 'the second answer is the same compressed file');

    const plain = await get(`${url}app.wasm`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, wasm);

    const image = await get(`${url}favicon.png`, { 'accept-encoding': 'gzip' });
    assert.equal(image.headers['content-encoding'], undefined, 'images are compressed already');

    const route = await get(`${url.replace(/\/$/, '')}/data.json`, { 'accept-encoding': 'gzip' });
    assert.equal(route.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(route.body).toString(), '{"a":1}');
  } finally {
    server.close();
  }
});
