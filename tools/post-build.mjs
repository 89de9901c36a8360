#!/usr/bin/env node
// Trunk post-build hook: the steps that rewrite index.html, one after the
// other (Trunk starts the hooks of one stage together, and two writers of
// the same file would race): minify the JS glue, then ship the Chinese text
// apart. Each step documents itself; both run on release builds only.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const step of ['minify-glue.mjs', 'split-zh.mjs']) {
  const r = spawnSync(process.execPath, [path.join(here, step), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
