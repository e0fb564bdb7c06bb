// Bundles and minifies the page's own scripts from web/ into a dist/, with esbuild: the start
// needs boot.js with what it imports, and the LMS bridge (lms/main.js) with what it imports;
// shipped as the fifteen files of web/, each with its comments, they were 17 KB brotli in twelve
// requests, which on a phone's link held connections the wasm and the fonts were waiting for
// (docs/performance.md, "Seventh session"). Now boot.js and lms/main.js are the entry points;
// what only an LMS launch or the time after ready needs (an adapter, the accessible mirror, the
// text fields, offline) stays a separate file in dist/js/, loaded by its dynamic import as
// before, and code two of them share goes into a chunk of its own there (content-hashed names).
// lms/main.js keeps its name: LMS players and tests import it (docs/lms-bridge.md). The cmi5
// client (dist/lms/vendor/, scripts/assemble-lms.mjs) is not bundled: it is loaded only for a
// cmi5 launch. The service worker (a classic script, web/offline.js registers it by name) is
// only minified. The readable source stays web/. Usage: node scripts/bundle-web.mjs DIST
import { buildSync, transformSync } from 'esbuild';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const web = join(root, 'web');
const ENTRIES = ['boot.js', 'lms/main.js'];
// The language level web/ is written in (lms/main.js awaits at the top level): nothing is rewritten.
const TARGET = 'es2022';

export function bundleWeb(dist) {
  rmSync(join(dist, 'js'), { recursive: true, force: true });  // chunks of an earlier run
  const result = buildSync({
    entryPoints: ENTRIES.map((e) => join(web, e)), outbase: web, outdir: dist,
    entryNames: '[dir]/[name]', chunkNames: 'js/[name]-[hash]',
    bundle: true, splitting: true, format: 'esm', minify: true, target: TARGET,
    external: ['./vendor/*'], metafile: true, logLevel: 'warning', legalComments: 'none',
  });
  const sw = readFileSync(join(web, 'sw.js'), 'utf8');
  writeFileSync(join(dist, 'sw.js'), transformSync(sw, { minify: true, target: TARGET }).code);
  return Object.entries(result.metafile.outputs).map(([file, o]) => ({ file, bytes: o.bytes }));
}

// The files a module imports statically: esbuild writes its import declarations first, as
// `import{a as b}from"./x.js";` or `import"./x.js";`. Paths relative to the module's folder.
export function staticImports(text) {
  const out = [];
  const declaration = /^\s*import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?"([^"]+)";?/;
  for (let rest = text, m; (m = declaration.exec(rest)); rest = rest.slice(m[0].length)) out.push(m[1]);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = bundleWeb(process.argv[2] || 'dist');
  console.log(`bundled the page's scripts into ${out.length} files, ${out.reduce((n, o) => n + o.bytes, 0)} bytes`);
}
