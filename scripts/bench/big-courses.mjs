// The two big courses of the benchmark (scripts/bench-web.mjs), generated into a copy of a
// built dist/: the shipped modules, glossary and UI strings stay, the cases are replaced.
//  - "100 cases": 100 generated cases of about 100 KB each (a 10 MB content folder);
//  - "2,000 nodes": the shipped course plus one case as big as the loader's limits allow
//    (content_limits.hpp: 2,000 nodes per case, 4 MB per file). The trainer case had
//    16,000 nodes (13 MB); the loader refuses that since the limits came in, so the biggest
//    case that still opens is what a trainer can make.
// Every generated case is valid content (no errors in coursetool check): the module opens it.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILLER_NL = 'Mevrouw vertelt over haar week: de thuiszorg kwam twee keer te laat, haar dochter werkt fulltime en ' +
  'belt elke avond, de buurvrouw doet boodschappen. Ze wil vooral niet afhankelijk worden van anderen. ';
const FILLER_EN = 'The client talks about her week: home care was late twice, her daughter works full time and calls ' +
  'every evening, the neighbour does the shopping. Above all she does not want to depend on others. ';
const text = (nl, en) => ({ nl, en });
const story = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n).trimEnd();

// A case of `nodes` choice nodes (plus one branch node and three endings), each with a story
// text of `storyChars` characters per language. Choices lead forward (one, two and five nodes on), so the graph has many
// paths but every node is reachable and every path ends.
export function makeCase(id, nodes, storyChars = FILLER_NL.length) {
  const node = (k) => (k >= nodes ? 'afsluiting' : `n${k}`);
  const c = {
    $schema: '../schema/content.schema.json', formatVersion: 1, kind: 'case', id,
    title: text(`Casus ${id}`, `Case ${id}`), summary: text('Een gegenereerde casus.', 'A generated case.'),
    role: text('sociaal werker', 'social worker'), difficulty: 'basis', minutes: 20, peildatum: '2026-11-01',
    sources: [{ title: 'Wmo 2015', url: 'https://wetten.overheid.nl/BWBR0035362' }], laws: ['wmo2015'],
    objectives: [text('Je luistert.', 'You listen.')],
    discussion: [text('Vraag 1?', 'Question 1?'), text('Vraag 2?', 'Question 2?'), text('Vraag 3?', 'Question 3?')],
    personas: [{ id: 'client', name: 'Mevrouw De Vries', age: 81, description: text('Woont alleen.', 'Lives alone.') }],
    intro: text(FILLER_NL, FILLER_EN),
    variables: [
      { id: 'vertrouwen', label: text('Vertrouwen', 'Trust'), type: 'number', min: 0, max: 10, initial: 5, group: 'status' },
      { id: 'weken', label: text('Weken', 'Weeks'), type: 'number', min: 0, max: 52, initial: 0, group: 'status' },
      { id: 'gehoord', label: text('Gehoord', 'Heard'), type: 'flag', initial: false, group: 'verborgen' },
    ],
    scoring: { passPercent: 60, dimensions: [
      { id: 'vraag', label: text('Vraagverheldering', 'Clarifying'), pass: 2 },
      { id: 'recht', label: text('Juridisch kader', 'Legal framework'), pass: 1 },
      { id: 'samen', label: text('Samenwerking', 'Cooperation'), pass: 1 },
    ] },
    start: 'n0',
    nodes: [],
    endings: [],
  };
  for (let k = 0; k < nodes; k++) {
    c.nodes.push({
      id: node(k), title: text(`Moment ${k}`, `Moment ${k}`), speaker: 'client',
      text: text(story(FILLER_NL, storyChars), story(FILLER_EN, storyChars)),
      variants: [{ if: 'vertrouwen < 3', text: text('Ze kijkt weg.', 'She looks away.') }],
      choices: [
        { id: 'luisteren', text: text('Luister door.', 'Keep listening.'), effects: ['vertrouwen += 1', 'gehoord = true'],
          score: { vraag: 1 }, consequence: text('Ze vertelt verder.', 'She goes on talking.'),
          coaching: text(`Doorvragen helpt. ${FILLER_NL.slice(0, 80)}`, `Asking on helps. ${FILLER_EN.slice(0, 80)}`), next: node(k + 1) },
        { id: 'regelen', text: text('Regel het.', 'Arrange it.'), if: 'vertrouwen >= 3', effects: ['weken += 2'],
          score: { recht: 1, samen: 1 }, consequence: text('Het formulier gaat de deur uit.', 'The form goes out.'),
          coaching: text('Snel, maar vroeg je genoeg?', 'Fast, but did you ask enough?'), next: node(k + 2) },
        { id: 'afwachten', text: text('Wacht af.', 'Wait.'), effects: ['vertrouwen -= 1', 'weken += 4'],
          score: { vraag: -1 }, consequence: text('Er gebeurt een week niets.', 'Nothing happens for a week.'),
          coaching: text('Afwachten kost tijd.', 'Waiting costs time.'), next: node(k + 5) },
      ],
    });
  }
  c.nodes.push({ id: 'afsluiting', text: text('Het gesprek loopt af.', 'The conversation ends.'), branch: [
    { if: 'score.vraag >= 4 and gehoord', next: 'einde-goed' }, { if: 'vertrouwen >= 4', next: 'einde-gemengd' }, { next: 'einde-zwak' },
  ] });
  for (const [e, rating] of [['goed', 'good'], ['gemengd', 'mixed'], ['zwak', 'poor']]) {
    c.endings.push({ id: `einde-${e}`, title: text(e, e), rating, text: text(FILLER_NL, FILLER_EN),
      debrief: { laws: text('Wmo 2015.', 'Wmo 2015.'), wentWell: text('Luisteren.', 'Listening.'), mistakes: text('Te snel regelen.', 'Arranging too fast.') } });
  }
  return c;
}

