#!/usr/bin/env node
// Transfer-size report for the built site.
//
//   node tools/size-report.mjs dist [--budget-kb 120] [--check]
//
// With --check it exits 1 when an English page is over the budget or the
// Chinese text over its allowance (for the test command, once the page is
// within budget); without it, it only reports and exits 0.
//
// Every file under the directory: raw, gzip -9 and brotli q11 sizes, sorted by
// brotli size, a TOTAL row, then
//   budget: an English page loads X.X KB brotli of Y KB (within|OVER)
//   chinese text: Z KB brotli more for a Chinese page (…)
// (or "budget: total brotli …" for a build without the Chinese patch).
// Files for other sites that the explainer itself never loads (embed.js for
// pages that embed it, the oEmbed descriptions) are listed after the budget
// line with their own total, and not counted against the budget.
// 1 KB = 1024 bytes. Always exits 0: this is a report, not a test.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

function usage(msg) {
  if (msg) console.error(msg);
  console.error('usage: node tools/size-report.mjs <dir> [--budget-kb 120] [--check]');
  process.exit(2);
}

const args = process.argv.slice(2);
let dir;
let budgetKb = 120;
let check = false;
const zhKb = 30;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--budget-kb') budgetKb = Number(args[++i]);
  else if (a === '--zh-from') i++; // accepted for old scripts; no longer needed
  else if (a === '--check') check = true;
  else if (a.startsWith('--budget-kb=')) budgetKb = Number(a.slice('--budget-kb='.length));
  else if (a.startsWith('--')) usage(`unknown option: ${a}`);
  else if (dir === undefined) dir = a;
  else usage(`unexpected argument: ${a}`);
}
if (!dir) usage();
if (!Number.isFinite(budgetKb) || budgetKb <= 0) usage('--budget-kb needs a positive number');
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) usage(`not a directory: ${dir}`);

function walk(d) {
  const out = [];
  for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else if (ent.isFile()) out.push(p);
  }
  return out;
}

const kb = (n) => (n / 1024).toFixed(1);

// The offline single file is a download for classrooms, not part of loading
// the page (it repeats the wasm and JS inlined), so it is listed apart.
const OFFLINE = 'two-economies-offline.html';
const offline = path.join(dir, OFFLINE);
if (fs.existsSync(offline)) {
  console.log(`(not counted: ${OFFLINE}, ${kb(fs.statSync(offline).size)} KB, the offline download)`);
}

const rows = walk(dir).filter((f) => path.basename(f) !== OFFLINE).map((file) => {
  const buf = fs.readFileSync(file);
  return {
    name: path.relative(dir, file).split(path.sep).join('/'),
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
});
rows.sort((a, b) => b.brotli - a.brotli || a.name.localeCompare(b.name));

const forHosts = (r) => r.name === 'embed.js' || r.name.startsWith('oembed/');
const app = rows.filter((r) => !forHosts(r));
const hosts = rows.filter(forHosts);
const sum = (list, name) => list.reduce(
  (t, r) => ({ name, raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { name, raw: 0, gzip: 0, brotli: 0 },
);
const total = sum(app, 'TOTAL');
const hostTotal = sum(hosts, 'total for host pages');

const header = ['file', 'raw KB', 'gzip KB', 'brotli KB'];
const cell = (r) => [r.name, kb(r.raw), kb(r.gzip), kb(r.brotli)];
const cells = [...app, total].map(cell);
const hostCells = [...hosts, hostTotal].map(cell);
const widths = header.map((h, i) => Math.max(h.length, ...[...cells, ...hostCells].map((c) => c[i].length)));
const line = (c) => c.map((s, i) => (i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join('  ');

console.log(`size report for ${dir} (${rows.length} files; 1 KB = 1024 bytes)`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const c of cells.slice(0, -1)) console.log(line(c));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(cells[cells.length - 1]));
// Each language other than English is a data file (i18n/<lang>-<hash>.txt)
// that only a reader of that language fetches: the budget line counts what an
// English page loads, the next lines what each other language adds. The
// pseudo-locale (en-XA, for tests) is listed but never counted.
const localeOf = (r) => (r.name.match(/^i18n\/([A-Za-z-]+)-[0-9a-f]{16}\.txt$/) || [])[1];
const locales = app.filter((r) => localeOf(r));
const enLoad = total.brotli - locales.reduce((t, r) => t + r.brotli, 0);
const within = enLoad <= budgetKb * 1024;
let zhWithin = true;
let zhBr = 0;
console.log(`budget: an English page loads ${kb(enLoad)} KB brotli of ${budgetKb} KB (${within ? 'within' : 'OVER'})`);
for (const r of locales) {
  const lang = localeOf(r);
  if (lang === 'en-XA') {
    console.log(`pseudo-locale: ${r.name}, ${kb(r.brotli)} KB brotli (tests only; never fetched by a reader)`);
    continue;
  }
  const ok = r.brotli <= zhKb * 1024;
  if (lang === 'zh') { zhWithin = ok; zhBr = r.brotli; }
  console.log(`${lang === 'zh' ? 'chinese text' : `${lang} text`}: ${kb(r.brotli)} KB brotli more for a ${lang} page (${r.name}, fetched only for that language; ${zhKb} KB allowance: ${ok ? 'within' : 'OVER'}), ${kb(enLoad + r.brotli)} KB in all`);
}
if (hosts.length > 0) {
  console.log(`\nfor pages that embed the explainer (never loaded by it; not in the budget):`);
  for (const c of hostCells.slice(0, -1)) console.log(line(c));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(hostCells[hostCells.length - 1]));
}
if (check && !(within && zhWithin)) {
  console.error(`size-report --check: over budget (English page ${kb(enLoad)} KB of ${budgetKb} KB; Chinese text ${kb(zhBr)} KB of ${zhKb} KB)`);
  process.exit(1);
}
process.exit(0);
