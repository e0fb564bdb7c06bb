// Writes ready-to-upload LMS packages of a built dist/ into DIST/packages/:
//   SCORM 1.2 (one SCO, adlcp:masteryscore), SCORM 2004 4th edition (one SCO, no sequencing
//   needed), cmi5 (cmi5.xml: the course as one AU, or one AU per case), for the whole course
//   or one case (launched with ?case=<id>; its completion and score are that case's).
//
//   node scripts/package.mjs DIST [--case <id> | --all-cases] [--format scorm12|scorm2004|cmi5|all]
//        [--cmi5-au-per-case] [--mastery 70] [--version <v>] [--iri-base <iri>] [--out <dir>]
//
// Every package states the course version and a SHA-256 of its files, lists every file (the
// SCORM manifest's resource, and package-info.json in all formats) and uses relative URLs only.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { zipSync, unzipSync, strFromU8 } from 'fflate';
import { scorm12Manifest, scorm2004Manifest, cmi5Xml, manifestFiles } from './package-manifests.mjs';

export const FORMATS = ['scorm12', 'scorm2004', 'cmi5'];

function usage(message) {
  if (message) console.error(`package: ${message}`);
  console.error('usage: node scripts/package.mjs DIST [--case <id> | --all-cases] [--format scorm12|scorm2004|cmi5|all] [--cmi5-au-per-case] [--mastery 70] [--version v] [--iri-base iri] [--out dir]');
  process.exit(2);
}

export function parseArgs(argv) {
  const o = { dist: null, cases: [], allCases: false, formats: ['scorm12'], auPerCase: false, mastery: 70, version: null, iriBase: 'urn:sociaal-domein-leren:', out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], next = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    if (a === '--case') o.cases.push(next());
    else if (a === '--all-cases') o.allCases = true;
    else if (a === '--format') { const f = next(); o.formats = f === 'all' ? FORMATS : f.split(','); }
    else if (a === '--cmi5-au-per-case') o.auPerCase = true;
    else if (a === '--mastery') o.mastery = Number(next());
    else if (a === '--version') o.version = next();
    else if (a === '--iri-base') o.iriBase = next();
    else if (a === '--out') o.out = next();
    else if (a === '-h' || a === '--help') usage();
    else if (!a.startsWith('--') && !o.dist) o.dist = a;
    else usage(`unknown option ${a}`);
  }
  if (!o.dist) usage('name the dist folder');
  for (const f of o.formats) if (!FORMATS.includes(f)) usage(`unknown format ${f}`);
  if (!(o.mastery >= 0 && o.mastery <= 100)) usage('--mastery is a percentage, 0..100');
  return o;
}

function walk(dir, base = dir, skip) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (skip(full)) continue;
    if (statSync(full).isDirectory()) out.push(...walk(full, base, skip));
    else out.push(relative(base, full).split(sep).join('/'));
  }
  return out;
}

