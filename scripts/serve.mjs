// A small static file server for dist/ (127.0.0.1 only), with the MIME types WebAssembly
// needs, sending the precompressed .br or .gz beside a file (scripts/precompress.mjs) when the
// browser accepts it, and the caching headers of docs/performance.md ("Caching and offline"):
// a versioned request (`?v=<hash>`) is immutable for a year, everything else is revalidated
// (`no-cache` with an ETag, answered 304 when unchanged). Used by `./build-wasm.sh --serve` and
// by the browser tests.
// Usage: node scripts/serve.mjs DIR [PORT] [--csp [--connect ORIGIN]...]
//   PORT 0 picks a free port; the URL is printed. --csp sends the strict Content-Security-Policy
//   the module is tested under (contentSecurityPolicy()); --connect adds an origin the module may
//   send data to (a cmi5 LRS endpoint and the LMS's token "fetch" URL: docs/lms.md).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
};

// The strict policy the module runs under: nothing inline, no eval (WebAssembly compiles under
// 'wasm-unsafe-eval'), requests only to its own origin plus `connect` (the LRS of a cmi5 launch).
export function contentSecurityPolicy({ connect = [] } = {}) {
  return ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
    ['connect-src', "'self'", ...connect].join(' '), "object-src 'none'", "base-uri 'self'"].join('; ');
}

// Which precompressed copy to send for an Accept-Encoding header, given the encodings there are
// copies of ('br', 'gzip'): the one the browser accepts (q > 0) that is smallest (brotli
// before gzip at equal q); null: the file itself. `identity` is always possible.
export function chooseEncoding(acceptEncoding, available) {
  const accepted = new Map();
  for (const part of String(acceptEncoding || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    accepted.set(name, Number.isFinite(value) ? value : 0);
  }
  const qOf = (enc) => (accepted.has(enc) ? accepted.get(enc) : accepted.has('*') ? accepted.get('*') : 0);
  let best = null;
  for (const enc of ['br', 'gzip']) {
    if (!available.includes(enc) || qOf(enc) <= 0) continue;
    if (!best || qOf(enc) > qOf(best)) best = enc;
  }
  return best;
}

const SUFFIX = { br: '.br', gzip: '.gz' };

// Text without a fresh precompressed copy (content/: trainers edit it in place, so the build
// makes no copies there) is gzipped per request, as Apache's mod_deflate or nginx's `gzip on`
// do (README, "Serving dist/"); kept per file and modification time, so each is compressed once.
const COMPRESSIBLE = new Set(['.json', '.js', '.mjs', '.css', '.html', '.svg', '.txt', '.xml']);
const MIN_COMPRESS = 1024;
const gzipped = new Map();  // file -> { mtimeMs, size, body }
function gzipOnce(file, mtimeMs, raw) {
  const kept = gzipped.get(file);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === raw.length) return kept.body;
  const body = gzipSync(raw, { level: 6 });
  gzipped.set(file, { mtimeMs, size: raw.length, body });
  return body;
}

// What a successful answer may be cached for: a URL with a `v` parameter names the bytes of one
// build (the page adds `?v=<hash>` from dist/manifest.json to the wasm, the glue and the fonts),
// so it never changes; any other may change at any time (a new build, a trainer's edit in
// content/) and is revalidated on every use.
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export function cacheControl(search) {
  return new URLSearchParams(search).has('v') ? IMMUTABLE : 'no-cache';
}

// A strong validator per representation (the bytes sent, so each encoding has its own).
const etagOf = (body) => `"${createHash('sha1').update(body).digest('base64url')}"`;
const matches = (ifNoneMatch, etag) => String(ifNoneMatch || '').split(',').some((t) => t.trim() === etag || t.trim() === '*');

// Serves `root`; `overrides` maps URL paths to replacement bodies, or to null for a 404
// (used by tests to serve broken content and missing files). `csp`: a Content-Security-Policy
// header value sent with every page. `onServe(path, bytes, encoding)` hears every file sent
// (the benchmark counts what went over the wire); `onRequest(path, status, search)` hears
// every request that reached the server, also those answered 304 or 404.
export function startServer(root, port = 0, overrides = {}, { csp = null, onServe = null, onRequest = null } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    if (csp) res.setHeader('Content-Security-Policy', csp);
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (onRequest) res.on('finish', () => onRequest(path, res.statusCode, url.search));
    if (path in overrides && overrides[path] === null) { res.writeHead(404).end('not found'); return; }
    if (path in overrides) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(overrides[path]);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const available = [];
      const info = await stat(file);
      // A copy older than the file is stale (the file was edited after the build): not sent.
      const changed = info.mtimeMs;
      for (const enc of ['br', 'gzip']) {
        const copy = await stat(file + SUFFIX[enc]).catch(() => null);
        if (copy && copy.isFile() && copy.mtimeMs >= changed) available.push(enc);
      }
      const onTheFly = !available.length && COMPRESSIBLE.has(extname(file)) && info.size >= MIN_COMPRESS;
      const encoding = chooseEncoding(req.headers['accept-encoding'], onTheFly ? ['gzip'] : available);
      let body = await readFile(encoding && !onTheFly ? file + SUFFIX[encoding] : file);
      if (encoding && onTheFly) body = gzipOnce(file, changed, body);
      const etag = etagOf(body);
      const headers = { 'Cache-Control': cacheControl(url.search), ETag: etag };
      // Caches keep one copy per encoding when there is a choice.
      if (available.length || onTheFly) headers.Vary = 'Accept-Encoding';
      if (matches(req.headers['if-none-match'], etag)) { res.writeHead(304, headers).end(); return; }
      headers['Content-Type'] = TYPES[extname(file)] || 'application/octet-stream';
      headers['Content-Length'] = body.length;
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(body);
      if (onServe) onServe(path, body.length, encoding || '');
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const connect = args.flatMap((a, i) => (args[i - 1] === '--connect' ? [a] : []));
  const [root = 'dist', port = '8000'] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--connect');
  const csp = args.includes('--csp') ? contentSecurityPolicy({ connect }) : null;
  const server = await startServer(root, Number(port), {}, { csp });
  if (csp) console.log(`Content-Security-Policy: ${csp}`);
  console.log(`Sociaal Domein Leren is served at http://127.0.0.1:${server.address().port}/  (Ctrl-C stops)`);
}
