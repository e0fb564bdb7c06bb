// Every character in the shipped content can be drawn: it lies in the glyph ranges the
// module rasterises (src/ui/fonts.cpp) and the subset font keeps (scripts/build-fonts.sh).
// A character outside them would show as "?" to the learner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const content = join(root, 'content');

// Parsed from src/ui/fonts.cpp so the test follows the code.
const ranges = [...readFileSync(join(root, 'src/ui/fonts.cpp'), 'utf8').matchAll(/0x([0-9A-Fa-f]{4}), 0x([0-9A-Fa-f]{4})/g)]  // both tables
  .map((m) => [parseInt(m[1], 16), parseInt(m[2], 16)]);
const drawable = (cp) => cp === 10 || ranges.some(([a, b]) => cp >= a && cp <= b);

test('the glyph ranges were found in src/ui/fonts.cpp', () => assert.ok(ranges.length >= 3));

const course = JSON.parse(readFileSync(join(content, 'course.json'), 'utf8'));
for (const file of ['course.json', ...course.modules, ...course.cases, course.glossary, course.strings]) {
  test(`every character of ${file} can be drawn`, () => {
    const text = readFileSync(join(content, file), 'utf8');
    const bad = new Map();
    const doc = JSON.parse(text);
    const visit = (v, where) => {
      if (typeof v === 'string') {
        for (const ch of v) if (!drawable(ch.codePointAt(0)) && !bad.has(ch)) bad.set(ch, where);
      } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}/${i}`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== '$schema') visit(x, `${where}/${k}`);
    };
    visit(doc, '');
    assert.deepEqual([...bad].map(([ch, w]) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} '${ch}' at ${w}`), []);
  });
}