function courseVersion(explicit) {
  if (explicit) return explicit;
  if (process.env.LEREN_VERSION) return process.env.LEREN_VERSION;
  try { return execFileSync('git', ['describe', '--tags', '--always', '--dirty'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'unversioned'; }
}

export function readCourse(dist) {
  const course = JSON.parse(readFileSync(join(dist, 'content/course.json'), 'utf8'));
  const cases = course.cases.map((f) => {
    const c = JSON.parse(readFileSync(join(dist, 'content', f), 'utf8'));
    return { id: c.id, title: c.title };
  });
  return { id: course.id, title: course.title, cases };
}

const STORED = /\.(png|jpe?g|gif|woff2?|zip|gz|br)$/i;   // already compressed

export function buildPackages(opts) {
  const dist = resolve(opts.dist);
  const outDir = resolve(opts.out || join(dist, 'packages'));
  const course = readCourse(dist);
  const caseIds = course.cases.map((c) => c.id);
  for (const id of opts.cases) if (!caseIds.includes(id)) usage(`no case '${id}'; cases: ${caseIds.join(', ')}`);
  const scopes = opts.allCases ? course.cases : opts.cases.length ? course.cases.filter((c) => opts.cases.includes(c.id)) : [null];

  // Without the precompressed copies (scripts/precompress.mjs): an LMS serves the files its own way.
  // Without the service worker (web/sw.js): offline use is for a standalone dist/; inside an LMS
  // the page is the LMS's, and web/offline.js would not register it there anyway.
  const files = walk(dist, dist, (full) => full === outDir || full.startsWith(outDir + sep) || /\.(gz|br)$/.test(full) ||
    full === join(dist, 'sw.js'));
  const bytes = Object.fromEntries(files.map((f) => [f, readFileSync(join(dist, f))]));
  const fileInfo = files.map((f) => ({ path: f, bytes: bytes[f].length, sha256: createHash('sha256').update(bytes[f]).digest('hex') }));
  const hash = createHash('sha256');
  for (const f of fileInfo) hash.update(`${f.path}\0${f.sha256}\n`);
  const contentHash = hash.digest('hex');
  const version = courseVersion(opts.version);
  mkdirSync(outDir, { recursive: true });

  const written = [];
  for (const format of opts.formats) {
    for (const one of scopes) {
      const info = {
        course: course.id, title: course.title, version, contentHash: `sha256:${contentHash}`, format,
        case: one ? one.id : null, launch: 'index.html', files: fileInfo,
      };
      const pkg = { course, one, version, contentHash, mastery: opts.mastery, iriBase: opts.iriBase, auPerCase: opts.auPerCase, files: [...files, 'package-info.json'] };
      const manifestName = format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
      const manifest = format === 'scorm12' ? scorm12Manifest(pkg) : format === 'scorm2004' ? scorm2004Manifest(pkg) : cmi5Xml(pkg);
      const entries = {};
      const mtime = new Date('2000-01-01T00:00:00Z');   // same input, same zip
      entries[manifestName] = [new TextEncoder().encode(manifest), { level: 9, mtime }];
      entries['package-info.json'] = [new TextEncoder().encode(JSON.stringify(info, null, 2) + '\n'), { level: 9, mtime }];
      for (const f of files) entries[f] = [new Uint8Array(bytes[f]), { level: STORED.test(f) ? 0 : 9, mtime }];
      const zip = zipSync(entries);
      const name = `${course.id}-${format}${one ? '-' + one.id : ''}.zip`;
      const path = join(outDir, name);
      writeFileSync(path, zip);
      checkPackage(zip, format);
      written.push({ name, path, bytes: zip.length, format, case: one ? one.id : null });
    }
  }
  return { written, contentHash, version, outDir };
}

// The zip's manifest must list exactly the files in the zip (SCORM), and package-info.json
// every file but the manifests and itself. Throws on a mismatch.
export function checkPackage(zip, format) {
  const entries = unzipSync(zip);
  const names = Object.keys(entries).sort();
  const manifestName = format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
  if (!entries[manifestName]) throw new Error(`${manifestName} missing`);
  const info = JSON.parse(strFromU8(entries['package-info.json']));
  const infoFiles = info.files.map((f) => f.path).concat('package-info.json', manifestName).sort();
  if (JSON.stringify(infoFiles) !== JSON.stringify(names)) throw new Error('package-info.json does not list the zip\'s files');
  if (format !== 'cmi5') {
    const listed = manifestFiles(strFromU8(entries[manifestName])).concat(manifestName).sort();
    if (JSON.stringify(listed) !== JSON.stringify(names)) throw new Error('imsmanifest.xml does not list exactly the zip\'s files');
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const { written, contentHash, version, outDir } = buildPackages(opts);
  console.log(`course version ${version}, content sha256:${contentHash.slice(0, 16)}…`);
  for (const w of written) console.log(`${relative(process.cwd(), w.path)}  ${(w.bytes / 1024).toFixed(0)} KB`);
  console.log(`${written.length} package(s) in ${relative(process.cwd(), outDir) || '.'}`);
}
