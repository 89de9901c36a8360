#!/usr/bin/env node
// End-to-end tests for the built site, driving the system Chromium with
// playwright-core (no browser download).
//
//   node tests/e2e/run.mjs --dist dist --out target/e2e [--fault-dist target/dist-fault] [--only <substring>]
//
// Prints `ok - name` / `not ok - name: message` per test and finally
// `e2e: N passed, M failed`. Exits 1 if anything failed or nothing ran.

// The tests live by feature in the files imported below (each registers its
// tests when imported, in this order); the set-up shared by all of them is in
// env.mjs and the helpers in lib.mjs.

import path from 'node:path';
import { registerPseudoTests } from './pseudo.mjs';
import { opts, shots, origin, server, browser, newEnv, test, run } from './env.mjs';
import './story.mjs';
import './downloads.mjs';
import './language.mjs';
import './trust.mjs';
import './resilience.mjs';
import './embed.mjs';
import './share.mjs';
import './present.mjs';
import './security.mjs';
import './a11y.mjs';

registerPseudoTests({ test, origin, shots });

// ------------------------------------------------------------------ run

const t0 = Date.now();
let result = { passed: 0, failed: 0 };
try {
  result = await run(() => newEnv(), { only: opts.only });
} finally {
  await browser.close().catch(() => {});
  server.close();
  server.closeAllConnections?.();
}
const { passed, failed } = result;
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), shots) || shots})`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
