// A monkey: thousands of random actions from a fixed seed in Chromium, at phone and laptop
// size: taps, clicks, drags, keys, wheel, text, resizes, language and theme switches,
// back/forward and reloads, most of them aimed at real controls (the rectangles of
// learningModule.describe()). Nothing may log a console error or crash, and after every
// reload (and back/forward) the learner's progress must be what it was before: visited pages,
// question attempts, case logs, settings.
//
//   MONKEY_SEED=<n> MONKEY_ACTIONS=<n> node --test tests/web/monkey.test.mjs
// A failure prints the seed and the last actions. The module draws on its own clock, so a
// replay follows the same action sequence but not always the same frames. MONKEY_DEBUG=1 lets
// every action settle before the next (slower), to pin a failure on the action that caused it;
// MONKEY_PROFILE=1 prints the time each kind of action took.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, dist } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const SEED = Number(process.env.MONKEY_SEED || 20261205);
const ACTIONS = Number(process.env.MONKEY_ACTIONS || 5000);
const IGNORED = [/GPU stall due to ReadPixels/i, /GL_CLOSE_PATH_NV/, /WebGL: too many errors/,
  // Chromium's notice that a touch arrived after the busy renderer missed its acknowledgement
  // deadline, so SDL's preventDefault() on it had no effect; the touch itself is still delivered
  // (the canvas has touch-action: none, so nothing scrolls). It comes from this machine's
  // software GL under load, not from the module.
  /Ignored attempt to cancel a touch(start|move|end) event with cancelable=false/];
const BURST = 4;  // actions sent before waiting for them
const INTERACTIVE = new Set(['button', 'link', 'radio', 'checkbox', 'slider', 'tab', 'switch', 'menuitem', 'option', 'searchbox', 'textbox']);

let browser, server, url;
before(async () => {
  browser = await launchBrowser();
  server = await startServer(dist, 0);
  url = `http://127.0.0.1:${server.address().port}/`;
});
after(async () => { await browser.close(); await new Promise((r) => server.close(r)); });

// mulberry32: a small, well-known seeded generator (the sequence is the replay).
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)], chance: (p) => next() < p };
}

// What must survive a reload: progress as the learner's state reports it (not where the UI is).
function progressOf(s) {
  const modules = {};
  for (const [id, m] of Object.entries(s.modules || {}))
    modules[id] = { pages: [...m.visitedPages].sort(), attempts: Object.fromEntries(Object.entries(m.questions).map(([q, r]) => [q, r.attempts])) };
  const cases = {};
  for (const [id, c] of Object.entries(s.cases || {}))
    cases[id] = { log: c.choiceLog, run: c.run, runsCompleted: c.runsCompleted, endings: c.endingsReached, scored: c.scored && c.scored.ending, undos: c.undos };
  return { language: s.language, modules, cases };
}

// `after` with only the pages `before` had read (and no module that had nothing but new pages).
function withoutNewPages(after, before) {
  const modules = {};
  for (const [id, m] of Object.entries(after.modules)) {
    const had = before.modules[id];
    const pages = m.pages.filter((p) => had && had.pages.includes(p));
    if (!had && !pages.length && !Object.keys(m.attempts).length) continue;
    modules[id] = { ...m, pages };
  }
  return { ...after, modules };
}

