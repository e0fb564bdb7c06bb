// Embedding without an LMS: the module's frame reports the height it wants to a plain host
// page in both conventions (lti.frameResize and the H5P resizer handshake), the host sizes the
// iframe, and deep links in the URL reach the module as launch settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../harness.mjs';
import { makeDist, makeSite, packageInto, startSite } from './support.mjs';

let browser, site, web;
before(async () => {
  browser = await launchBrowser();
  site = makeSite();
  packageInto(makeDist(), site, { formats: ['scorm12'] });
  web = await startSite(site);
});
after(async () => { await browser.close(); await web.close(); });

test('the frame gets the height it asks for, through LTI and H5P messages', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(`${web.origin}/embed.html?launch=${encodeURIComponent('pkg/index.html?case=lisa-wordt-18&lang=en&trainer=0&mode=toets&evil=1')}`);
  await page.frameLocator('#frame').locator('#status').filter({ hasText: 'ready none' }).waitFor();
  const frame = page.frames().find((f) => f.url().includes('/pkg/'));
  const launch = await frame.evaluate(() => window.learningModuleLms.launch);
  assert.deepEqual(launch.params, { case: 'lisa-wordt-18', lang: 'en', trainer: '0', mode: 'toets' });
  const wanted = await frame.evaluate(() => Math.round(Math.min(900, Math.max(560, window.innerWidth * 0.66))));
  await page.waitForFunction((h) => document.getElementById('frame').getBoundingClientRect().height === h, wanted);
  assert.ok((await page.evaluate(() => window.lti)).includes(wanted));
  assert.deepEqual((await page.evaluate(() => window.h5p)).slice(0, 3), ['hello', 'prepareResize', 'resize']);
  // The module asks for another height (a taller screen): both conventions carry it.
  await frame.evaluate(() => window.learningModuleLms.setFrameHeight(820));
  await page.waitForFunction(() => document.getElementById('frame').getBoundingClientRect().height === 820);
  assert.equal((await page.evaluate(() => window.lti)).at(-1), 820);
  await page.close();
});

test('standalone, progress is kept in the browser and nothing alarming is said', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${web.origin}/pkg/index.html?module=wmo-route&page=melding-en-onderzoek`);
  await page.locator('#status').filter({ hasText: 'ready none' }).waitFor();
  const first = await page.evaluate(() => {
    const lms = window.learningModuleLms;
    lms.saveState({ suspendData: 'v1;m=wmo-route', location: 'module/wmo-route/melding-en-onderzoek' });
    return { params: lms.launch.params, entry: lms.launch.entry, notices: window.notices };
  });
  assert.deepEqual(first, { params: { module: 'wmo-route', page: 'melding-en-onderzoek' }, entry: 'ab-initio', notices: [] });
  await page.reload();
  await page.locator('#status').filter({ hasText: 'ready none' }).waitFor();
  const again = await page.evaluate(() => window.learningModuleLms.launch);
  assert.equal(again.entry, 'resume');
  assert.equal(again.suspendData, 'v1;m=wmo-route');
  await context.close();
});
