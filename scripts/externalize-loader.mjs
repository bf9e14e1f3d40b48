// Trunk's post-build hook: moves the inline module script that starts the app
// into its own file, so the page runs under a Content-Security-Policy without
// 'unsafe-inline' (script-src 'self'). The file name carries a hash of its
// content, like Trunk's own assets, so caches never serve a stale loader.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set; run me as a Trunk hook');
  process.exit(1);
}
const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)].filter((match) => !/\ssrc=/.test(match[1]));
if (scripts.length !== 1) {
  console.error(`externalize-loader: expected one inline module script in index.html, found ${scripts.length}`);
  process.exit(1);
}
const [whole, , code] = scripts[0];
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `loader-${hash}.js`;
writeFileSync(join(staging, name), code.trim() + '\n');
writeFileSync(indexPath, html.replace(whole, `<script type="module" src="./${name}"></script>`));
