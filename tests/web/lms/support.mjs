// Shared setup of the LMS browser tests: a dist/ stand-in (the real content, the web/lms bridge
// as written with the cmi5 client, and the test player in place of the WebAssembly module as
// index.html), packages built from it with scripts/package.mjs and unpacked, and one local HTTP
// server for the unpacked package, the test LMS pages, scorm-again and (for cmi5) the LRS fixture.
import { mkdtempSync, mkdirSync, cpSync, copyFileSync, readFileSync, writeFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { unzipSync } from 'fflate';
import { buildPackages } from '../../../scripts/package.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(root, 'tests/web/lms/fixtures');

// Temporary folders of this test process, removed when it ends.
const temporary = [];
process.on('exit', () => { for (const d of temporary) rmSync(d, { recursive: true, force: true }); });
const tempDir = (prefix) => { const d = mkdtempSync(join(tmpdir(), prefix)); temporary.push(d); return d; };

export { tempDir };

export function makeDist() {
  const dir = tempDir('sdl-lms-dist-');
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  copyFileSync(join(fixtures, 'player.html'), join(dir, 'index.html'));
  copyFileSync(join(fixtures, 'player.js'), join(dir, 'player.js'));
  // The bridge as written (web/lms/), not bundled: the player imports lms/main.js as an LMS page would.
  cpSync(join(root, 'web/lms'), join(dir, 'lms'), { recursive: true });
  execFileSync(process.execPath, [join(root, 'scripts/assemble-lms.mjs'), dir], { stdio: 'ignore' });
  return dir;
}

// Builds one package and unpacks it into `site/pkg/`; returns the zip's bytes and names.
export function packageInto(dist, site, opts) {
  const { written } = buildPackages({ dist, cases: [], allCases: false, formats: ['scorm12'], auPerCase: false, mastery: 70, version: '1.0.0-test', iriBase: 'urn:sociaal-domein-leren:', out: join(site, 'zips'), ...opts });
  const zip = readFileSync(written[0].path);
  const files = unzipSync(zip);
  rmSync(join(site, 'pkg'), { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(site, 'pkg', name)), { recursive: true });
    writeFileSync(join(site, 'pkg', name), bytes);
  }
  return { written, files: Object.keys(files) };
}

// A package written by `./build-wasm.sh --package` (the real module), unpacked into
// `site/<dir>/`. Refuses a missing or stale zip (older than the module it should contain).
export function unpackDistPackage(name, site, dir = 'pkg') {
  const dist = process.env.DIST_DIR || join(root, 'dist');
  const zip = join(dist, 'packages', name);
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run ./build-wasm.sh --package first`);
  const wasm = join(dist, 'sociaal-domein-leren.wasm');
  if (existsSync(wasm) && statSync(zip).mtimeMs < statSync(wasm).mtimeMs) throw new Error(`${zip} is older than dist/: run ./build-wasm.sh --package`);
  const files = unzipSync(readFileSync(zip));
  rmSync(join(site, dir), { recursive: true, force: true });
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(site, dir, file)), { recursive: true });
    writeFileSync(join(site, dir, file), bytes);
  }
  return { zip, files: Object.keys(files), text: (file) => new TextDecoder().decode(files[file]) };
}

export function makeSite() {
  const site = tempDir('sdl-lms-site-');
  mkdirSync(join(site, 'vendor/scorm-again'), { recursive: true });
  for (const f of ['scorm12.js', 'scorm2004.js']) copyFileSync(join(root, 'node_modules/scorm-again/dist', f), join(site, 'vendor/scorm-again', f));
  copyFileSync(join(fixtures, 'scorm-host.html'), join(site, 'host.html'));
  copyFileSync(join(fixtures, 'embed-host.html'), join(site, 'embed.html'));
  return site;
}

// Like many LMS file servers, this one does not know .wasm (application/octet-stream): the
// module must start anyway.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml' };

// Static files from `site`; `handler(req, res, url)` may answer first (returns true).
export function startSite(site, handler = () => false) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    try { if (await handler(req, res, url)) return; } catch (e) { res.writeHead(500).end(String(e)); return; }
    const file = normalize(join(site, decodeURIComponent(url.pathname)));
    if (!file.startsWith(site + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch { res.writeHead(404).end('not found'); }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })));
}

// The launch URL an LMS builds from a SCORM manifest: the resource href plus the item's
// parameters, and the item's launch data (datafromlms / dataFromLMS).
export function scormLaunch(manifestXml) {
  const href = manifestXml.match(/<resource [^>]*href="([^"]+)"/)[1];
  const params = (manifestXml.match(/<item [^>]*parameters="([^"]*)"/) || [])[1] || '';
  const data = (manifestXml.match(/<adlcp:data[fF]rom[lL][mM][sS]>([^<]*)</) || [])[1] || '';
  const mastery = (manifestXml.match(/<adlcp:masteryscore>([^<]*)</) || manifestXml.match(/<imsss:minNormalizedMeasure>([^<]*)</) || [])[1];
  return { url: href + params.replace(/&amp;/g, '&'), launchData: data.replace(/&amp;/g, '&'), mastery: mastery == null ? null : Number(mastery) };
}
