#!/usr/bin/env node
// Trunk post-build hook (release builds): minifies wasm-bindgen's JS glue with
// terser, which Trunk's own minifier cannot parse (it stops at `export
// default`), and updates the page's subresource-integrity hash for it.
// 50 KB → 23 KB raw, 7.4 → 5.9 KB brotli.
//
//   node tools/minify-glue.mjs [<staging dir>]   (default: $TRUNK_STAGING_DIR)
//
// terser is installed by scripts/setup.sh into the tools directory
// ($TWO_ECONOMIES_TOOLS, default ~/.cache/two-economies). Without it the build
// still succeeds, with the glue unminified and a warning.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-glue: no directory (pass one, or run as a Trunk hook)');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const tools = process.env.TWO_ECONOMIES_TOOLS || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'two-economies');
let minify;
try {
  ({ minify } = createRequire(path.join(tools, 'terser', 'package.json'))('terser'));
} catch {
  console.warn(`minify-glue: terser not found in ${tools}/terser (bash scripts/setup.sh installs it); the JS glue ships unminified`);
  process.exit(0);
}

const htmlFile = path.join(dir, 'index.html');
const html = fs.readFileSync(htmlFile, 'utf8');
const m = html.match(/data-js=["']?\.?\/?([^"' >]+\.js)/);
if (!m) {
  console.error(`minify-glue: no data-js attribute in ${htmlFile}`);
  process.exit(1);
}
const jsFile = path.join(dir, path.basename(m[1]));
const before = fs.readFileSync(jsFile);
const sri = (b) => `sha384-${crypto.createHash('sha384').update(b).digest('base64')}`;
const out = await minify(before.toString('utf8'), {
  module: true,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});
const after = Buffer.from(out.code);
fs.writeFileSync(jsFile, after);
const oldHash = sri(before);
if (html.includes(oldHash)) fs.writeFileSync(htmlFile, html.split(oldHash).join(sri(after)));
console.log(`minify-glue: ${path.basename(jsFile)} ${before.length} → ${after.length} bytes${html.includes(oldHash) ? ', integrity updated' : ''}`);
