// Minifies the page's own scripts in a built dist/ (those copied from web/ and web/lms/), with
// terser: their comments are most of their bytes, and on a phone's link every kilobyte before the
// first screen costs about 5 ms (docs/performance.md). File names and the import graph stay as
// they are, so the start hints, the service worker and the LMS packages see the same files; the
// readable source is web/. Not the Emscripten glue (Closure already minified it), not
// dist/lms/vendor/ (a published bundle, shipped unchanged). Run before write-manifest.mjs, which
// records the sizes. Usage: node scripts/minify-web.mjs DIST
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = join(fileURLToPath(import.meta.url), '..', '..');

// The service worker is a classic script (web/offline.js registers it without type: 'module');
// everything else is an ES module, whose top-level names terser may shorten.
const CLASSIC = new Set(['sw.js']);

export function pageScripts() {
  const list = (dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.js')).map((f) => (dir === 'web' ? f : `lms/${f}`));
  return [...list('web'), ...list('web/lms')];
}

// Returns [{ file, before, after }] in bytes.
export async function minifyWeb(dist) {
  const done = [];
  for (const file of pageScripts()) {
    const path = join(dist, file);
    if (!existsSync(path)) continue;
    const source = readFileSync(path, 'utf8');
    const module = !CLASSIC.has(file);
    const out = await minify(source, { module, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
    writeFileSync(path, out.code);
    done.push({ file, before: Buffer.byteLength(source), after: Buffer.byteLength(out.code) });
  }
  return done;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const done = await minifyWeb(process.argv[2] || 'dist');
  const sum = (k) => done.reduce((n, d) => n + d[k], 0);
  console.log(`minified ${done.length} scripts: ${sum('before')} -> ${sum('after')} bytes`);
}
