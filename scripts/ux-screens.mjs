// Screenshots for the side-by-side UX comparison (docs/ux-comparison.md): the screens a learner
// sees most, at the three sizes the course is judged at, CSS pixel for CSS pixel (device
// scale 1), for people to look at next to an H5P Interactive Book and Rise's documented design.
// Usage: DIST_DIR=/path/to/dist node scripts/ux-screens.mjs [OUT_DIR]   (default: test-results/ux)
// Writes ours-<screen>-<W>x<H>.png. Does not build anything; serves DIST_DIR (default dist/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openModule, state, activate, activateAndWait, waitFor, courseFiles, resultsDir }
  from '../tests/web/harness.mjs';
import { choose } from '../tests/web/steps.mjs';

const out = process.argv[2] || join(resultsDir, 'ux');
mkdirSync(out, { recursive: true });
const SIZES = [[360, 640], [1366, 768], [1920, 1080]];
const { modules, cases } = courseFiles();
const mod = modules[0];
const firstPage = mod.pages[0];

async function shot(page, name) {
  await page.waitForTimeout(300);
  const { width, height } = page.viewportSize();
  const file = join(out, `ours-${name}-${width}x${height}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}
async function reveal(page, id) {
  await page.evaluate((i) => window.learningModule.reveal(i), id);
  await waitFor(page, (d, a) => d.elements.find((e) => e.id === a)?.visible, id);
}

const browser = await launchBrowser();
try {
  for (const [width, height] of SIZES) {
    const phone = width < 500;
    const m = await openModule(browser, { viewport: { width, height }, hasTouch: phone });
    const p = m.page;
    // Focus on the canvas, as after a tap or click: describe()/activate() then act as a pointer
    // would, and the mirror's keyboard focus ring (which a pointer user never sees) stays hidden.
    await p.focus('#canvas');
    try {
      await shot(p, 'home');
      // Module 1, page 1: the same page the H5P book was made from (text, check, text, callout).
      await activateAndWait(p, `home.module.${mod.id}`, (d, a) => d.screen === a, `page.${mod.id}.${firstPage.id}`);
      await shot(p, 'page-top');
      const callout = firstPage.blocks.findIndex((b) => b.type === 'callout');
      await reveal(p, `block.${callout}`);
      await shot(p, 'page-callout');
      // The check on that page, answered with its first (wrong) option, as in the H5P book.
      const check = firstPage.blocks.find((b) => b.type === 'check').question;
      await reveal(p, `check.${check.id}`);
      await activate(p, `check.${check.id}.option.${check.options[0].id}`);
      await waitFor(p, (d, a) => d.elements.some((e) => e.id === a && !e.disabled), `check.${check.id}.check`);
      await activateAndWait(p, `check.${check.id}.check`, (d, a) => d.elements.some((e) => e.id === a), `check.${check.id}.result`);
      await reveal(p, `check.${check.id}.result`);
      await shot(p, 'check-answered');
      // A case: a decision and its consequence, then the ending.
      const c = cases[0];
      await activateAndWait(p, 'nav.home', (d) => d.screen === 'home');
      await activateAndWait(p, `home.case.${c.id}`, (d, a) => d.screen === `case.${a}.intro`, c.id);
      await activateAndWait(p, 'case.start', (d) => d.screen.endsWith('.node'));
      await shot(p, 'case-decision');
      await choose(p);
      await p.evaluate(() => window.learningModule.reveal('main'));
      await shot(p, 'case-consequence');
      for (let i = 0; i < 40 && !(await state(p)).caseEnding; i++) await choose(p);
      await waitFor(p, (d) => d.screen.endsWith('.ending'));
      await p.evaluate(() => window.learningModule.reveal('main'));
      await shot(p, 'case-ending');
      if (m.errors.length) console.error('console errors:', m.errors);
    } finally { await m.close(); }
  }
} finally { await browser.close(); }
