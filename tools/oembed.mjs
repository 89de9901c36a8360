#!/usr/bin/env node
// Writes static oEmbed descriptions, one per figure plus one for the whole
// story: <out>/oembed/<FIGURE>.json and <out>/oembed/story.json.
//
//   node tools/oembed.mjs [<out dir>]     (default: $TRUNK_STAGING_DIR)
//
// Trunk runs it after every build (the post_build hook in Trunk.toml), so
// dist/ always has them. oEmbed needs absolute URLs and the site's address
// is not known at build time: set TWO_ECONOMIES_BASE_URL to the folder the
// site is served from (default https://example.org/two-economies/).
//
// Figure IDs come from FIGURES in src/story.rs and titles from English's
// locale file assets/i18n/en/figure.ftl (`figure-<id> = title`), so the two
// never drift apart; the
// <iframe> code is the same as the app's "Copy embed code" (src/embed.rs).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_BASE = 'https://example.org/two-economies/';
const FIGURE_HEIGHT = 560; // embed::FIGURE_HEIGHT
const STORY_HEIGHT = 800; // embed::STORY_HEIGHT
const WIDTH = 720;
const SITE = 'Two Economies';

function fail(message) {
  console.error(`oembed: ${message}`);
  process.exit(1);
}

/** Figure IDs, in story order, from `pub const FIGURES` in src/story.rs. */
export function figureIds(storyRs) {
  const block = /pub const FIGURES[^=]*=\s*\[([\s\S]*?)\];/.exec(storyRs);
  if (!block) return [];
  return [...block[1].matchAll(/\(\s*"[a-z-]+"\s*,\s*"([a-z-]+)"\s*\)/g)].map((m) => m[1]);
}

/** English figure titles from the `figure-<id> = title` lines of figure.ftl
 * (plain one-line messages: the build checks the file's syntax). */
export function englishTitles(ftl) {
  return new Map([...ftl.matchAll(/^figure-([a-z0-9-]+)\s*=\s*(.+?)\s*$/gm)].map((m) => [m[1], m[2]]));
}

export function escapeAttr(text) {
  return text.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]);
}

/** The same code as `embed::snippet` in src/embed.rs. */
export function snippet(base, target, title, height) {
  const src = `${base}?embed=${target}&lang=en`;
  return `<iframe src="${escapeAttr(src)}" data-two-economies width="100%" height="${height}" ` +
    `style="border:0" loading="lazy" title="${escapeAttr(title)}"></iframe>` +
    `<script src="${escapeAttr(base)}embed.js" async></script>`;
}

function baseUrl() {
  const raw = process.env.TWO_ECONOMIES_BASE_URL || DEFAULT_BASE;
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail(`TWO_ECONOMIES_BASE_URL is not an absolute URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`TWO_ECONOMIES_BASE_URL must be http(s): ${raw}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function main() {
  const out = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!out) fail('usage: node tools/oembed.mjs <out dir> (or run it as a Trunk hook)');
  const ids = figureIds(fs.readFileSync(path.join(root, 'src/story.rs'), 'utf8'));
  const titles = englishTitles(fs.readFileSync(path.join(root, 'assets/i18n/en/figure.ftl'), 'utf8'));
  if (ids.length === 0) fail('no figure IDs found in src/story.rs (FIGURES)');
  const base = baseUrl();
  const dir = path.join(out, 'oembed');
  fs.mkdirSync(dir, { recursive: true });
  const entries = [
    ...ids.map((id) => {
      const t = titles.get(id);
      if (!t) fail(`figure ${id} has no English title (figure-${id} in assets/i18n/en/figure.ftl)`);
      return [id, `${t} · ${SITE}`, FIGURE_HEIGHT];
    }),
    ['story', SITE, STORY_HEIGHT],
  ];
  for (const [target, title, height] of entries) {
    const doc = {
      version: '1.0',
      type: 'rich',
      provider_name: SITE,
      provider_url: base,
      title,
      html: snippet(base, target, title, height),
      width: WIDTH,
      height,
    };
    fs.writeFileSync(path.join(dir, `${target}.json`), JSON.stringify(doc, null, 2) + '\n');
  }
  console.log(`oembed: wrote ${entries.length} files to ${path.relative(process.cwd(), dir) || dir} (base ${base})`);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
