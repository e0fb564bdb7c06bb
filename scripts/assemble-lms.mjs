// Copies the pinned cmi5 client (npm @xapi/cmi5, a self-contained ES module bundle) into a built
// dist/, to DIST/lms/vendor/ with its licence: the LMS bridge loads it for cmi5 launches. The
// bridge itself is bundled into DIST/lms/main.js (scripts/bundle-web.mjs). Run after `npm ci`.
// Usage: node scripts/assemble-lms.mjs DIST
import { copyFileSync, mkdirSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] || 'dist';
const out = join(dist, 'lms');
mkdirSync(join(out, 'vendor'), { recursive: true });

const pkg = join(root, 'node_modules/@xapi/cmi5');
if (!existsSync(join(pkg, 'dist/Cmi5.esm.js'))) {
  console.error('assemble-lms: node_modules/@xapi/cmi5 is missing: run `npm ci` first');
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
copyFileSync(join(pkg, 'dist/Cmi5.esm.js'), join(out, 'vendor/cmi5.esm.js'));
writeFileSync(join(out, 'vendor/LICENSE-xapi-cmi5.txt'),
  `vendor/cmi5.esm.js is dist/Cmi5.esm.js of the npm package @xapi/cmi5 ${version}, unchanged.\n` +
  'It bundles @xapi/xapi, axios, uuid and deepmerge, all MIT-licensed like @xapi/cmi5 itself:\n\n' +
  readFileSync(join(pkg, 'LICENSE.md'), 'utf8'));
console.log(`assemble-lms: ${out} (with @xapi/cmi5 ${version})`);