// Waits until the module stops drawing: all input applied, nothing animating (at most 1 s: a
// focused text field blinks its cursor).
const idle = (page) => page.evaluate(() => new Promise((resolve) => {
  const lm = window.learningModule;
  const start = performance.now();
  let last = lm.state().framesDrawn, still = 0;
  const tick = () => {
    const f = lm.state().framesDrawn;
    still = f === last ? still + 1 : 0;
    last = f;
    if (still >= 3 || performance.now() - start > 1000) resolve(); else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}));

let stillPending = 0;  // reload checks that began with input still pending after 30 s
async function stableState(page) {
  // Everything sent must be applied first, or a tap still queued could land between the
  // snapshot and the reload. ImGui applies one click per frame, and on a loaded machine with
  // software WebGL a frame of a long page can take 100-200 ms, so a burst of taps and drags
  // takes seconds to drain (measured: up to about 8 s here; the queues do drain). Bounded at
  // 30 s; a wait that ends with input still pending is printed with what is pending.
  const applied = await page.waitForFunction(() => !window.learningModule.state().inputPending, null, { timeout: 30000, polling: 100 })
    .then(() => true, () => false);
  if (!applied) {
    stillPending++;
    console.log(`input still pending after 30 s: ${JSON.stringify(await page.evaluate(() => window.learningModule.state().pending))}`);
  }
  await idle(page);
  let s = await page.evaluate(() => window.learningModule.state());
  for (let i = 0; i < 10; i++) {
    await idle(page);
    const t = await page.evaluate(() => window.learningModule.state());
    if (!t.inputPending && JSON.stringify(progressOf(t)) === JSON.stringify(progressOf(s))) return t;
    s = t;
  }
  return s;
}

// The keys the monkey presses, as the DevTools protocol describes them.
const KEYS = {
  Tab: ['Tab', 9], Enter: ['Enter', 13, '\r'], ' ': ['Space', 32, ' '], Escape: ['Escape', 27], ArrowLeft: ['ArrowLeft', 37],
  ArrowUp: ['ArrowUp', 38], ArrowRight: ['ArrowRight', 39], ArrowDown: ['ArrowDown', 40], PageUp: ['PageUp', 33],
  PageDown: ['PageDown', 34], End: ['End', 35], Home: ['Home', 36], Backspace: ['Backspace', 8], a: ['KeyA', 65, 'a'],
  Z: ['KeyZ', 90, 'Z'], 7: ['Digit7', 55, '7'],
};

// Input through the DevTools protocol, each gesture sent as one batch: the events queue in
// order, and awaiting each would cost a frame per event.
async function inputFor(page, touch) {
  const cdp = await page.context().newCDPSession(page);
  const mouse = (type, x, y, extra = {}) => cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1, ...extra });
  const finger = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  return {
    tap: (x, y) => Promise.all(touch ? [finger('touchStart', [{ x, y }]), finger('touchEnd', [])]
      : [mouse('mouseMoved', x, y, { button: 'none' }), mouse('mousePressed', x, y), mouse('mouseReleased', x, y)]),
    drag(x, y, dx, dy) {
      const path = [1, 2, 3, 4].map((i) => ({ x: x + (dx * i) / 4, y: y + (dy * i) / 4 }));
      return Promise.all(touch
        ? [finger('touchStart', [{ x, y }]), ...path.map((p) => finger('touchMove', [p])), finger('touchEnd', [])]
        : [mouse('mouseMoved', x, y, { button: 'none' }), mouse('mousePressed', x, y),
          ...path.map((p) => mouse('mouseMoved', p.x, p.y, { buttons: 1 })), mouse('mouseReleased', x + dx, y + dy)]);
    },
    wheel: (x, y, dy) => cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: dy }),
    // A key, with Shift when asked ('Shift+Tab') or for a capital; other text as a keyboard
    // without that key sends it (an IME, a phone keyboard).
    key(name) {
      const shift = name.startsWith('Shift+') || /^[A-Z]$/.test(name);
      const known = KEYS[name.replace('Shift+', '')];
      if (!known) return cdp.send('Input.insertText', { text: name });
      const [code, keyCode, text] = known;
      const key = { key: name.replace('Shift+', ''), code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers: shift ? 8 : 0 };
      return Promise.all([cdp.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', text, ...key }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })]);
    },
  };
}

async function waitReady(page) {
  await page.waitForFunction(() => window.learningModule && window.learningModule.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.learningModule.ready);
}

