// The end-to-end run's set-up, shared by every test file: the arguments, the static server for
// dist/, the browser, the test harness, and the helpers that need them.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { createHarness, instrument, waitForApp, WAIT } from './lib.mjs';

// ------------------------------------------------------------------ args

function parseArgs(argv) {
  const opts = { dist: 'dist', out: 'target/e2e', only: undefined, faultDist: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const val = () => (inline !== undefined ? inline : argv[++i]);
    if (k === '--dist') opts.dist = val();
    else if (k === '--out') opts.out = val();
    else if (k === '--only') opts.only = val();
    else if (k === '--fault-dist') opts.faultDist = val();
    else {
      console.error(`unknown argument: ${a}\nusage: node tests/e2e/run.mjs --dist dist --out target/e2e [--fault-dist target/dist-fault] [--only name]`);
      process.exit(2);
    }
  }
  return opts;
}

export const opts = parseArgs(process.argv.slice(2));
export const dist = path.resolve(opts.dist);
export const out = path.resolve(opts.out);
export const shots = path.join(out, 'screenshots');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`e2e: ${dist}/index.html not found (build first: trunk build --release)`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}
fs.mkdirSync(shots, { recursive: true });

// ------------------------------------------------------------------ setup

export const server = await startServer(dist, 0, '127.0.0.1');
export const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
export let browser;
try {
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
} catch (err) {
  server.close();
  console.error(`e2e: could not launch Chromium at ${executablePath} (set CHROMIUM=/path/to/chromium): ${String(err.message || err).split('\n')[0]}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

/** Fresh context + instrumented page. */
export async function newEnv(contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await instrument(page, origin);
  return { context, page, close: () => context.close() };
}

export const { test, run } = createHarness();

export async function openApp(page, hash = '') {
  await page.goto(`${origin}/${hash}`, { waitUntil: 'load' });
  await waitForApp(page);
  // The charts on the first screen paint; the rest are marked stale.
  await page.waitForFunction(() => document.querySelector('canvas:not([data-draws="0"])'), null, WAIT);
}

/** Scroll so `sel` starts just below the sticky table of contents. */
export async function scrollBelowNav(page, sel) {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const nav = document.querySelector('nav.toc');
    const navBottom = nav ? Math.max(0, nav.getBoundingClientRect().bottom) : 0;
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - navBottom - 8, behavior: 'instant' });
  }, sel);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A host page: some text, `body` (the embed code), more text; records every message it receives. */
export function hostPage(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog</title>
<style>body { margin: 0 auto; max-width: 60rem; padding: 0 12px; font: 18px/1.5 Georgia, serif; background: #fdfcf7; }</style>
<script>window.__messages = []; addEventListener('message', (e) => __messages.push({ data: e.data, origin: e.origin }));</script>
</head><body><h1>My blog post</h1><p>Here is the chart I mentioned:</p>
${body}
<p>And the post goes on after the figure.</p></body></html>`;
}

/** Fresh context whose page may load both the app and the host origin. */
export async function newHostEnv(hostOrigin, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await instrument(page, origin, [hostOrigin]);
  return { context, page, close: () => context.close() };
}

/** Like openApp, without waiting for the valuation chart, which stays unpainted while another chapter is presented. */
export async function openPresenting(page, queryAndHash) {
  await page.goto(`${origin}/${queryAndHash}`, { waitUntil: 'load' });
  await waitForApp(page);
}
