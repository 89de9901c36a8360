#!/usr/bin/env node
// Dependency-free static file server for the built site (dist/).
// Unknown paths without an extension get index.html (SPA fallback); other
// misses are 404; nothing outside <dir> is ever served.
//
//   node tools/serve.mjs <dir> <port> [--host 127.0.0.1]
//
// Also importable: `import { startServer } from './tools/serve.mjs'`.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// The policy the README's "Hosting" section asks hosts to send: no inline
// script or style (the build writes none), wasm allowed, every fetch to this
// origin, embeddable anywhere (frame-ancestors).
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors *";

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function send(res, status, body, extra = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function makeHandler(rootDir) {
  const root = path.resolve(rootDir);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      // Only the path part; ignore query string and fragment.
      const raw = (req.url || '/').split('?')[0].split('#')[0];
      pathname = decodeURIComponent(raw);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    if (pathname.includes('\0')) return send(res, 400, 'bad request\n');
    // SPA fallback applies to paths without an extension (/, /valuation, /embed/x/).
    const spa = path.posix.extname(pathname) === '';
    if (pathname.endsWith('/')) pathname += 'index.html';

    const file = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      return send(res, 404, 'not found\n');
    }

    fs.stat(file, (err, st) => {
      if (!err && st.isFile()) return serveFile(req, res, file, st.size);
      if (!spa) return send(res, 404, 'not found\n');
      const index = path.join(root, 'index.html');
      fs.stat(index, (err2, st2) => {
        if (err2 || !st2.isFile()) return send(res, 404, 'not found\n');
        serveFile(req, res, index, st2.size);
      });
    });
  };
}

function serveFile(req, res, file, size) {
  const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': size,
  });
  if (req.method === 'HEAD') return res.end();
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Start serving `dir`. Resolves with the listening http.Server.
 * Port 0 picks a free port: read it with `server.address().port`.
 */
export function startServer(dir, port = 0, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = http.createServer(makeHandler(dir));
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
  }
}

if (isMain()) {
  const args = process.argv.slice(2);
  let host = '127.0.0.1';
  const pos = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--host') host = args[++i];
    else if (args[i].startsWith('--host=')) host = args[i].slice(7);
    else pos.push(args[i]);
  }
  const [dir, portArg] = pos;
  if (!dir || portArg === undefined || !/^\d+$/.test(portArg)) {
    console.error('usage: node tools/serve.mjs <dir> <port> [--host 127.0.0.1]');
    process.exit(2);
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`serve: not a directory: ${dir}`);
    process.exit(2);
  }
  startServer(dir, Number(portArg), host).then(
    (server) => {
      const { port } = server.address();
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
      console.log(`serving ${dir} at http://${shown}:${port}/`);
    },
    (err) => {
      console.error(`serve: ${err.message}`);
      process.exit(1);
    },
  );
}
