// Learner steps shared by the robustness tests (progress, CSP, monkey): open the module in a
// page of an existing context, open a module page, start a case and make choices, each waiting
// for the screen that follows. Through describe()/activate(), as the other browser tests, but
// without harness.waitFor's `new Function` in the page: these steps also run under a CSP
// without 'unsafe-eval'.
import assert from 'node:assert/strict';
import { activate, describe, state } from './harness.mjs';

const IGNORED = [/GPU stall due to ReadPixels/i, /GL_CLOSE_PATH_NV/, /WebGL: too many errors/];

// Opens `url` in a new page of `context` and waits until the module is ready. Console errors
// (with the address they concern, when there is one) and page errors are collected in
// page.errors.
export async function openPage(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' || IGNORED.some((r) => r.test(m.text()))) return;
    page.errors.push(m.location()?.url ? `${m.text()} (${m.location().url})` : m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await ready(page);
  return page;
}

export async function ready(page) {
  await page.waitForFunction(() => window.learningModule && window.learningModule.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.learningModule.ready);
}

const quote = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Activates element `id` and waits until the screen id matches `screen` (a RegExp, or a
// string for exactly that screen). Returns the description.
export async function go(page, id, screen) {
  const pattern = typeof screen === 'string' ? new RegExp(`^${quote(screen)}$`) : screen;
  assert.equal(await activate(page, id), true, `activate('${id}')`);
  await page.waitForFunction((src) => new RegExp(src).test(window.learningModule.describe().screen), pattern.source,
    { timeout: 10000, polling: 50 });
  return describe(page);
}

export async function home(page) {
  if ((await describe(page)).screen !== 'home') await go(page, 'nav.home', 'home');
}

// Reads the first `count` pages of module `mod` (from home).
export async function readPages(page, mod, count) {
  await home(page);
  await go(page, `home.module.${mod.id}`, `page.${mod.id}.${mod.pages[0].id}`);
  for (let i = 1; i < count; i++) await go(page, 'page.next', `page.${mod.id}.${mod.pages[i].id}`);
}

// Opens case `c` from home and starts it afresh (or continues its run when `resume`).
export async function startCase(page, c, { resume = false } = {}) {
  await home(page);
  const d = await go(page, `home.case.${c.id}`, `case.${c.id}.intro`);
  const button = resume || !d.elements.some((e) => e.id === 'case.restart') ? 'case.start' : 'case.restart';
  await go(page, button, new RegExp(`^case\\.${quote(c.id)}\\.(node|ending)$`));
}

export const offeredChoices = async (page) =>
  (await describe(page)).elements.filter((e) => /^case\.choice\.[^.]+$/.test(e.id)).map((e) => e.id.slice('case.choice.'.length));

// Makes choice `id` (default: the first offered) and waits until the log holds it.
export async function choose(page, id = null) {
  const choice = id || (await offeredChoices(page))[0];
  assert.ok(choice, 'a choice is offered');
  const before = (await state(page)).caseLog.length;
  assert.equal(await activate(page, `case.choice.${choice}`), true, `choice ${choice} offered`);
  // The frame in which a choice is made still describes the node it was made at: wait for the
  // one that shows what follows (the next step or the ending).
  await page.waitForFunction((n) => {
    const lm = window.learningModule;
    if (lm.state().caseLog.length !== n + 1) return false;
    const d = lm.describe();
    return d.screen.endsWith('.ending') || (d.elements.find((e) => e.id === 'case.step')?.label || '').endsWith(` ${n + 2}`);
  }, before);
  return choice;
}
