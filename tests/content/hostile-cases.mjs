// The adversarial set of tests/data/hostile as course folders: reads its manifest
// (expected.json) and writes each case (the valid fixture course with some files replaced)
// into a directory, byte for byte as the C++ test builds it in memory. Used by
// hostile.test.mjs for coursetool, and meant for the browser run of the same cases.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const hostileDir = join(dirname(fileURLToPath(import.meta.url)), '../data/hostile');
export const manifest = JSON.parse(readFileSync(join(hostileDir, 'expected.json'), 'utf8'));

// The bytes of one file of a case (see the manifest's "about").
export function materialise(spec) {
  if (typeof spec === 'string') return readFileSync(join(hostileDir, spec));
  if (spec.generate) {
    const g = spec.generate;
    return Buffer.from(g.prefix + g.repeat.repeat(g.times) + g.suffix, 'utf8');
  }
  const doc = JSON.parse(readFileSync(join(hostileDir, spec.from), 'utf8'));
  const tokens = spec.removeMember.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let parent = doc;
  for (const t of tokens.slice(0, -1)) parent = parent[t];
  delete parent[tokens[tokens.length - 1]];
  return Buffer.from(JSON.stringify(doc, null, 2), 'utf8');
}

// Writes the course of case `c` into `dir` (which must be empty or missing).
export function writeCase(c, dir) {
  cpSync(join(hostileDir, manifest.base.dir), dir, { recursive: true });
  for (const [path, spec] of [...Object.entries(manifest.base.files), ...Object.entries(c.files)]) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), materialise(spec));
  }
  return dir;
}
