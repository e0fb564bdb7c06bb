// Writes dist/manifest.json, the page's list of the build (web/boot.js, web/sw.js):
// - `sizes`: the byte sizes of the files the loading screen downloads, so its progress bar is
//   exact even when the server compresses (Content-Length is then the compressed size);
// - `versioned`: the large files no one edits (the wasm, the glue, the fonts) with a SHA-256
//   (first 20 hex digits) of their bytes: the page requests them as `name?v=<hash>`, which
//   servers let browsers keep for a year (README, "Serving dist/");
// - `files`: every other file of the build outside content/ and packages/, with its hash: the
//   page shell, requested by its plain name and revalidated; the service worker precaches them;
// - `build`: one hash over all of that and content/index.json: a new build, a new service
//   worker (docs/performance.md, "Caching and offline").
// content/ is not hashed here: index.json already carries each module's and case's hash, and
// trainers edit those files in place (so they are revalidated, never cached by version).
// Usage: node scripts/write-manifest.mjs DIST (after `coursetool index DIST/content`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);

function walk(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const rel = prefix + name;
    if (statSync(join(dir, name)).isDirectory()) out.push(...walk(join(dir, name), rel + '/'));
    else out.push(rel);
  }
  return out;
}

const sizes = {};
for (const name of readdirSync(dist)) {
  if (/\.(wasm|js)$/.test(name)) sizes[name] = statSync(join(dist, name)).size;
}
for (const name of readdirSync(join(dist, 'fonts'))) sizes[`fonts/${name}`] = statSync(join(dist, 'fonts', name)).size;

const VERSIONED = /^(sociaal-domein-leren\.(wasm|js)|fonts\/.+)$/;
const versioned = {}, files = {};
for (const rel of walk(dist)) {
  if (/^(content|packages)\//.test(rel) || /\.(gz|br)$/.test(rel) || rel === 'manifest.json') continue;
  (VERSIONED.test(rel) ? versioned : files)[rel] = hashOf(readFileSync(join(dist, rel)));
}
const index = join(dist, 'content', 'index.json');
const build = hashOf(JSON.stringify([versioned, files]) + (existsSync(index) ? hashOf(readFileSync(index)) : ''));
writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ build, sizes, versioned, files }, null, 2) + '\n');
