#!/usr/bin/env node
// Test-only: a copy of the built site whose wasm has the `fault` feature
// (`?fault=trap` traps on the first slider move), for the end-to-end test of
// the crash message. Never shipped.
//
//   node tools/fault-dist.mjs <dist> <wasm-bindgen out dir> <target dir>
//
// The copy keeps dist's HTML (without its integrity hashes), CSS and loader;
// the JS glue and wasm that index.html names are replaced by the fault build's.
import fs from 'node:fs';
import path from 'node:path';

const [dist, pkg, out] = process.argv.slice(2);
if (!dist || !pkg || !out) {
  console.error('usage: node tools/fault-dist.mjs <dist> <wasm-bindgen out dir> <target dir>');
  process.exit(2);
}
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const attr = (name) => {
  const m = html.match(new RegExp(`${name}=["']?([^"' >]+)`));
  if (!m) {
    console.error(`fault-dist: ${name} not found in ${dist}/index.html`);
    process.exit(1);
  }
  return path.basename(m[1]);
};
const [js, wasm] = [attr('data-js'), attr('data-wasm')];
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(dist, out, { recursive: true });
fs.copyFileSync(path.join(pkg, 'two-economies.js'), path.join(out, js));
// The preload hashes (subresource integrity) were for the release files.
fs.writeFileSync(path.join(out, 'index.html'), html.replace(/\s+integrity=("[^"]*"|'[^']*'|[^\s>]+)/g, ''));
fs.copyFileSync(path.join(pkg, 'two-economies_bg.wasm'), path.join(out, wasm));
console.log(`fault-dist: ${out} (${js}, ${wasm} from the fault build)`);
