// Writes dist/manifest.json: the byte sizes of the files the loading screen downloads, so its
// progress bar is exact even when the server compresses (Content-Length is then the
// compressed size). Usage: node scripts/write-manifest.mjs DIST
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const sizes = {};
for (const name of readdirSync(dist)) {
  if (/\.(wasm|js)$/.test(name)) sizes[name] = statSync(join(dist, name)).size;
}
for (const name of readdirSync(join(dist, 'fonts'))) sizes[`fonts/${name}`] = statSync(join(dist, 'fonts', name)).size;
writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ sizes }, null, 2) + '\n');
