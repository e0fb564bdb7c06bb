// coursetool against the adversarial set (tests/data/hostile): it survives every case (an exit
// code, never a signal) and prints exactly the located verdict of the manifest: each error and
// warning as "file:line:col: severity: ... [code] (pointer)", and exit 2 / 1 / 0 for errors /
// warnings only / clean. tests/core/loader_hostile_test.cpp checks the same in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifest, writeCase } from './hostile-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tool = process.env.COURSETOOL || join(root, 'build/native/coursetool');
const skip = existsSync(tool) ? false : `coursetool not built at ${tool}`;

const line = (severity, e) => `${e.file}:${e.line}:${e.column}: ${severity}: [^\\n]* \\[${e.code}\\] \\(${e.pointer || '/'}\\)`;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const c of manifest.cases) {
  test(`coursetool check: ${c.name}`, { skip }, () => {
    const dir = writeCase(c, join(mkdtempSync(join(tmpdir(), 'hostile-')), 'course'));
    try {
      const r = spawnSync(tool, ['check', dir, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.equal(r.signal, null, `coursetool died: ${r.signal}\n${r.stderr}`);
      const { errors, warnings } = c.expect;
      assert.equal(r.status, errors.length ? 2 : warnings.length ? 1 : 0, r.stdout);
      const found = r.stdout.split('\n').filter((l) => / (error|warning): /.test(l)).map((l) => l.trim());
      const wanted = [...errors.map((e) => ['error', e]), ...warnings.map((w) => ['warning', w])];
      assert.equal(found.length, wanted.length, r.stdout);
      for (const [severity, e] of wanted) {
        const pattern = new RegExp(`^${line(severity, { ...e, file: escape(e.file), pointer: escape(e.pointer) })}$`);
        assert.ok(found.some((l) => pattern.test(l)), `${severity} ${e.code} at ${e.file}:${e.line}:${e.column} missing:\n${r.stdout}`);
      }
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
}
