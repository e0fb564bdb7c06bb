// scripts/serve.mjs sends the precompressed copy the browser accepts (scripts/precompress.mjs)
// with the headers a browser needs to decode it, and the file itself otherwise; the strict CSP
// header stays on every answer. No browser: plain HTTP requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, utimesSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { IMMUTABLE, cacheControl, chooseEncoding, contentSecurityPolicy, startServer } from '../../scripts/serve.mjs';
import { precompress } from '../../scripts/precompress.mjs';

test('chooseEncoding follows Accept-Encoding and its q-values', () => {
  const both = ['br', 'gzip'];
  assert.equal(chooseEncoding('gzip, deflate, br', both), 'br');
  assert.equal(chooseEncoding('gzip, deflate', both), 'gzip');
  assert.equal(chooseEncoding('br;q=0.5, gzip', both), 'gzip');
  assert.equal(chooseEncoding('br;q=0, gzip;q=0', both), null);
  assert.equal(chooseEncoding('*', both), 'br');
  assert.equal(chooseEncoding('*;q=0, gzip', both), 'gzip');
  assert.equal(chooseEncoding('', both), null);
  assert.equal(chooseEncoding(undefined, both), null);
  assert.equal(chooseEncoding('identity', both), null);
  assert.equal(chooseEncoding('br, gzip', ['gzip']), 'gzip');  // only the copies there are
  assert.equal(chooseEncoding('BR', both), 'br');
});

function get(port, path, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('the server sends br or gzip copies with Content-Encoding and Vary, and keeps its CSP', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const text = JSON.stringify({ words: Array.from({ length: 2000 }, (_, i) => `woord ${i % 37}`) });
  writeFileSync(join(dir, 'big.json'), text);
  writeFileSync(join(dir, 'small.json'), '{"a":1}');
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'module.json'), text);
  writeFileSync(join(dir, 'content', 'index.json'), text);
  const written = precompress(dir);
  // Small files are not worth it; content/ is edited in place by trainers: no copies, except
  // of the course index the build writes.
  assert.deepEqual(written.map((e) => e.file), ['big.json', 'content/index.json']);
  const csp = contentSecurityPolicy();
  const server = await startServer(dir, 0, {}, { csp });
  t.after(() => server.close());
  const port = server.address().port;

  const br = await get(port, '/big.json', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(br.headers['content-security-policy'], csp);
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(br.body.length < text.length / 4);
  assert.equal(brotliDecompressSync(br.body).toString(), text);

  const gz = await get(port, '/big.json', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), text);

  const plain = await get(port, '/big.json');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding');
  assert.equal(plain.body.toString(), text);
  assert.equal(plain.headers['content-security-policy'], csp);

  // Edited after the copies were made: the copies are stale and never sent; the edited file is
  // compressed on the fly, as a server's own compression would.
  const edited = text.replace('woord 1"', 'woord één"');
  writeFileSync(join(dir, 'big.json'), edited);
  const later = new Date(Date.now() + 5000);
  utimesSync(join(dir, 'big.json'), later, later);
  const fresh = await get(port, '/big.json', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(fresh.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(fresh.body).toString(), edited);

  // content/ has no copies: gzip on the fly for a browser that accepts it, the file otherwise,
  // and an edit is seen at once (the kept compression is keyed on the modification time).
  const module = await get(port, '/content/module.json', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(module.headers['content-encoding'], 'gzip');
  assert.equal(module.headers.vary, 'Accept-Encoding');
  assert.equal(Number(module.headers['content-length']), module.body.length);
  assert.ok(module.body.length < text.length / 4);
  assert.equal(gunzipSync(module.body).toString(), text);
  const modulePlain = await get(port, '/content/module.json', { 'Accept-Encoding': 'identity' });
  assert.equal(modulePlain.headers['content-encoding'], undefined);
  assert.equal(modulePlain.headers.vary, 'Accept-Encoding');
  assert.equal(modulePlain.body.toString(), text);
  writeFileSync(join(dir, 'content', 'module.json'), edited);
  utimesSync(join(dir, 'content', 'module.json'), later, later);
  const moduleEdited = await get(port, '/content/module.json', { 'Accept-Encoding': 'gzip' });
  assert.equal(gunzipSync(moduleEdited.body).toString(), edited);

  const small = await get(port, '/small.json', { 'Accept-Encoding': 'br, gzip' });
  assert.equal(small.headers['content-encoding'], undefined);
  assert.equal(small.headers.vary, undefined);
  assert.equal(small.body.toString(), '{"a":1}');
});

test('cacheControl: a versioned request is immutable, any other revalidated', () => {
  assert.equal(cacheControl('?v=0a1b2c'), IMMUTABLE);
  assert.equal(cacheControl('?lang=en&v=0a1b2c'), IMMUTABLE);
  assert.equal(cacheControl(''), 'no-cache');
  assert.equal(cacheControl('?lang=en'), 'no-cache');
  assert.equal(cacheControl('?version=2'), 'no-cache');
  assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
});

test('the server sends Cache-Control and ETag, answers 304 while a file is unchanged and 200 after an edit', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const wasm = Buffer.alloc(4096, 7);
  writeFileSync(join(dir, 'app.wasm'), wasm);
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'case.json'), '{"title":"oud"}');
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  precompress(dir);
  const seen = [];
  const server = await startServer(dir, 0, { '/override.json': '{}' }, { onRequest: (path, status, search) => seen.push([path, status, search]) });
  t.after(() => server.close());
  const port = server.address().port;

  const versioned = await get(port, '/app.wasm?v=abc123', { 'Accept-Encoding': 'br' });
  assert.equal(versioned.status, 200);
  assert.equal(versioned.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(versioned.headers['content-encoding'], 'br');
  const plainWasm = await get(port, '/app.wasm');
  assert.equal(plainWasm.headers['cache-control'], 'no-cache');
  assert.notEqual(plainWasm.headers.etag, versioned.headers.etag, 'each encoding has its own validator');
  assert.equal((await get(port, '/')).headers['cache-control'], 'no-cache');

  const first = await get(port, '/content/case.json');
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.match(first.headers.etag, /^"[A-Za-z0-9_-]+"$/);
  const again = await get(port, '/content/case.json', { 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, first.headers.etag);
  assert.equal(again.headers['cache-control'], 'no-cache');

  writeFileSync(join(dir, 'content', 'case.json'), '{"title":"nieuw"}');  // a trainer's edit
  const edited = await get(port, '/content/case.json', { 'If-None-Match': first.headers.etag });
  assert.equal(edited.status, 200);
  assert.equal(edited.body.toString(), '{"title":"nieuw"}');
  assert.notEqual(edited.headers.etag, first.headers.etag);

  const missing = await get(port, '/nothing.wasm?v=abc');
  assert.equal(missing.status, 404);
  assert.notEqual(missing.headers['cache-control'], IMMUTABLE, 'a 404 is never kept for a year');
  assert.equal((await get(port, '/override.json?v=1')).headers['cache-control'], 'no-store');

  assert.deepEqual(seen.map(([p, s]) => `${s} ${p}`), ['200 /app.wasm', '200 /app.wasm', '200 /', '200 /content/case.json',
    '304 /content/case.json', '200 /content/case.json', '404 /nothing.wasm', '200 /override.json']);
  assert.equal(seen[0][2], '?v=abc123');
});
