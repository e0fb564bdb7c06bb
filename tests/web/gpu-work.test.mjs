// What the module asks of WebGL per frame (src/platform/web/web_runtime.cpp, gpu_work.cpp): a
// frame that shows what the canvas shows already is not sent; a frame that is sent is submitted to
// the GPU at once; no GL state is read back; the GPU's first pipeline is made before the first
// screen. In Chrome each of these kept the main thread waiting for the GPU process
// (docs/performance.md, "Twenty-second session").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, activateAndWait, state } from './harness.mjs';

// Records the WebGL2 calls of interest from the very start, in order, with the frame they are in
// (requestAnimationFrame callbacks are numbered; calls outside one, such as the start's, are 0).
const RECORD_GL = () => {
  const P = WebGL2RenderingContext.prototype;
  const calls = window.__gl = [];
  let frame = 0, frames = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { frame = ++frames; try { cb(t); } finally { frame = 0; } });
  for (const name of ['drawElements', 'fenceSync', 'flush', 'getParameter', 'clear']) {
    const real = P[name];
    P[name] = function (...args) {
      calls.push({ name, frame, count: name === 'drawElements' ? args[1] : undefined, pname: name === 'getParameter' ? args[0] : undefined });
      return real.apply(this, args);
    };
  }
};
const glCalls = (page) => page.evaluate(() => window.__gl.slice());
const settle = (page) => page.waitForTimeout(600);

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

test('a frame that would show what the canvas shows is drawn but not sent to WebGL', async () => {
  const m = await openModule(browser, { initScript: RECORD_GL });
  try {
    await settle(m.page);
    const before = await state(m.page);
    const callsBefore = (await glCalls(m.page)).length;
    // The pointer moved over the empty margin beside the reading column: SDL reports it, the
    // runtime draws its frames to let ImGui settle, and every one of them is the frame on the canvas.
    await m.page.mouse.move(12, 420);
    await m.page.mouse.move(16, 424);
    await settle(m.page);
    const after = await state(m.page);
    assert.ok(after.framesDrawn > before.framesDrawn, 'the UI drew frames');
    assert.equal(after.framesRendered, before.framesRendered, 'none of them went to the GPU');
    const draws = (await glCalls(m.page)).slice(callsBefore).filter((c) => c.name === 'drawElements' || c.name === 'clear');
    assert.deepEqual(draws, [], 'no clear or draw call');
    // A change of screen is sent.
    await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
    await settle(m.page);
    assert.ok((await state(m.page)).framesRendered > after.framesRendered, 'the settings screen is sent');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('each frame sent ends its draw calls with a fence and a flush; no GL state is read back', async () => {
  const m = await openModule(browser, { initScript: RECORD_GL });
  try {
    await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
    await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
    await settle(m.page);
    const calls = (await glCalls(m.page)).filter((c) => c.frame > 0);
    const frames = [...new Set(calls.filter((c) => c.name === 'drawElements').map((c) => c.frame))];
    assert.ok(frames.length >= 2, `frames with draw calls: ${frames.length}`);
    for (const f of frames) {
      const inFrame = calls.filter((c) => c.frame === f);
      const lastDraw = inFrame.map((c) => c.name).lastIndexOf('drawElements');
      const after = inFrame.slice(lastDraw + 1).map((c) => c.name);
      assert.ok(after.includes('fenceSync') && after.indexOf('flush') > after.indexOf('fenceSync'),
        `frame ${f}: after its last draw call ${JSON.stringify(after)}`);
      // ImGui's OpenGL3 backend read about fourteen values of GL state per frame to restore them.
      assert.deepEqual(inFrame.filter((c) => c.name === 'getParameter').map((c) => c.pname), [], `frame ${f} read GL state`);
    }
  } finally { await m.close(); }
});

test('before the first screen is drawn, one invisible triangle has the GPU make its pipeline', async () => {
  const m = await openModule(browser, { initScript: RECORD_GL });
  try {
    const calls = await glCalls(m.page);
    const draws = calls.map((c, i) => ({ ...c, i })).filter((c) => c.name === 'drawElements');
    assert.equal(draws[0].count, 3, 'the first draw call is one triangle');
    const firstClear = calls.findIndex((c) => c.name === 'clear');
    assert.ok(draws[0].i < firstClear, 'before the first frame clears the canvas');
    const between = calls.slice(draws[0].i + 1, firstClear).map((c) => c.name);
    assert.ok(between.includes('fenceSync') && between.includes('flush'), `submitted at once: ${JSON.stringify(between)}`);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});
