#!/usr/bin/env node
// Trunk post-build step: copies the locale data files the app names into
// <staging>/i18n/, where the page fetches them when a reader picks a
// language (see src/i18n.rs and docs/translating.md).
//
//   node tools/locales.mjs [staging dir]     (default: $TRUNK_STAGING_DIR)
//
// build.rs writes each language's file into its OUT_DIR/i18n/, named
// <lang>-<hash>.txt where <hash> is the FNV-1a 64 hash of the content. This
// step looks under the cargo target directory ($CARGO_TARGET_DIR, else
// ./target) for the newest build-script folder whose files the built wasm
// names (the app's `Lang::file()`), checks each file's content against the
// hash in its name, and copies them, so a stale file of another build is
// never shipped.
// Runs for every profile (a debug `trunk serve` needs the files too).
import fs from 'node:fs';
import path from 'node:path';

function die(msg, fix) {
  console.error(`locales: ${msg}`);
  if (fix) console.error(`locales: ${fix}`);
  process.exit(1);
}

const staging = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!staging) die('no staging directory (pass one, or run as a Trunk hook)');
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const target = process.env.CARGO_TARGET_DIR
  ? path.resolve(source, process.env.CARGO_TARGET_DIR)
  : path.join(source, 'target');

/** FNV-1a, 64 bits, as 16 hex digits (the same as build/i18n.rs `fnv`). */
function fnv(buf) {
  let h = 0xcbf29ce484222325n;
  for (const b of buf) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

const wasmFile = fs.readdirSync(staging).find((f) => f.endsWith('.wasm'));
if (!wasmFile) die(`no .wasm in ${staging}`);
const text = fs.readFileSync(path.join(staging, wasmFile)).toString('latin1');

// Build-script output folders, newest first; the first whose hashed files
// the wasm names (all of them) is this build's.
const dirs = [];
const wasmTarget = path.join(target, 'wasm32-unknown-unknown');
for (const profile of fs.existsSync(wasmTarget) ? fs.readdirSync(wasmTarget) : []) {
  const build = path.join(wasmTarget, profile, 'build');
  if (!fs.existsSync(build)) continue;
  for (const d of fs.readdirSync(build)) {
    const i18n = path.join(build, d, 'out', 'i18n');
    if (d.startsWith('two-economies-') && fs.existsSync(i18n)) dirs.push(i18n);
  }
}
dirs.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
const hashed = (d) => fs.readdirSync(d).filter((f) => /-[0-9a-f]{16}\.txt$/.test(f));
const mine = dirs.find((d) => hashed(d).length > 0 && hashed(d).every((f) => text.includes(f)));
if (!mine) die(`no locale files named by ${wasmFile} under ${wasmTarget}`, 'Run the build again (trunk build); if CARGO_TARGET_DIR is set, make sure the hook sees it.');
const names = hashed(mine);

const outDir = path.join(staging, 'i18n');
fs.mkdirSync(outDir, { recursive: true });
for (const name of names) {
  const found = path.join(mine, name);
  if (fnv(fs.readFileSync(found)) !== name.slice(-20, -4)) die(`${found}: its content does not match the hash in its name`, 'Run the build again (trunk build).');
  fs.copyFileSync(found, path.join(outDir, name));
  console.log(`locales: ${name} (${(fs.statSync(found).size / 1024).toFixed(1)} KB)`);
}
