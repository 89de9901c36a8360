#!/usr/bin/env node
// Trunk post-build hook: the steps that rewrite index.html, one after the
// other (Trunk starts the hooks of one stage together, and two writers of
// the same file would race): copy the locale data files (every profile),
// minify the JS glue, then pack the offline single file from the result, so
// `trunk build --release` alone writes the whole site. Each step documents
// itself.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
for (const step of ['locales.mjs', 'minify-glue.mjs']) {
  const r = spawnSync(process.execPath, [path.join(here, step), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!process.env.TRUNK_PROFILE || process.env.TRUNK_PROFILE === 'release') {
  if (!dir) {
    console.error('post-build: no staging directory (pass one, or run as a Trunk hook)');
    process.exit(1);
  }
  const r = spawnSync(process.execPath, [path.join(here, 'offline.mjs'), dir], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
