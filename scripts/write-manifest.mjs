// Writes dist/manifest.json, the page's list of the build (web/boot.js, web/sw.js), and the start
// hints into dist/index.html (withStartHints below):
// - `sizes`: the byte sizes of the files the loading screen downloads, so its progress bar is
//   exact even when the server compresses (Content-Length is then the compressed size);
// - `versioned`: the files no one edits that the start needs (the wasm's two parts, the glue, the
//   fonts, and since the thirteenth session boot.js and style.css, which index.html names) with a
//   SHA-256 (first 20 hex digits) of their bytes: the page requests them as `name?v=<hash>`,
//   which servers let browsers keep for a year (README, "Serving dist/");
// - `files`: every other file of the build outside content/ and packages/, with its hash: the
//   page shell, requested by its plain name and revalidated; the service worker precaches them;
// - `build`: one hash over all of that and content/index.json: a new build, a new service
//   worker (docs/performance.md, "Caching and offline").
// content/ is not hashed here: index.json already carries each module's and case's hash, and
// trainers edit those files in place (so they are revalidated, never cached by version).
// Usage: node scripts/write-manifest.mjs DIST (after `coursetool index DIST/content`).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { staticImports } from './bundle-web.mjs';

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
for (const name of readdirSync(join(dist, 'fonts')).filter((n) => !/\.(gz|br)$/.test(n))) sizes[`fonts/${name}`] = statSync(join(dist, 'fonts', name)).size;

// boot.js and style.css by version too: by their plain names a returning learner's start waited
// a round trip for their revalidation before boot.js could run (a phone's 150 ms; the service
// worker asks the network first for a plain name).
// The page's checker (checker/) by version too, and so not precached: only a page with a file a
// trainer edited fetches it.
const VERSIONED = /^(sociaal-domein-leren(\.deferred)?\.(wasm|js)|fonts\/.+|checker\/.+|boot\.js|style\.css)$/;
const versioned = {}, files = {};
for (const rel of walk(dist)) {
  if (/^(content|packages)\//.test(rel) || /\.(gz|br)$/.test(rel) || rel === 'manifest.json' || rel === 'index.html') continue;
  (VERSIONED.test(rel) ? versioned : files)[rel] = hashOf(readFileSync(join(dist, rel)));
}
// The URL the page asks for a file by: `name?v=<hash>` when versioned, else its plain name.
const url = (name) => (versioned[name] ? `${name}?v=${versioned[name]}` : name);
const page = join(dist, 'index.html');
const MARK = '<!-- start hints: scripts/write-manifest.mjs -->', END = '<!-- end of start hints -->';
// Run again on a built dist/ (a test does), the hints of the last run are replaced, not added to.
const template = readFileSync(page, 'utf8').replace(new RegExp(`${MARK}[\\s\\S]*?${END}\\n`), `${MARK}\n`)
  // index.html's own references to boot.js and style.css, by version (again on a second run).
  .replace(/(href|src)="(boot\.js|style\.css)(\?v=[0-9a-f]+)?"/g, (_, attr, name) => `${attr}="${url(name)}"`);
const index = join(dist, 'content', 'index.json');
const build = hashOf(JSON.stringify([versioned, files]) + hashOf(template) + (existsSync(index) ? hashOf(readFileSync(index)) : ''));
writeFileSync(page, withStartHints(template, { build, sizes, versioned, strings: stringsFile() }));
files['index.html'] = hashOf(readFileSync(page));
writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ build, sizes, versioned, files }, null, 2) + '\n');

// The UI strings file course.json names, which boot.js asks for beside course.json (it still
// reads course.json and fetches another file if a trainer renamed it); null without one.
function stringsFile() {
  try {
    const course = JSON.parse(readFileSync(join(dist, 'content', 'course.json'), 'utf8'));
    return typeof course.strings === 'string' ? course.strings : null;
  } catch { return null; /* coursetool reported it */ }
}

// The page's own scripts that load before the first screen: boot.js (with the LMS bridge in it)
// as scripts/bundle-web.mjs wrote it, and the chunks it imports statically (none today).
function moduleGraph(entries) {
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel) || !existsSync(join(dist, rel))) return;
    seen.add(rel);
    for (const spec of staticImports(readFileSync(join(dist, rel), 'utf8'))) visit(posix.normalize(posix.join(posix.dirname(rel), spec)));
  };
  entries.forEach(visit);
  return [...seen];
}

// index.html with, in its <head>, everything the first screen needs requested at once (the
// browser's preload scanner starts these while boot.js and its imports are still on their way;
// without it each would wait for the script that asks for it, a round trip each), and the
// build's facts boot.js needs (sizes for the progress bar, the versioned names, the UI strings
// file, the build id for the service worker) as data, so it needs no manifest.json
// round trip. A <script type="application/json"> is data: a strict CSP allows it.
function withStartHints(html, info) {
  // In this order: over HTTP/1.1 a browser opens six connections to a server and asks in the
  // order of the hints, and on a slow link each small file holds a connection for a round trip.
  // With the LMS bridge's nine modules before it, the wasm (the largest file, which the start
  // waits for) was asked for only after two rounds of them: 330 ms later on the phone profile,
  // and ready 0.21 s later (docs/performance.md, "Sixth session"). boot.js and its imports come
  // first, so that the start script runs as early as before; the bridge is inside boot.js now.
  const boot = moduleGraph(['boot.js']);
  const hints = [
    ...boot.map((m) => `<link rel="modulepreload" href="${url(m)}">`),
    `<link rel="preload" href="${url('sociaal-domein-leren.wasm')}" as="fetch" crossorigin>`,
    `<link rel="preload" href="${url('sociaal-domein-leren.js')}" as="script">`,
    // Not the italic face: web/boot.js asks for it after the first screen.
    ...Object.keys(versioned).filter((n) => n.startsWith('fonts/') && !n.endsWith('-Italic.ttf')).map((n) => `<link rel="preload" href="${url(n)}" as="fetch" crossorigin>`),
    // The course index, by its plain name as boot.js's fetchContent asks for it: requested only
    // once boot.js and its imports had run, it was the last file the start waited for on a fast
    // link. Only the index: a preload follows the browser's usual cache rules, not boot.js's
    // `cache: 'no-cache'`, and a stale index is harmless (every file's hash is compared with
    // it), while course.json and the strings, which trainers edit, must always be asked again.
    ...(existsSync(join(dist, 'content', 'index.json')) ? ['<link rel="preload" href="content/index.json" as="fetch" crossorigin>'] : []),
    `<script type="application/json" id="build-info">${JSON.stringify(info).replace(/</g, '\\u003c')}</script>`,
  ];
  if (!html.includes(MARK)) throw new Error(`index.html has no "${MARK}"`);
  return html.replace(`${MARK}\n`, `${MARK}\n${hints.join('\n')}\n${END}\n`);
}
