// coursetool as a trainer uses it: check (exit 0 clean / 1 warnings only / 2 errors, every
// finding with file:line:col and its code), stats --json, and play with a choice list.
// Runs the binary named by $COURSETOOL (run-tests.sh sets it); skipped when it is not built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tool = process.env.COURSETOOL || join(root, 'build/native/coursetool');
const skip = existsSync(tool) ? false : `coursetool not built at ${tool}`;
const valid = join(root, 'tests/data/valid');
const run = (...args) => spawnSync(tool, args, { encoding: 'utf8' });

// A copy of the valid fixture course with one file changed. Its UI strings are the shipped
// ones: check requires every key the app's code uses (the fixture has only a few).
function variant(file, change) {
  const dir = mkdtempSync(join(tmpdir(), 'coursetool-'));
  cpSync(valid, dir, { recursive: true });
  cpSync(join(root, 'content/ui/strings.json'), join(dir, 'ui/strings.json'));
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}
const firstCase = () => JSON.parse(readFileSync(join(valid, 'course.json'), 'utf8')).cases[0];

test('check: a clean course exits 0', { skip }, () => {
  const r = run('check', variant('course.json', (t) => t));
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('check: UI strings without keys the app uses are an error', { skip }, () => {
  const r = run('check', valid, '--lang', 'en');  // the fixture's strings have three keys
  assert.equal(r.status, 2, r.stdout);
  assert.match(r.stdout, /ui\/strings\.json:\d+:\d+: error: \d+ texts the app uses are not in this file .*\[strings\.missing-key\]/);
  const keys = run('ui-keys', valid);
  assert.equal(keys.status, 2);
  assert.ok(keys.stdout.split('\n').length > 100, keys.stdout);
});

test('check: warnings only exit 1, and name file, position and code', { skip }, () => {
  const file = firstCase();
  const dir = variant(file, (t) => t.replace('"kind": "case",', '"kind": "case",\n  "unknownField": true,'));
  const r = run('check', dir, '--lang', 'en');
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stdout, new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+: warning: .*\\[field\\.unknown\\]`));
});

test('check: an error exits 2; the message names file, line and column', { skip }, () => {
  const file = firstCase();
  const dir = variant(file, (t) => t.replace(/"start": "([^"]+)"/, '"start": "does-not-exist"'));
  const r = run('check', dir);
  assert.equal(r.status, 2, r.stdout);
  assert.match(r.stdout, new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+: (fout|error): .*does-not-exist`));
});

test('stats --json counts the shipped course', { skip }, () => {
  const r = run('stats', '--json', join(root, 'content'));
  assert.equal(r.status, 0, r.stderr);
  const stats = JSON.parse(r.stdout);
  const text = JSON.stringify(stats);
  for (const id of ['sociaal-domein', 'dementie-mantelzorg']) assert.ok(text.includes(id), `${id} in stats`);
});

test('play follows a choice list and prints the path and state', { skip }, () => {
  const course = JSON.parse(readFileSync(join(root, 'content/course.json'), 'utf8'));
  const c = JSON.parse(readFileSync(join(root, 'content', course.cases[0]), 'utf8'));
  const r = run('play', join(root, 'content'), c.id, '--choices', '1,1');
  assert.equal(r.status, 0, r.stderr);
  const start = c.nodes.find((n) => n.id === c.start);
  assert.ok(r.stdout.includes(start.id), 'the start node is printed');
  assert.ok(r.stdout.includes(start.choices[0].id), 'the first choice is printed');
});

test('play --policy lets a bot choose and says whether it wins', { skip }, () => {
  const r = run('play', valid, 'schulden', '--policy', 'last', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /-> Wait a while\.\s+\(afwachten\)/);
  assert.match(r.stdout, /policy last: loses/);
  const first = run('play', valid, 'schulden', '--policy', 'first', '--lang', 'en');
  assert.match(first.stdout, /policy first: WINS/);
  const many = run('play', valid, 'schulden', '--policy', 'random', '--runs', '200', '--seed', '7', '--lang', 'en');
  assert.equal(many.status, 0, many.stderr);
  assert.match(many.stdout, /random: 200 games \(seed 7\)/);
  assert.match(many.stdout, /einde-goed\s+good\s+\d+/);
  assert.equal(run('play', valid, 'schulden', '--policy', 'cleverest').status, 64);
  assert.equal(run('play', valid, 'schulden', '--policy', 'first', '--choices', '1').status, 64);
});

// Pictures: coursetool reads every image file a page or portrait names. Each problem is an
// error at the image's src, with file:line:column, JSON Pointer and code; a good PNG passes.
function withPicture(bytes, extra = {}) {
  const dir = variant('modules/01-wmo-basis.json', (t) => {
    const m = JSON.parse(t);
    m.pages[0].blocks.splice(1, 0, { type: 'image', src: 'images/x.png', alt: { nl: 'Een test', en: 'A test' }, ...extra });
    return JSON.stringify(m, null, 2);
  });
  if (bytes) {
    cpSync(join(root, 'tests/data/images'), join(dir, 'images'), { recursive: true });
    writeFileSync(join(dir, 'images/x.png'), bytes);
  }
  return dir;
}
const picture = (name) => readFileSync(join(root, 'tests/data/images', name));

test('check: a good picture passes', { skip }, () => {
  const r = run('check', withPicture(picture('stripes-40x30.png')));
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

for (const [what, bytes, code, extra] of [
  ['a missing file', null, 'image.missing'],
  ['a file over 512 KB', Buffer.alloc(512 * 1024 + 1, 7), 'limit.image-size'],
  ['a picture over 2048 pixels wide', picture('too-wide-3000x2.png'), 'limit.image-pixels'],
  ['a cut-off PNG', picture('truncated.png'), 'image.unreadable'],
  ['a GIF named .png', picture('not-png.png'), 'image.unreadable'],
  ['no alt text', picture('stripes-40x30.png'), 'image.alt-missing', { alt: undefined }],
]) {
  test(`check: ${what} is a located error [${code}]`, { skip }, () => {
    const r = run('check', withPicture(bytes, extra), '--lang', 'en');
    assert.equal(r.status, 2, r.stdout);
    const pointer = code === 'image.alt-missing' ? '/pages/0/blocks/1' : '/pages/0/blocks/1/src';
    const line = r.stdout.split('\n').find((l) => l.includes(`[${code}]`));
    assert.ok(line, r.stdout);
    assert.match(line, /modules\/01-wmo-basis\.json:\d+:\d+: error: /);
    assert.ok(r.stdout.includes(pointer), `${pointer} in ${r.stdout}`);
  });
}
