// The pages' Content-Security-Policy, in one place: the build writes it into
// every page as a <meta> (scripts/finish-html.mjs), and the test server can
// send it as a header (scripts/serve.mjs). Everything comes only from the
// site (default-src 'self': no inline scripts or styles, no data: images),
// scripts with WebAssembly allowed, and datasets also from the origins listed
// in static/dataset-origins.txt. It says no more than that: every byte of it
// is in the first load.
import { readFileSync } from 'node:fs';

export function pagePolicy(datasetOrigins = []) {
  const connect = ["'self'", ...datasetOrigins].join(' ');
  return `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src ${connect}`;
}

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
