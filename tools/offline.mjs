#!/usr/bin/env node
// Packs the built site into ONE self-contained HTML file for classrooms
// without internet: CSS, the wasm-bindgen JS and the wasm (base64) inlined, so
// it opens from file:// with no server and makes no request.
//
//   node tools/offline.mjs dist [--out dist/two-economies-offline.html]
//
// Run after `trunk build --release`. The file is a download, not part of the
// page load, so tools/size-report.mjs leaves it out of the shipped total.

import fs from 'node:fs';
import path from 'node:path';

function die(msg) {
  console.error(`offline: ${msg}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const dist = args[0];
if (!dist) die('usage: node tools/offline.mjs <dist> [--out file]');
const outIdx = args.indexOf('--out');
const out = outIdx > 0 ? args[outIdx + 1] : path.join(dist, 'two-economies-offline.html');

const indexPath = path.join(dist, 'index.html');
if (!fs.existsSync(indexPath)) die(`${indexPath} not found: build first (trunk build --release)`);
let html = fs.readFileSync(indexPath, 'utf8');

const find = (re, what) => {
  const m = html.match(re);
  if (!m) die(`could not find ${what} in ${indexPath} (has Trunk's output changed?)`);
  return m;
};
const read = (rel) => {
  const p = path.join(dist, rel.replace(/^\.?\//, ''));
  if (!fs.existsSync(p)) die(`${p} is referenced by index.html but missing`);
  return fs.readFileSync(p);
};

// Trunk writes these links (quoted or, when minifying, unquoted; any order).
const attrsOf = (text) => {
  const out = {};
  for (const m of text.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
    out[m[1].toLowerCase()] = (m[2] ?? '').replace(/^["']|["']$/g, '');
  }
  return out;
};
const links = [...html.matchAll(/<link\b([^>]*)>/gi)].map((m) => ({ tag: m[0], a: attrsOf(m[1]) }));
const link = (what, test) => {
  const l = links.find(test);
  if (!l) die(`could not find ${what} in ${indexPath} (has Trunk's output changed?)`);
  return l.a.href;
};
const jsName = link('the JS preload', (l) => l.a.rel === 'modulepreload');
const wasmName = link('the wasm preload', (l) => l.a.rel === 'preload' && /\.wasm$/.test(l.a.href));
const cssName = link('the stylesheet', (l) => l.a.rel === 'stylesheet');
void find;

// wasm-bindgen's ES module, turned into a plain inline module: no exports.
// The init function is its default export: `export default __wbg_init;` as
// wasm-bindgen writes it, or `export{… S as default}` once minified.
let js = read(jsName).toString('utf8');
let init = null;
js = js
  .replace(/(^|[;}\s])export default ([A-Za-z_$][\w$]*);?/m, (_, pre, name) => { init = name; return pre; })
  .replace(/(^|[;}\s])export\s*\{([^}]*)\};?/gm, (_, pre, list) => {
    for (const item of list.split(',')) {
      const m = item.trim().match(/^([A-Za-z_$][\w$]*)\s+as\s+default$/);
      if (m) init = m[1];
    }
    return pre;
  })
  .replace(/^export (function|class|const|let|async function) /gm, '$1 ');
if (/(^|[;}\s])export[\s{]/m.test(js) || /^\s*import\s/m.test(js)) {
  die(`${jsName} still has an import/export after inlining (has wasm-bindgen's output changed?)`);
}
if (!init) die('no default export (the init function) in the JS module');

// Other languages' data files (dist/i18n/, copied there by
// tools/locales.mjs) go inside too, as data: URLs the app finds by file name
// (see load_locale in src/app.rs), since a file:// page cannot fetch.
const wasm = Buffer.from(read(wasmName));
const i18nDir = path.join(dist, 'i18n');
let locales = '';
if (fs.existsSync(i18nDir)) {
  // Not the pseudo-locale: it is for tests of the served site.
  for (const f of fs.readdirSync(i18nDir).sort().filter((n) => !n.startsWith('en-XA'))) {
    const b64 = fs.readFileSync(path.join(i18nDir, f)).toString('base64');
    locales += `<meta name="two-economies-locale" data-file="${f}" content="data:text/plain;charset=utf-8;base64,${b64}">\n`;
  }
}
// After the charset declaration (a minified page has no <head> tag).
if (locales) {
  const charset = html.match(/<meta charset=[^>]*>/i);
  if (!charset) die('no <meta charset> in index.html to put the locale files after');
  html = html.replace(charset[0], `${charset[0]}\n${locales}`);
}
const wasm64 = wasm.toString('base64');
const css = read(cssName).toString('utf8').replace(/<\/style/gi, '<\\/style');

const loader = `
const __teWasmBytes = Uint8Array.from(atob(document.getElementById('wasm-b64').textContent.trim()), (c) => c.charCodeAt(0));
const __teInstance = await ${init}({ module_or_path: __teWasmBytes });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: __teInstance } }));
`;

// Drop every link to a file (preloads, stylesheet, icon).
for (const l of links) {
  if (['modulepreload', 'preload', 'icon'].includes(l.a.rel)) html = html.replace(l.tag, '');
  else if (l.a.rel === 'stylesheet') html = html.replace(l.tag, `<style>${css}</style>`);
}
html = html.replace(/<script type=["']?module["']?[^>]*>[\s\S]*?<\/script>/gi, '');
// The loader (assets/loader.js, a module) goes: the packed module below does
// its work. Classic scripts (assets/boot.js) go inline: file:// has no CSP.
html = html.replace(/<script\b([^>]*)>\s*<\/script>/gi, (tag, attrs) => {
  const a = attrsOf(attrs);
  if (!a.src) return tag;
  if (a.type === 'module') return '';
  return `<script>${read(a.src).toString('utf8').replace(/<\/script/gi, '<\\/script')}</script>`;
});
if (/\b(src|href)=["']?\.?\/?[^"'#:\s>]+\.(js|wasm|css)\b/.test(html)) die('a reference to a file is left in the page');

const tail = `<script id="wasm-b64" type="application/octet-stream">${wasm64}</script>
<script type="module">${js.replace(/<\/script/gi, '<\\/script')}
${loader}</script>
`;
// A minified page may leave out the optional </body>.
html = html.includes('</body>') ? html.replace('</body>', `${tail}</body>`) : html + tail;
fs.writeFileSync(out, html);
console.log(`offline: wrote ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB; wasm ${(wasm64.length * 3 / 4 / 1024).toFixed(0)} KB inlined)`);
