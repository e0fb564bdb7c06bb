// The course covers every theme of the source documents: each theme is tagged on at least one
// explainer page AND on at least one case or knowledge-check question (or the module/case as
// a whole). Also: every shipped file names the schema, and the course lists every file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const content = join(dirname(fileURLToPath(import.meta.url)), '../../content');
const read = (f) => JSON.parse(readFileSync(join(content, f), 'utf8'));
const course = read('course.json');
const modules = course.modules.map(read);
const cases = course.cases.map(read);

// The themes of the source documents (issue 4's quality gate), as content theme ids.
const THEMES = {
  decentralisaties: 'decentralisaties',
  'drie wetten en hun paradigma\'s': 'drie-wetten',
  'positieve gezondheid': 'positieve-gezondheid',
  waardenkaart: 'waardenkaart',
  'sociale basis en preventie': 'sociale-basis',
  'sociaal werk, vrijwilligers en ervaringsdeskundigen': 'sociaal-werk',
  'medisch–sociaal samenwerken': 'medisch-sociaal',
  'contextueel werken': 'contextueel-werken',
  'interprofessioneel samenwerken': 'interprofessioneel',
  'verticale polarisatie': 'verticale-polarisatie',
  'impact van sociaal werk': 'impact',
};

for (const [name, id] of Object.entries(THEMES)) {
  test(`theme "${name}" has a page and a case or quiz question`, () => {
    const pages = modules.flatMap((m) => m.pages.filter((p) => (p.themes || []).includes(id)).map((p) => `${m.id}/${p.id}`));
    const practice = [
      ...cases.filter((c) => (c.themes || []).includes(id)).map((c) => `case ${c.id}`),
      ...modules.flatMap((m) => m.quiz.questions.filter((q) => (q.themes || []).includes(id) || (m.themes || []).includes(id))
        .map((q) => `${m.id}/quiz/${q.id}`)),
    ];
    assert.ok(pages.length > 0, `no page is tagged '${id}'`);
    assert.ok(practice.length > 0, `no case or quiz question is tagged '${id}'`);
  });
}

test('every content file names the schema and the course lists every module and case file', () => {
  const listed = new Set([...course.modules, ...course.cases, course.glossary, course.strings]);
  for (const dir of ['modules', 'cases']) {
    for (const f of readdirSync(join(content, dir))) assert.ok(listed.has(`${dir}/${f}`), `${dir}/${f} is not listed in course.json`);
  }
  for (const f of ['course.json', ...listed]) {
    const doc = read(f);
    assert.match(doc.$schema, /schema\/content\.schema\.json$/, `${f} names the schema`);
  }
});

test('every module and case has sources and a peildatum; yearly amounts carry their year', () => {
  for (const m of modules) {
    assert.ok(m.sources.length && m.peildatum, m.id);
    for (const p of m.pages) assert.ok(p.sources.length && /^\d{4}-\d{2}-\d{2}$/.test(p.peildatum), `${m.id}/${p.id}`);
  }
  for (const c of cases) assert.ok(c.sources.length && c.peildatum, c.id);
  // A euro amount must have its year (19xx/20xx) in the same text or in the block, row,
  // event, node or choice it belongs to (a table row labelled "2015" dates its cells).
  const offenders = [];
  const year = /\b(19|20)\d{2}\b/;
  const visit = (node, where, context) => {
    if (typeof node === 'string') {
      if (/€\s?\d/.test(node) && !year.test(node) && !year.test(JSON.stringify(context))) offenders.push(`${where}: ${node.slice(0, 90)}`);
    } else if (Array.isArray(node)) node.forEach((x, i) => visit(x, `${where}/${i}`, context));
    else if (node && typeof node === 'object') {
      const ctx = ('type' in node || 'choices' in node || 'coaching' in node || 'feedback' in node || 'cells' in node || 'date' in node) ? node : context;
      for (const [k, v] of Object.entries(node)) visit(v, `${where}/${k}`, ctx);
    }
  };
  for (const m of modules) visit(m.pages, m.id, {});
  // Case narratives (and the consequences that open the next scene) may mention private
  // amounts ("€ 40 on his account"); the facts are in the coaching (legacy: feedback) and
  // debriefs.
  for (const c of cases) {
    c.nodes.forEach((n, i) => (n.choices || []).forEach((ch, j) => {
      for (const key of ['coaching', 'feedback']) visit(ch[key], `${c.id}/nodes/${i}/choices/${j}/${key}`, ch);
    }));
    c.endings.forEach((e, i) => visit(e.debrief, `${c.id}/endings/${i}/debrief`, e));
  }
  assert.deepEqual(offenders, [], 'euro amounts without a year');
});

test('the glossary has at least 80 terms, each in Dutch and English', () => {
  const g = read(course.glossary);
  assert.ok(g.terms.length >= 80, `${g.terms.length} terms`);
});