// Copies `dist` to `out` and replaces its cases by `cases` ([{id, nodes, storyChars, indent}]) or
// adds them (keepCases). Returns {dir, bytes, files}: the content bytes of the generated cases.
export function writeCourse(dist, out, cases, { keepCases = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, out, { recursive: true, filter: (src) => !src.includes(`${dist}/packages`) });
  const courseFile = join(out, 'content/course.json');
  const course = JSON.parse(readFileSync(courseFile, 'utf8'));
  if (!keepCases) {
    for (const f of course.cases) rmSync(join(out, 'content', f), { force: true });
    course.cases = [];
  }
  mkdirSync(join(out, 'content/cases'), { recursive: true });
  let bytes = 0;
  for (const { id, nodes, storyChars, indent } of cases) {
    const file = `cases/gen-${id}.json`;
    const body = JSON.stringify(makeCase(id, nodes, storyChars), null, indent);
    bytes += Buffer.byteLength(body);
    writeFileSync(join(out, 'content', file), body);
    course.cases.push(file);
  }
  writeFileSync(courseFile, JSON.stringify(course, null, 2) + '\n');
  return { dir: out, bytes, files: cases.length };
}

// The two courses of the issue, under `root`.
export function writeBigCourses(dist, root) {
  const hundred = writeCourse(dist, join(root, 'course-100-cases'),
    Array.from({ length: 100 }, (_, i) => ({ id: `c${String(i + 1).padStart(3, '0')}`, nodes: 42, indent: 1 })));
  // 2,000 nodes (the limit) in compact JSON with story texts long enough that the file is just
  // under the 4 MB limit per file.
  const big = writeCourse(dist, join(root, 'course-2000-nodes'), [{ id: 'groot', nodes: 1999, storyChars: 340 }],
    { keepCases: true });
  return { hundred, big };
}

export const bigCourseExists = (dir) => existsSync(join(dir, 'content/course.json'));
