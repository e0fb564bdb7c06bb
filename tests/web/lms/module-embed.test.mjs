// The real module's page (from a dist package) embedded without an LMS: it reports the height
// it wants to the host page in both conventions (lti.frameResize and the H5P resizer), the
// host sizes the iframe and the module fills it; and deep links in the address open the
// right screen, language, mode and trainer view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../harness.mjs';
import { makeSite, startSite, unpackDistPackage } from './support.mjs';
import { courseIn, driveModule, moduleReady } from './module-driver.mjs';
import { join } from 'node:path';

let browser, site, web, course;
before(async () => {
  browser = await launchBrowser();
  site = makeSite();
  unpackDistPackage('sociaal-domein-leren-scorm12.zip', site);
  course = courseIn(join(site, 'pkg'));
  web = await startSite(site);
});
after(async () => { await browser.close(); await web.close(); });

test('the module\'s frame gets the height it asks for, through LTI and H5P messages, and fills it', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${web.origin}/embed.html?launch=${encodeURIComponent('pkg/index.html?case=lisa-wordt-18&trainer=0')}`);
  await page.waitForFunction(() => document.getElementById('frame').contentWindow.learningModule);
  const frame = page.frames().find((f) => f.url().includes('/pkg/'));
  await moduleReady(frame);
  const m = driveModule(frame);
  assert.equal(await frame.evaluate(() => window.learningModuleLms.kind), 'none');
  const wanted = await frame.evaluate(() => Math.round(Math.min(900, Math.max(560, window.innerWidth * 0.66))));
  await page.waitForFunction((h) => document.getElementById('frame').getBoundingClientRect().height === h, wanted);
  assert.ok((await page.evaluate(() => window.lti)).includes(wanted), 'lti.frameResize carried the height');
  assert.deepEqual((await page.evaluate(() => window.h5p)).slice(0, 3), ['hello', 'prepareResize', 'resize']);
  // The module follows its frame: the canvas fills the new height and the screen is laid out
  // for it (the deep link's case, within the frame).
  await frame.waitForFunction((h) => window.innerHeight === h && Math.round(document.getElementById('canvas').getBoundingClientRect().height) === h, wanted);
  const d = await m.describe();
  assert.equal(d.screen, 'case.lisa-wordt-18.intro');
  // Laid out for the frame: what is shown starts within it, what lies below it is not shown.
  const shown = d.elements.filter((e) => e.visible);
  assert.ok(shown.length > 5 && shown.every((e) => e.y + e.h > 0 && e.y < wanted), 'what is shown lies within the frame');
  assert.ok(d.elements.filter((e) => e.y >= wanted).every((e) => !e.visible), 'what lies below the frame is not shown');
  assert.ok(d.elements.find((e) => e.id === 'nav').w > 900, 'the top bar spans the frame\'s width');
  // A narrow host (a small tablet in portrait): the module asks for a taller frame.
  await page.setViewportSize({ width: 520, height: 700 });
  const taller = await frame.evaluate(() => Math.round(Math.min(900, Math.max(560, window.innerWidth * 1.6))));
  assert.ok(taller > wanted);
  await page.waitForFunction((h) => document.getElementById('frame').getBoundingClientRect().height === h, taller);
  assert.equal((await page.evaluate(() => window.lti)).at(-1), taller);
  assert.deepEqual(errors, []);
  await page.close();
});

// Opens the package's page on its own with `query`; returns the driver.
async function open(query) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${web.origin}/pkg/index.html${query}`);
  await moduleReady(page);
  return { page, m: driveModule(page), errors, close: () => context.close() };
}

test('deep links open the right screen, language, mode and trainer view', async () => {
  const wmo = course.modules.find((m) => m.id === 'wmo-route');
  const screens = [
    ['?case=lisa-wordt-18', 'case.lisa-wordt-18.intro'],
    [`?module=wmo-route&page=${wmo.pages[3].id}`, `page.wmo-route.${wmo.pages[3].id}`],
    ['?module=wmo-route&page=check', `quiz.wmo-route.${wmo.quiz.questions[0].id}`],
    ['?case=..%2F..%2Fetc&module=no-such-module', 'home'],
  ];
  for (const [query, screen] of screens) {
    const s = await open(query);
    assert.equal((await s.m.describe()).screen, screen, query);
    assert.deepEqual(s.errors, []);
    await s.close();
  }

  const en = await open('?lang=en&module=wmo-route&page=' + wmo.pages[0].id);
  const d = await en.m.describe();
  assert.equal(d.lang, 'en');
  assert.ok([wmo.title.en, wmo.pages[0].title.en].includes(d.elements.find((e) => e.id === 'main').label), 'in English');
  await en.close();

  const locked = await open('?trainer=0');
  await locked.m.go('nav.settings', 'settings');
  assert.equal(await locked.m.has('settings.trainer.on'), false, 'trainer=0 locks the trainer view away');
  await locked.close();
  const offered = await open('?trainer=1');
  await offered.m.go('nav.settings', 'settings');
  assert.equal((await offered.m.describe()).elements.find((e) => e.id === 'settings.trainer.on')?.checked, true, 'trainer=1 turns it on');
  await offered.close();

  const lisa = course.cases.find((c) => c.id === 'lisa-wordt-18');
  for (const [mode, back] of [['practice', true], ['toets', false]]) {
    const s = await open(`?case=lisa-wordt-18&mode=${mode}`);
    await s.m.go('case.start', 'case.lisa-wordt-18.node');
    await s.m.playCase(lisa, { steps: 1 });
    assert.equal(await s.m.has('case.back'), back, `mode=${mode}: going back ${back ? 'offered' : 'disabled'}`);
    await s.close();
  }
});
