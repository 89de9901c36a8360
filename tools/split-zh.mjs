#!/usr/bin/env node
// Trunk post-build step (release builds): ships the Chinese text apart, so an
// English reader does not download it.
//
//   node tools/split-zh.mjs [<staging dir>]   (default: $TRUNK_STAGING_DIR)
//
// Every string literal of the app is a symbol in the wasm's read-only data;
// the linker's map (written by build.rs's --Map flag) says where each lies.
// Each literal that is whole UTF-8 text with Chinese characters in it, and
// that no English page shows (the fact base, the English chapters and the
// English UI table may quote Chinese), has those characters' bytes set to 0:
// lengths stay, so nothing moves. The original bytes go to zh-<hash>.bin
// ("ZHP1", then per literal: u32 address, u32 length, bytes; little-endian),
// named on the page's loader script as data-zh. A marker literal
// (two-economies:zh-text:1) is flipped to :0, so the app knows to fetch and
// restore the patch (src/zh.rs) before it shows Chinese. The wasm's
// integrity hash in index.html is updated.
//
// Format strings with placeholders are not whole UTF-8 (their pieces carry
// length bytes) and stay in the wasm, as does anything the map does not name.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dataSegments, fileOffset, PATCH_MAGIC, MARK_FULL, MARK_SPLIT } from './wasm-data.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
function die(msg, what) {
  console.error(`split-zh: ${msg}\nWhat to do: ${what}`);
  process.exit(1);
}
if (!dir) die('no directory', 'pass the built site directory, or run as a Trunk hook');
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const htmlFile = path.join(dir, 'index.html');
let html = fs.readFileSync(htmlFile, 'utf8');
const wm = html.match(/data-wasm=["']?\.?\/?([^"' >]+\.wasm)/);
if (!wm) die(`no data-wasm attribute in ${htmlFile}`, 'check index.html\'s pattern_script in Trunk.toml');
const wasmFile = path.join(dir, path.basename(wm[1]));
const wasm = fs.readFileSync(wasmFile);
const before = Buffer.from(wasm);

const target = process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target');
const mapFile = path.join(target, 'wasm32-unknown-unknown', 'release', 'two-economies.map');
if (!fs.existsSync(mapFile)) die(`${mapFile} is missing`, 'build with build.rs\'s --Map link flag (trunk build --release)');

const segs = dataSegments(wasm);
// The marker: exactly one, in the data.
const at = [];
for (let i = wasm.indexOf(MARK_FULL); i >= 0; i = wasm.indexOf(MARK_FULL, i + 1)) at.push(i);
if (wasm.includes(MARK_SPLIT)) {
  console.log('split-zh: already split');
  process.exit(0);
}
if (at.length !== 1) die(`found the marker ${at.length} times in ${wasmFile}`, 'check src/zh.rs (its MARK must be in the wasm once)');
const seg = segs.find((s) => at[0] >= s.file && at[0] < s.file + s.len);
if (!seg) die('the marker is not in a data segment', 'check src/zh.rs');
const markAddr = seg.addr + (at[0] - seg.file);

// .rodata symbols from the map: "  <addr> <off> <size>  <obj>:(.rodata.<name>)".
const syms = [];
for (const line of fs.readFileSync(mapFile, 'utf8').split('\n')) {
  const m = line.match(/^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S*\(\.rodata\.([^)]*)\)\s*$/);
  if (m) syms.push({ addr: parseInt(m[1], 16), size: parseInt(m[2], 16), name: m[3] });
}
if (!syms.some((s) => s.addr <= markAddr && markAddr + MARK_FULL.length <= s.addr + s.size)) {
  die(`${mapFile} does not match ${wasmFile} (no symbol at the marker's address)`, 'rebuild: touch src/main.rs && trunk build --release');
}

// Text an English page shows that may contain Chinese: never blanked.
const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const listDir = (p) => fs.readdirSync(path.join(ROOT, p)).map((f) => `${p}/${f}`);
const textRs = read('src/text.rs');
const en = textRs.slice(textRs.indexOf('static EN: Strings'), textRs.indexOf('static ZH: Strings'));
if (!en) die('no EN table in src/text.rs', 'update tools/split-zh.mjs to the new layout');
const english = [
  en,
  ...listDir('assets/data').filter((f) => f.endsWith('.csv')).map(read),
  ...listDir('assets/story/en').filter((f) => f.endsWith('.md')).map(read),
].join('\n');

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
const decoder = new TextDecoder('utf-8', { fatal: true });
const entries = [];
let kept = 0;
let blanked = 0;
for (const s of syms) {
  const off = fileOffset(segs, s.addr, s.size);
  if (off === null || s.size === 0) continue;
  const bytes = wasm.subarray(off, off + s.size);
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    continue; // not text (a table, a format string's pieces)
  }
  if (!CJK.test(text)) continue;
  if (english.includes(text)) {
    kept++;
    continue;
  }
  entries.push({ addr: s.addr, bytes: Buffer.from(bytes) });
  // Blank each Chinese character's bytes (0 is valid UTF-8: no reader of
  // the string can fail on it).
  let i = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (CJK.test(ch)) {
      bytes.fill(0, i, i + n);
      blanked += n;
    }
    i += n;
  }
}
if (!entries.length) die('no Chinese literal found', 'check the link map and src/text.rs');
MARK_SPLIT.copy(wasm, at[0]);

const parts = [PATCH_MAGIC];
for (const e of entries) {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(e.addr, 0);
  head.writeUInt32LE(e.bytes.length, 4);
  parts.push(head, e.bytes);
}
const patch = Buffer.concat(parts);
const name = `zh-${crypto.createHash('sha256').update(patch).digest('hex').slice(0, 16)}.bin`;
fs.writeFileSync(path.join(dir, name), patch);
fs.writeFileSync(wasmFile, wasm);

const sri = (b) => `sha384-${crypto.createHash('sha384').update(b).digest('base64')}`;
html = html.split(sri(before)).join(sri(wasm));
html = html.replace(/(data-wasm=["']?[^"' >]+\.wasm["']?)/, `$1 data-zh=./${name}`);
fs.writeFileSync(htmlFile, html);

const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `split-zh: ${entries.length} Chinese literals (${blanked} bytes) moved to ${name} ` +
    `(${kb(br(patch))} KB brotli); wasm ${kb(br(before))} → ${kb(br(wasm))} KB brotli; ` +
    `${kept} literals an English page shows stay`,
);
