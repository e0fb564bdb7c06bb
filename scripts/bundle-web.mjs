// Bundles and minifies the page's own scripts from web/ into a dist/, with esbuild: the start
// needs boot.js with what it imports, the LMS bridge included; shipped as the fifteen files of
// web/, each with its comments, they were 17 KB brotli in twelve requests, which on a phone's link
// held connections the wasm and the fonts were waiting for (docs/performance.md, "Seventh
// session"). What only an LMS launch or the time after ready needs (an adapter, the accessible
// mirror, the text fields, offline) stays a separate file in dist/js/, loaded by its dynamic
// import, and code two of them share goes into a chunk of its own there (content-hashed names).
// lms/main.js, the bridge on its own for LMS players and tests (docs/lms-bridge.md), is a second
// build: bundled with boot.js, the code they share would be a chunk boot.js imports, a request
// before the start script can run; the page itself never loads lms/main.js (docs/performance.md,
// "Twelfth session"). The cmi5 client (dist/lms/vendor/, scripts/assemble-lms.mjs) is not bundled:
// it is loaded only for a cmi5 launch. The service worker (a classic script, web/offline.js
// registers it by name) is only minified. The readable source stays web/.
// Usage: node scripts/bundle-web.mjs DIST
import { build, transformSync } from 'esbuild';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const web = join(root, 'web');
// The language level web/ is written in (lms/main.js awaits at the top level): nothing is rewritten.
const TARGET = 'es2022';
const options = (entry, dist) => ({
  entryPoints: [join(web, entry)], outbase: web, outdir: dist, absWorkingDir: root,
  entryNames: '[dir]/[name]', chunkNames: 'js/[name]-[hash]',
  bundle: true, splitting: true, format: 'esm', minify: true, target: TARGET,
  metafile: true, logLevel: 'warning', legalComments: 'none',
});

// boot.js's dynamic imports of an LMS adapter go to the file the bridge's build wrote for it,
// and of the cmi5 client to lms/vendor/: one copy of each in dist/, and nothing boot.js shares
// with them becomes a chunk it has to import before it runs.
function adaptersOfTheBridge(adapters) {
  return {
    name: 'adapters-of-the-bridge',
    setup(b) {
      b.onResolve({ filter: /^\.\/[\w./-]+\.js$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = resolve(args.resolveDir, args.path);
        if (source.startsWith(join(web, 'lms', 'vendor'))) return { path: `./${relative(web, source)}`, external: true };
        return adapters.has(source) ? { path: `./${adapters.get(source)}`, external: true } : undefined;
      });
    },
  };
}

export async function bundleWeb(dist) {
  dist = resolve(dist);
  rmSync(join(dist, 'js'), { recursive: true, force: true });  // chunks of an earlier run
  const bridge = await build({ ...options('lms/main.js', dist), external: ['./vendor/*'] });
  const adapters = new Map();  // an adapter's source -> its file in dist/
  for (const [file, o] of Object.entries(bridge.metafile.outputs))
    if (o.entryPoint && o.entryPoint !== 'web/lms/main.js') adapters.set(resolve(root, o.entryPoint), relative(dist, resolve(root, file)));
  const boot = await build({ ...options('boot.js', dist), plugins: [adaptersOfTheBridge(adapters)] });
  const sw = readFileSync(join(web, 'sw.js'), 'utf8');
  writeFileSync(join(dist, 'sw.js'), transformSync(sw, { minify: true, target: TARGET }).code);
  const outputs = { ...bridge.metafile.outputs, ...boot.metafile.outputs };
  return Object.entries(outputs).map(([file, o]) => ({ file, bytes: o.bytes }));
}

// The files a module imports statically: esbuild writes its import declarations first, as
// `import{a as b}from"./x.js";` or `import"./x.js";`. Paths relative to the module's folder.
export function staticImports(text) {
  const out = [];
  const declaration = /^\s*import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?"([^"]+)";?/;
  for (let rest = text, m; (m = declaration.exec(rest)); rest = rest.slice(m[0].length)) out.push(m[1]);
  return out;
}

// The files a module imports when it runs: esbuild writes each as `import("./x.js")`. Paths
// relative to the module's folder.
export function dynamicImports(text) {
  return [...text.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await bundleWeb(process.argv[2] || 'dist');
  console.log(`bundled the page's scripts into ${out.length} files, ${out.reduce((n, o) => n + o.bytes, 0)} bytes`);
}