async function run(profile, seed, count) {
  const rnd = random(seed);
  const context = await browser.newContext({ viewport: profile.viewport, hasTouch: profile.touch, isMobile: profile.touch, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  const log = [];
  page.on('console', (m) => { if (m.type() === 'error' && !IGNORED.some((r) => r.test(m.text()))) problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('crash', () => problems.push('the page crashed'));
  context.on('page', (p) => { if (p !== page) p.close().catch(() => {}); });  // print view, external links
  const pointer = await inputFor(page, profile.touch);
  const fail = (why) => {
    const last = log.slice(-25).map((a, i) => `  ${log.length - 25 + i}: ${a}`).join('\n');
    throw new Error(`${profile.name}: ${why}\nseed ${seed}, action ${log.length} of ${count}; replay: MONKEY_SEED=${SEED} MONKEY_ACTIONS=${ACTIONS}\nlast actions:\n${last}`);
  };
  let viewport = { ...profile.viewport };
  let reloads = 0, aimed = 0;
  const screens = new Set();  // screens seen (per module and case), for the report

  await page.goto('about:blank');
  await page.goto(url);  // about:blank before it: "back" leaves the module, "forward" returns
  await waitReady(page);

  // Reload-like steps must keep progress exactly.
  // Back and Forward move inside the module: a page they bring back counts as read when the
  // learner had not seen it drawn yet (it was still loading when they left it). Nothing may be
  // lost, and nothing else may change.
  async function checkSurvives(what, act, mayShowPages = false) {
    const before = progressOf(await stableState(page));
    described = null;
    await act();
    await waitReady(page);
    const after = progressOf(await stableState(page));
    reloads++;
    try {
      if (!mayShowPages) assert.deepEqual(after, before);
      else assert.deepEqual(withoutNewPages(after, before), before);
    } catch (e) { fail(`progress changed across ${what}:\n${e.message}`); }
  }

  // The description, fetched at most every third aimed action (each fetch waits for a frame):
  // a stale rectangle is one more random tap.
  let described = null, describedAge = 0;
  const elements = async () => {
    if (!described || ++describedAge >= 3) {
      described = await page.evaluate(() => window.learningModule.describe());
      describedAge = 0;
      screens.add(described.screen.replace(/^(page|quiz|case)\.([^.]+)\..*$/, '$1.$2'));
    }
    const d = described;
    return d.elements.filter((e) => e.visible !== false && e.w > 2 && e.h > 2 && e.x + e.w > 0 && e.y + e.h > 0 &&
      e.x < viewport.width && e.y < viewport.height);
  };
  const inside = (e) => ({ x: Math.min(viewport.width - 1, Math.max(1, e.x + 2 + rnd.next() * (e.w - 4))), y: Math.min(viewport.height - 1, Math.max(1, e.y + 2 + rnd.next() * (e.h - 4))) });
  const anywhere = () => ({ x: 1 + rnd.int(viewport.width - 2), y: 1 + rnd.int(viewport.height - 2) });
  // Input and API calls go out in bursts of BURST without waiting for each to be answered (an
  // answer waits for the module's next frame); resizes, reloads and checks wait for them.
  const inflight = [];
  const settleInflight = async () => {
    for (const r of await Promise.allSettled(inflight.splice(0))) if (r.status === 'rejected') problems.push(`input failed: ${r.reason}`);
  };
  const fire = async (gesture) => { inflight.push(gesture); if (inflight.length >= BURST) await settleInflight(); };
  const tapAt = ({ x, y }) => fire(pointer.tap(x, y));

  const actions = [
    [30, 'tap a control', 'burst', async () => {
      const list = (await elements()).filter((e) => INTERACTIVE.has(e.role) && !e.disabled);
      if (!list.length) return 'none';
      const e = rnd.pick(list);
      aimed++;
      await tapAt(inside(e));
      return e.id;
    }],
    [6, 'tap anything described', 'burst', async () => {
      const list = await elements();
      if (!list.length) return 'none';
      const e = rnd.pick(list);
      aimed++;
      await tapAt(inside(e));
      return e.id;
    }],
    [8, 'tap anywhere', 'burst', async () => { const p = anywhere(); await tapAt(p); return `${p.x},${p.y}`; }],
    [7, 'drag', 'burst', async () => {
      const sliders = (await elements()).filter((e) => e.role === 'slider');
      const from = sliders.length && rnd.chance(0.5) ? inside(rnd.pick(sliders)) : anywhere();
      const dx = rnd.int(301) - 150, dy = rnd.int(401) - 200;
      await fire(pointer.drag(from.x, from.y, dx, dy));
      return `${Math.round(from.x)},${Math.round(from.y)} by ${dx},${dy}`;
    }],
    [8, 'wheel', 'burst', async () => {
      const p = anywhere();
      const dy = rnd.int(1201) - 400;
      await fire(pointer.wheel(p.x, p.y, dy));
      return `${dy} at ${p.x},${p.y}`;
    }],
    [10, 'key', 'burst', async () => {
      const key = rnd.pick(['Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight',
        'PageDown', 'PageUp', 'Home', 'End', 'Backspace', 'a', 'Z', '7', 'é']);
      // Keys reach the module while the canvas has focus, the mirror's controls otherwise.
      if (rnd.chance(0.3)) await fire(page.evaluate(() => document.getElementById('canvas').focus()));
      await fire(pointer.key(key));
      return key;
    }],
    [3, 'type in a text field', 'other', async () => {
      const text = rnd.pick(['wmo', 'mantelzorg', 'jeugd', 'x', '', '<script>', 'ééé', 'participatie wet']);
      // As a phone keyboard does: focus the real <input> over the drawn field, its value changes.
      const typed = await page.evaluate((t) => {
        const field = document.querySelector('input.overlay-field:not([hidden])');
        if (!field) return false;
        field.focus();
        field.value = t;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        return true;
      }, text);
      return typed ? JSON.stringify(text) : 'none';
    }],
    [6, 'activate through the API', 'burst', async () => {
      const list = (await elements()).filter((e) => INTERACTIVE.has(e.role));
      if (!list.length) return 'none';
      const e = rnd.pick(list);
      if (e.role === 'slider') {
        const v = (e.min ?? 0) + rnd.next() * ((e.max ?? 100) - (e.min ?? 0));
        await fire(page.evaluate(([id, x]) => window.learningModule.setValue(id, x), [e.id, v]));
        return `setValue ${e.id} ${v.toFixed(2)}`;
      }
      await fire(page.evaluate((id) => window.learningModule.activate(id), e.id));
      return `activate ${e.id}`;
    }],
    [3, 'resize', 'other', async () => {
      viewport = profile.touch ? { width: 320 + rnd.int(161), height: 560 + rnd.int(341) } : { width: 900 + rnd.int(821), height: 600 + rnd.int(481) };
      await page.setViewportSize(viewport);
      return `${viewport.width}x${viewport.height}`;
    }],
    [3, 'switch language', 'burst', async () => {
      const lang = rnd.pick(['nl', 'en']);
      await fire(page.evaluate((l) => window.learningModule.activate(`nav.lang.${l}`), lang));
      return lang;
    }],
    [2, 'switch theme', 'other', async () => {
      const theme = rnd.pick(['light', 'dark', 'contrast']);
      await page.evaluate(() => window.learningModule.activate('nav.settings'));
      // The radio is there once Settings is drawn (unless a dialog or popup is in the way).
      const ok = await page.waitForFunction((t) => window.learningModule.activate(`settings.theme.${t}`), theme, { timeout: 1500, polling: 'raf' })
        .then(() => true, () => false);
      return `${theme}${ok ? '' : ' (settings not open)'}`;
    }],
    // A reload costs a second or two: a few dozen per run, each checking all progress.
    [0.15, 'back and forward', 'other', async () => {
      await checkSurvives('back/forward', async () => {
        await page.goBack();
        await page.goForward();
      }, true);
      return 'back, forward';
    }],
    [0.3, 'reload', 'other', async () => {
      await checkSurvives('a reload', () => page.reload());
      return 'reloaded';
    }],
  ];
  const total = actions.reduce((n, [w]) => n + w, 0);
  const choose = () => {
    let r = rnd.next() * total;
    for (const a of actions) { if ((r -= a[0]) < 0) return a; }
    return actions[0];
  };

  const spent = {};  // action name -> [count, ms]
  for (let i = 0; i < count; i++) {
    const [, name, kind, act] = choose();
    if (kind !== 'burst') await settleInflight();
    let detail;
    const t = Date.now();
    try { detail = await act(); } catch (e) { log.push(`${name}: threw`); fail(`${name} threw: ${e.message}`); }
    const s = (spent[name] ||= [0, 0]);
    s[0]++;
    s[1] += Date.now() - t;
    log.push(`${name}: ${detail}`);
    if (process.env.MONKEY_DEBUG) { await settleInflight(); await idle(page); }
    if (problems.length) fail(problems.join('\n'));
    if (i % 25 === 24) {
      // Still alive: the module answers, and no error panel replaced it.
      await settleInflight();
      const seen = await page.evaluate(() => {
        if (!document.getElementById('error').hidden) return { why: `the error panel: ${document.getElementById('error').innerText}` };
        if (window.learningModule.state().framesDrawn === 0) return { why: 'no frame drawn' };
        return { screen: window.learningModule.describe().screen };
      }).catch((e) => ({ why: `no answer: ${e.message}` }));
      if (!seen.screen) fail(`the module stopped answering or shows the error panel (${seen.why}; page ${page.url()})`);
      screens.add(seen.screen.replace(/^(page|quiz|case)\.([^.]+)\..*$/, '$1.$2'));
    }
  }
  await settleInflight();
  await checkSurvives('the final reload', () => page.reload());
  if (problems.length) fail(problems.join('\n'));
  await context.close();
  return { aimed, reloads, spent, screens: screens.size };
}

test(`monkey: ${ACTIONS} random actions from seed ${SEED}, at phone and laptop size`, { timeout: 600000 }, async () => {
  console.log(`monkey: seed ${SEED}, ${ACTIONS} actions (MONKEY_SEED / MONKEY_ACTIONS to replay or change)`);
  const started = Date.now();
  const half = Math.ceil(ACTIONS / 2);
  const profiles = [
    { name: 'phone 390x844 (touch)', viewport: { width: 390, height: 844 }, touch: true, seed: SEED, count: half },
    { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false, seed: SEED + 1, count: ACTIONS - half },
  ];
  // Both sizes at once, each in its own context (the time goes into waiting for frames).
  await Promise.all(profiles.map(async (p) => {
    const t = Date.now();
    const { aimed, reloads, spent, screens } = await run(p, p.seed, p.count);
    if (process.env.MONKEY_PROFILE) console.log(Object.entries(spent).map(([n, [c, ms]]) => `${n}: ${c} x ${Math.round(ms / c)} ms`).join('; '));
    console.log(`monkey ${p.name}: ${p.count} actions (${aimed} aimed at described controls, ${reloads} reloads or back/forward with progress checked, ${screens} screens seen, ${stillPending} checks begun with input still pending after 30 s) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }));
  console.log(`monkey: ${ACTIONS} actions, seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
