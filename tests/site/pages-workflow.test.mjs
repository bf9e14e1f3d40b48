// The GitHub Pages workflow cannot run here; this checks that it is valid
// YAML of the shape GitHub expects, and that it builds with the project's own
// pinned set-up and publishes dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { parse } from 'yaml';

const workflow = parse(readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8'));
const uses = (job) => workflow.jobs[job].steps.map((step) => step.uses).filter(Boolean);
const runs = (job) => workflow.jobs[job].steps.map((step) => step.run ?? '').join('\n');

test('the workflow runs on pushes to main and by hand', () => {
  assert.deepEqual(workflow.on.push.branches, ['main']);
  assert.ok('workflow_dispatch' in workflow.on);
});

test('it has the permissions Pages deployments need, and no more', () => {
  assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
});

test('the build job uses the pinned set-up and uploads dist/', () => {
  assert.match(runs('build'), /scripts\/setup --build-only/);
  assert.match(runs('build'), /trunk build --release/);
  const setup = readFileSync(new URL('../../scripts/setup', import.meta.url), 'utf8');
  const rust = runs('build').match(/rustup toolchain install (\S+)/)[1];
  assert.match(rust, /^\d+\.\d+\.\d+$/, 'the Rust toolchain is pinned');
  assert.match(setup, /TRUNK_VERSION=0\.21\.14/);
  const upload = workflow.jobs.build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.equal(upload.with.path, 'dist');
  assert.ok(uses('build').some((name) => name.startsWith('actions/configure-pages@')));
});

test('the build names the address Pages publishes at, for the oEmbed answer', () => {
  const steps = workflow.jobs.build.steps;
  const pages = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
  const build = steps.findIndex((step) => /trunk build --release/.test(step.run ?? ''));
  assert.ok(pages >= 0 && pages < build, 'configure-pages runs before the build');
  assert.equal(steps[build].env.FACTLINE_SITE_URL, `\${{ steps.${steps[pages].id}.outputs.base_url }}/`);
});

test('the deploy job deploys the artifact to the github-pages environment', () => {
  assert.deepEqual(workflow.jobs.deploy.needs, 'build');
  assert.equal(workflow.jobs.deploy.environment.name, 'github-pages');
  assert.ok(uses('deploy').some((name) => name.startsWith('actions/deploy-pages@')));
});
