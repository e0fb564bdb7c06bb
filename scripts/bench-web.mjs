// Performance figures of the built module (not a test: it prints, it does not judge).
// Usage: node scripts/bench-web.mjs [DIST]      (after ./build-wasm.sh)
// Reports: bytes shipped (raw and gzip), time from navigation to learningModule.ready,
// content load time (parse + validate + analyse, inside the module), frames drawn while idle
// for 2 s, and the CPU time per drawn frame while a learner pages through a module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, openModule, state, activate, courseFiles } from '../tests/web/harness.mjs';

const dist = process.argv[2] || 'dist';
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const groups = {};
for (const f of walk(dist)) {
  const rel = relative(dist, f);
  const group = rel.startsWith('content/') ? 'content/*.json' : rel.startsWith('fonts/') ? 'fonts/*.ttf' : rel;
  const raw = readFileSync(f);
  groups[group] ??= { raw: 0, gzip: 0 };
  groups[group].raw += raw.length;
  groups[group].gzip += gzipSync(raw, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = { raw: 0, gzip: 0 };
console.log('## Bytes shipped\n\n| file | raw | gzip |\n| --- | ---: | ---: |');
for (const [g, s] of Object.entries(groups).sort()) {
  console.log(`| ${g} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
  total.raw += s.raw; total.gzip += s.gzip;
}
console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} |\n`);

const browser = await launchBrowser();
const runs = [];
for (let i = 0; i < 5; i++) {
  const m = await openModule(browser);
  const s = await state(m.page);
  runs.push({ ready: m.readyMs, load: s.contentLoadMs });
  if (i === 4) {
    await m.page.waitForTimeout(300);
    const a = (await state(m.page)).framesDrawn;
    await m.page.waitForTimeout(2000);
    const idle = (await state(m.page)).framesDrawn - a;
    const { modules } = courseFiles();
    const before = await state(m.page);
    for (const mod of modules) {
      await activate(m.page, `home.module.${mod.id}`);
      for (let p = 1; p < mod.pages.length; p++) { await m.page.waitForTimeout(50); await activate(m.page, 'page.next'); }
      await m.page.waitForTimeout(50);
      await activate(m.page, 'nav.home');
      await m.page.waitForTimeout(50);
    }
    const after = await state(m.page);
    const frames = after.framesDrawn - before.framesDrawn;
    const avg = (after.frameMsAverage * after.framesDrawn - before.frameMsAverage * before.framesDrawn) / frames;
    console.log('## Run time (headless Chromium, SwiftShader WebGL2, 1280×800)\n');
    console.log(`- frames drawn while idle for 2 s: ${idle}`);
    console.log(`- CPU time per drawn frame while paging through every module: ${avg.toFixed(2)} ms average over ${frames} frames, ${after.frameMsMax.toFixed(1)} ms worst`);
  }
  await m.close();
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`- navigation → learningModule.ready: ${median(runs.map((r) => r.ready))} ms (median of 5; ${runs.map((r) => r.ready).join(', ')})`);
console.log(`- content load (parse + validate + analyse all files, in wasm): ${median(runs.map((r) => r.load)).toFixed(1)} ms (median of 5)`);
await browser.close();
