// The pages' Content-Security-Policy, in one place: the build writes it into
// every page as a <meta> (scripts/finish-html.mjs), and the test server can
// send it as a header (scripts/serve.mjs). Everything comes only from the
// site (default-src 'self': no inline scripts or styles but those named by
// their hash, no style attributes, no data: images), scripts with
// WebAssembly allowed, and datasets also from the origins listed in
// static/dataset-origins.txt. The pages' small critical code (the
// stylesheet, the gate that shows the build-time picture, Trunk's loader)
// is inline so that nothing is fetched before the first paint, and each
// piece is allowed by the hash of its exact text: a page's own inline code
// runs, and no other (no 'unsafe-inline'). It says no more than that: every
// byte of it is in the first load.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function pagePolicy(datasetOrigins = [], { scripts = [], styles = [] } = {}) {
  const connect = ["'self'", ...datasetOrigins].join(' ');
  const script = ["'self'", "'wasm-unsafe-eval'", ...scripts].join(' ');
  const style = styles.length ? `; style-src 'self' ${styles.join(' ')}` : '';
  return `default-src 'self'; script-src ${script}${style}; connect-src ${connect}`;
}

const hash = (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

// The hash sources of the inline scripts and stylesheets of `html`, each
// once. A JSON script element is a data block, which no browser runs and
// the policy does not govern.
export function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes) && !/\stype="?application\/json/.test(attributes))
    .map(([, , code]) => hash(code));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, code]) => hash(code));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

// The strict policy for a page: only its own inline code, by hash.
export const strictPolicy = (html) => pagePolicy([], inlineHashes(html));

// The origins listed in a dataset-origins file: one a line, comments after #.
// A line that is not exactly an http(s) origin stops the build, since a typo
// would otherwise quietly refuse (or allow) a newsroom's data.
export function readDatasetOrigins(path) {
  const origins = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/#.*/, '').trim();
      if (!line) return;
      let url = null;
      try {
        url = new URL(line);
      } catch {
        // Reported below with the line.
      }
      if (!url || url.origin !== line || !/^https?:$/.test(url.protocol)) {
        throw new Error(`${path}:${index + 1}: "${line}" is not an origin like https://data.example.org`);
      }
      origins.push(url.origin);
    });
  return origins;
}
