// Writes .gz and .br beside every large text or WebAssembly file of dist/, so a server that
// can send precompressed files (scripts/serve.mjs, Apache, nginx, IIS: see the README) sends
// them without compressing on every request. Node's own zlib makes both (no other tool).
// A compressed copy is kept only when it is smaller. LMS packages leave them out (an LMS
// serves the files its own way). content/ gets none: trainers edit it in place, and a server
// that sends precompressed copies (nginx gzip_static, Apache's rewrite) would keep sending the
// old text from a copy nobody remembered to remake. Except the course index, which the build
// writes and the first screen waits for (brotli: 2 KB less than gzip on the fly): an older copy
// is harmless, since the module uses an index only when it describes this course.json and its
// files exactly, and trusts a file only when its hash is the one the index holds (anything else
// is read and checked in full). Usage: node scripts/precompress.mjs DIR
import { readFileSync, readdirSync, statSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const COMPRESSIBLE = /\.(wasm|js|mjs|json|css|html|ttf|svg|xml|txt)$/i;
export const MIN_BYTES = 1024;

function walk(dir, skip) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (skip(full)) continue;
    if (statSync(full).isDirectory()) out.push(...walk(full, skip));
    else out.push(full);
  }
  return out;
}

// Returns [{ file, bytes, gz, br }] for the files compressed (sizes in bytes; null: not kept).
export function precompress(dist) {
  const skipped = [join(dist, 'packages'), join(dist, 'content')];
  const index = join(dist, 'content', 'index.json');
  const files = walk(dist, (f) => skipped.some((d) => f === d || f.startsWith(d + sep)));
  const written = [];
  for (const file of existsSync(index) ? [...files, index] : files) {
    if (!COMPRESSIBLE.test(file)) continue;
    const body = readFileSync(file);
    for (const ext of ['.gz', '.br']) if (existsSync(file + ext)) rmSync(file + ext);
    if (body.length < MIN_BYTES) continue;
    const gz = gzipSync(body, { level: 9 });
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const entry = { file: relative(dist, file).split(sep).join('/'), bytes: body.length, gz: null, br: null };
    if (gz.length < body.length) { writeFileSync(file + '.gz', gz); entry.gz = gz.length; }
    if (br.length < body.length) { writeFileSync(file + '.br', br); entry.br = br.length; }
    written.push(entry);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] || 'dist';
  const written = precompress(dist);
  const sum = (k) => written.reduce((n, e) => n + (e[k] || e.bytes), 0);
  console.log(`precompressed ${written.length} files: ${sum('bytes')} bytes, gzip ${sum('gz')}, brotli ${sum('br')}`);
}
