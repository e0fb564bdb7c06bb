// The JSON Schema (checked with ajv) must reject every file in tests/data/broken and accept
// every valid fixture and every shipped content file. Run: node --test tests/content/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeValidator, validateText } from './validate-schema.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const validate = makeValidator();

function jsonFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return name === 'schema' ? [] : jsonFiles(p);
      return name.endsWith('.json') && name !== 'expected.json' ? [p] : [];
    });
}

const brokenDir = join(root, 'tests/data/broken');
const expected = JSON.parse(readFileSync(join(brokenDir, 'expected.json'), 'utf8'));

test('there are at least 30 broken files, each listed in expected.json', () => {
  const files = jsonFiles(brokenDir).map((p) => p.slice(brokenDir.length + 1));
  assert.ok(files.length >= 30, `only ${files.length} broken files`);
  assert.deepEqual(files, Object.keys(expected).sort());
});

for (const file of jsonFiles(brokenDir)) {
  const name = file.slice(brokenDir.length + 1);
  test(`schema rejects broken/${name}`, () => {
    const problems = validateText(validate, readFileSync(file, 'utf8'));
    assert.ok(problems.length > 0, 'the schema accepts this file');
    const { code, pointer } = expected[name];
    // The schema must complain about the same spot as the C++ loader (or a parent of it,
    // e.g. a missing property is reported at its object), except for JSON syntax errors.
    if (code !== 'json.syntax') {
      const spots = problems.map((p) => p.slice(0, p.indexOf(' ')));
      const want = pointer === '' ? '/' : pointer;
      const parent = want.slice(0, want.lastIndexOf('/')) || '/';
      assert.ok(spots.includes(want) || spots.includes(parent), `ajv reports ${spots.join(', ')}; expected ${want}`);
    }
  });
}

for (const file of [...jsonFiles(join(root, 'tests/data/valid')), ...jsonFiles(join(root, 'tests/data/semantic'))]) {
  test(`schema accepts ${file.slice(root.length + 1)}`, () => {
    assert.deepEqual(validateText(validate, readFileSync(file, 'utf8')), []);
  });
}

// Shipped content: every file course.json lists (skipping those not written yet) and the rest
// of content/.
const contentDir = join(root, 'content');
const listed = new Set();
if (existsSync(join(contentDir, 'course.json'))) {
  const course = JSON.parse(readFileSync(join(contentDir, 'course.json'), 'utf8'));
  for (const rel of [...(course.modules || []), ...(course.cases || []), course.glossary, course.strings]) {
    if (typeof rel === 'string') listed.add(join(contentDir, rel));
  }
}
for (const file of new Set([...jsonFiles(contentDir), ...listed])) {
  test(`schema accepts shipped ${file.slice(root.length + 1)}`, { skip: !existsSync(file) && 'not written yet' }, () => {
    assert.deepEqual(validateText(validate, readFileSync(file, 'utf8')), []);
  });
}
