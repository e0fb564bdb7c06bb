// The module against the floor of its stack, in headless Chromium (not a test: it prints, people
// judge; docs/performance.md keeps the figures). Usage, after ./build-wasm.sh:
//
//   node scripts/bench-web.mjs [--dist dist] [--runs 3] [--fast-runs N] [--profiles fast,phone]
//                              [--settle 1000] [--no-big] [--big-runs 3] [--no-native] [--json FILE]
//
// 1. Builds the bare page (scripts/build-bare-page.sh: Dear ImGui + SDL2, one window with ten
//    buttons, same sources and flags as the module) and serves both with scripts/serve.mjs.
// 2. Per profile, `runs` cold visits of each page (`fast-runs` on the fast profile, where a visit
//    is cheap and the ratio from 5 to 9 visits moved between 1.34 and 1.59 x from run to run),
//    interleaved (bare, module, module, bare, ...), each in a fresh browser context with an empty
//    cache, navigating `settle` ms after its page was made (the browser idle), throttled through
//    Chrome's DevTools protocol: "fast" (no throttling) and "phone" (1.6 Mbit/s down, 750 kbit/s
//    up, 150 ms RTT, CPU 4x slower). Prints navigation -> ready (medians) and the ratio, each
//    pair's ratio, the ratio of the means with its standard error, bytes on the wire, and per
//    file what was fetched before ready.
// 3. A returning learner (fast): the same browser profile visits again once the service worker
//    has installed, three times; ready and bytes downloaded.
// 4. Opening every module and case from home (fetch + parse + check + first frame), long tasks
//    on the main thread after ready, and wasm memory after everything was opened.
// 5. The same for two generated courses (scripts/bench/big-courses.mjs): 100 cases / 10 MB, and
//    the biggest case the loader's limits allow (2,000 nodes), trusted by the index and edited;
//    `big-runs` visits each, whose long tasks are listed per visit (one visit said too little:
//    its longest task moved between 56 and 113 ms from run to run).
// 6. The native loader's throughput (build/release/course_bench; built when missing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { writeBigCourses } from './bench/big-courses.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const flag = (name) => args.includes(`--${name}`);
const dist = opt('dist', join(root, 'dist'));
const RUNS = Number(opt('runs', 3));
const FAST_RUNS = Number(opt('fast-runs', RUNS));
// Each visit navigates once the browser is idle (its new page made, the last visit's page gone):
// navigating at once, as before the thirteenth session, started the visit while the browser was
// still closing the previous visit's page and starting a renderer for this one, which on two
// cores added 50-70 ms to both pages and doubled the spread, with the same ratio
// (docs/performance.md, "Thirteenth session"). --settle 0: as before.
const SETTLE_MS = Number(opt('settle', 1000));
const runsOf = (key) => (key === 'fast' ? FAST_RUNS : RUNS);
const BIG_RUNS = Number(opt('big-runs', 3));
const PROFILES = {
  fast: { name: 'fast local link', network: null, cpu: 1 },
  phone: { name: 'phone: 1.6 Mbit/s, 150 ms RTT, CPU × 4', network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 }, cpu: 4 },
};
const profiles = opt('profiles', 'fast,phone').split(',');
const results = { date: new Date().toISOString().slice(0, 10), dist, profiles: {}, files: {}, open: {}, big: {} };
const kb = (n) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KB`;
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// The mean and its standard error (the spread over the square root of the count).
function meanAndError(xs) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, error: sd / Math.sqrt(xs.length) };
}
const log = (...a) => console.error('[bench]', ...a);

// ---- the floor --------------------------------------------------------------------------------
log('building the bare page');
const bare = execFileSync(join(root, 'scripts/build-bare-page.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
// The bare page gets what the build gives dist/: precompressed copies beside its files.
if (existsSync(join(root, 'scripts/precompress.mjs'))) execFileSync('node', [join(root, 'scripts/precompress.mjs'), bare], { stdio: 'inherit' });

// ---- bytes in dist/ ---------------------------------------------------------------------------
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
function fileSizes(dir) {
  const out = {};
  for (const f of walk(dir)) {
    const rel = relative(dir, f);
    if (/\.(gz|br)$/.test(rel) || rel.startsWith('packages/')) continue;
    const raw = readFileSync(f);
    out[rel] = { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length,
      br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length };
  }
  return out;
}

// ---- one visit --------------------------------------------------------------------------------
const browser = await launchChromium();

// Long tasks of the main thread, from the start (buffered), and a hook for "a frame changed the screen".
// The moment the page marks ready, told through the console: visit() waits for that message, not
// with page.waitForFunction, which injects Playwright's helper script (330 KB; 10-15 ms of the
// main thread) into the page while it starts, into the bare page's start as much as the module's
// (docs/performance.md, "Twenty-first session").
const READY_SEEN = 'leren-bench: ready';
const INIT = (readySeen) => {
  new PerformanceObserver((list) => { if (list.getEntries().some((e) => e.name === 'leren:ready')) console.debug(readySeen); })
    .observe({ type: 'mark', buffered: true });
  window.__longTasks = [];
  // The page's long tasks: all but the one of the harness's helper script (visit(): window.__harness).
  window.__pageTasks = () => window.__longTasks.filter((x) => !(window.__harness && x.start >= window.__harness[0] && x.start + x.ms <= window.__harness[1]));
  performance.setResourceTimingBufferSize(2000);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no long task API */ }
};

async function throttle(cdp, profile) {
  await cdp.send('Network.enable');
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.network.latency,
      downloadThroughput: profile.network.down, uploadThroughput: profile.network.up });
  }
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

// Bytes the servers sent, per page load: what was on the wire (bodies as sent, compressed or not).
let served = [];
const onServe = (path, bytes, encoding) => served.push({ path, bytes, encoding, at: performance.now() });

// Opens `url` in `context` (a fresh one unless given) under `profile`; resolves when the page is
// ready. Returns {page, context, readyMs, wire, servedBytes, files, close()}: wire = bodies on the
// wire until ready (resource timing), servedBytes = all the server sent so far; files = the
// page's resource timing until ready (start/end after navigation, bytes).
async function visit(url, profile, { context = null, cold = true } = {}) {
  const own = !context;
  context ??= await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(INIT, READY_SEEN);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await throttle(cdp, profile);
  if (cold) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (SETTLE_MS) await page.waitForTimeout(SETTLE_MS);  // the browser idle before the navigation
  served = [];
  const readySeen = page.waitForEvent('console', { predicate: (m) => m.text() === READY_SEEN, timeout: 120000 });
  await page.goto(url, { waitUntil: 'commit' });
  await readySeen;
  // Playwright's helper script goes into the page at the first waitForFunction: now, and the long
  // task it makes (4 x longer on the phone profile) is the harness's, not the page's: the page's
  // own record of long tasks leaves it out (window.__harness, longTasksAfter).
  const harnessFrom = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => (window.learningModule && window.learningModule.ready) || window.ready, null, { timeout: 120000 });
  await page.evaluate((from) => { window.__harness = [from, performance.now()]; }, harnessFrom);
  // The moment ready resolved, as both pages mark it ('leren:ready'); not when this harness
  // hears of it, which waits for the page's main thread (a frame or two later).
  const readyMs = await page.evaluate(() => (window.learningModule ? window.learningModule.ready : window.ready)
    .then(() => (performance.getEntriesByName('leren:ready')[0] || { startTime: performance.now() }).startTime));
  const encodings = Object.fromEntries(served.map((x) => [x.path.replace(/^\//, '') || 'index.html', x.encoding]));
  const files = await page.evaluate((until) => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd <= until + 1)
    .map((e) => ({ url: new URL(e.name).pathname.slice(1) || 'index.html', start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize, transfer: e.transferSize })), readyMs);
  for (const f of files) f.encoding = encodings[f.url] ?? '';
  // Bodies as they came over the wire until ready (what the server sent later, such as the idle
  // prefetch, is not part of the first screen). The wasm's second part (web/later-code.js) is
  // asked for once the first has arrived and may be in before ready on a fast link, but the
  // first screen does not wait for it: it is not counted, and listed as "after ready" below.
  const wire = files.filter((f) => !f.url.endsWith('.deferred.wasm')).reduce((sum, f) => sum + f.bytes, 0);
  // The start-up's steps (performance.mark 'leren:*' by web/boot.js and the module).
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('leren:')).map((m) => [m.name.slice(6), m.startTime])));
  return { page, context, readyMs, wire, servedBytes: served.reduce((sum, x) => sum + x.bytes, 0), files, errors, marks, requests: served.length,
    async close() { if (own) await context.close(); else await page.close(); } };
}

// ---- 1-2: cold visits, interleaved ------------------------------------------------------------
const serverModule = await startServer(dist, 0, {}, { onServe });
const serverBare = await startServer(bare, 0, {}, { onServe });
const urlModule = (q = '') => `http://127.0.0.1:${serverModule.address().port}/${q}`;
const urlBare = `http://127.0.0.1:${serverBare.address().port}/`;
results.files.module = fileSizes(dist);
results.files.bare = fileSizes(bare);

for (const key of profiles) {
  const profile = PROFILES[key];
  const runs = { module: [], bare: [] };
  for (let r = 0; r < runsOf(key); r++) {
    for (const which of r % 2 ? ['module', 'bare'] : ['bare', 'module']) {
      const v = await visit(which === 'bare' ? urlBare : urlModule(), profile);
      runs[which].push({ readyMs: v.readyMs, wire: v.wire, files: v.files, errors: v.errors, marks: v.marks });
      log(`${key} ${which} run ${r + 1}: ready ${ms(v.readyMs)}, ${kb(v.wire)} on the wire${v.errors.length ? `, errors: ${v.errors.join('; ')}` : ''}`);
      await v.close();
    }
  }
  results.profiles[key] = {
    name: profile.name,
    module: { readyMs: median(runs.module.map((x) => x.readyMs)), all: runs.module.map((x) => x.readyMs), wire: median(runs.module.map((x) => x.wire)), files: runs.module[0].files,
      marks: Object.fromEntries(Object.keys(runs.module[0].marks).map((k) => [k, median(runs.module.map((x) => x.marks[k] ?? NaN))])) },
    bare: { readyMs: median(runs.bare.map((x) => x.readyMs)), all: runs.bare.map((x) => x.readyMs), wire: median(runs.bare.map((x) => x.wire)), files: runs.bare[0].files },
  };
}

// ---- 3: a returning learner ---------------------------------------------------------------------
// The same browser profile visits again once the first visit's service worker has installed (it
// precaches the whole course, a few seconds of work beside the page), as a learner who comes
// back later; before the thirteenth session it came back after a fixed 3 s, sometimes while the
// worker was still busy, and at once. Three such pairs; the median.
{
  const visits = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await visit(urlModule(), PROFILES.fast, { context, cold: false });
    await first.page.waitForFunction(() => window.learningModule._offline && navigator.serviceWorker.controller, null, { timeout: 60000 });
    await first.page.waitForTimeout(1000);  // the idle prefetch of the next file
    await first.close();
    const again = await visit(urlModule(), PROFILES.fast, { context, cold: false });
    visits.push({ readyMs: again.readyMs, wire: again.servedBytes, requests: again.requests });
    await again.close();
    await context.close();
  }
  results.returning = { readyMs: median(visits.map((v) => v.readyMs)), all: visits.map((v) => v.readyMs),
    wire: Math.max(...visits.map((v) => v.wire)), requests: Math.max(...visits.map((v) => v.requests)) };
}

// ---- 4: opening everything ----------------------------------------------------------------------
// In the page: opens each module and case from home; the time from activate() until a frame
// shows its first screen (not a loading screen).
async function openEverything(page, items) {
  return page.evaluate(async (list) => {
    const lm = window.learningModule;
    let wake = null;
    lm.on('screen', () => { if (wake) wake(); });
    const nextScreen = (timeout) => new Promise((resolve) => { wake = resolve; setTimeout(resolve, timeout); });
    const until = async (pred, timeout = 60000) => {
      const t0 = performance.now();
      while (!pred(lm.state()) && performance.now() - t0 < timeout) await nextScreen(200);
      return pred(lm.state());
    };
    const out = [];
    for (const it of list) {
      if (lm.state().screen !== 'home') { lm.activate('nav.home'); await until((s) => s.screen === 'home'); }
      const t0 = performance.now();
      if (!lm.activate(it.activate)) { out.push({ ...it, error: 'not on home' }); continue; }
      const ok = await until((s) => s.screen.startsWith(it.screen));
      out.push({ ...it, ms: performance.now() - t0, ok });
    }
    lm.activate('nav.home');
    await until((s) => s.screen === 'home');
    return out;
  }, items);
}

// Plays `steps` choices of case `caseId` (first offered choice each time), then shows it in the
// trainer view (its map with every branch). Returns the steps' times.
async function playCase(page, caseId, steps) {
  return page.evaluate(async ([id, n]) => {
    const lm = window.learningModule;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times = [];
    lm.activate('nav.home');
    await frame(); await frame();
    lm.activate(`home.case.${id}`);
    for (let i = 0; i < 400 && !lm.state().screen.startsWith(`case.${id}.intro`); i++) await frame();
    lm.activate('case.start');
    await frame(); await frame();
    for (let s = 0; s < n; s++) {
      const choice = lm.describe().elements.find((e) => e.id.startsWith('case.choice.'));
      if (!choice) break;
      const t0 = performance.now();
      lm.activate(choice.id);
      await frame(); await frame();
      times.push(performance.now() - t0);
    }
    return times;
  }, [caseId, steps]);
}

async function memory(page) {
  return page.evaluate(() => ({ wasm: window.Module && window.Module.HEAP8 ? window.Module.HEAP8.length : null,
    js: performance.memory ? performance.memory.usedJSHeapSize : null }));
}

const longTasksAfter = (page, t) => page.evaluate((since) => window.__pageTasks().filter((x) => x.start >= since), t);

function courseItems(dir) {
  const course = JSON.parse(readFileSync(join(dir, 'content/course.json'), 'utf8'));
  const id = (f) => JSON.parse(readFileSync(join(dir, 'content', f), 'utf8')).id;
  return [
    ...course.modules.map((f) => ({ kind: 'module', id: id(f), activate: `home.module.${id(f)}`, screen: `page.${id(f)}.` })),
    ...course.cases.map((f) => ({ kind: 'case', id: id(f), activate: `home.case.${id(f)}`, screen: `case.${id(f)}.` })),
  ];
}

// Ready, open everything, play a case, long tasks and memory, for the course in `dir`.
async function measureCourse(dir, profileKey, { playId = null, query = '' } = {}) {
  const server = await startServer(dir, 0, {}, { onServe });
  try {
    const v = await visit(`http://127.0.0.1:${server.address().port}/${query}`, PROFILES[profileKey]);
    const memReady = await memory(v.page);
    const opened = await openEverything(v.page, courseItems(dir));
    const play = playId ? await playCase(v.page, playId, 15) : [];
    await v.page.waitForTimeout(1000);
    const tasks = await longTasksAfter(v.page, v.readyMs);
    const allTasks = await v.page.evaluate(() => window.__pageTasks());
    const mem = await memory(v.page);
    const loading = await v.page.evaluate(() => window.learningModule.state().loading || null);
    await v.close();
    return { readyMs: v.readyMs, opened, play, longTasks: tasks, loading, longestBeforeReady: Math.max(0, ...allTasks.filter((x) => x.start < v.readyMs).map((x) => x.ms)),
      memReady, mem, errors: v.errors };
  } finally { await new Promise((r) => server.close(r)); }
}

// `BIG_RUNS` visits of measureCourse on the fast profile: the last visit's figures, with every
// visit's ready and long tasks after ready in `visits`.
async function measureVisits(dir, options) {
  const visits = [];
  let last = null;
  for (let i = 0; i < BIG_RUNS; i++) {
    last = await measureCourse(dir, 'fast', options);
    visits.push({ readyMs: last.readyMs, opened: last.opened.map((x) => x.ms), longTasks: last.longTasks.map((x) => x.ms) });
  }
  return { ...last, visits };
}

for (const key of profiles) {
  log(`opening every module and case (${key})`);
  results.open[key] = await measureCourse(dist, key);
}

// ---- 5: the big generated courses ---------------------------------------------------------------
if (!flag('no-big')) {
  const work = mkdtempSync(join(tmpdir(), 'bench-courses-'));
  try {
    const { hundred, big } = writeBigCourses(dist, work);
    const indexer = join(root, 'build/release/coursetool');
    const indexed = existsSync(join(dist, 'content/index.json'));
    const variants = [['100 cases, 10 MB', hundred.dir, null], ['one case of 2,000 nodes', big.dir, 'groot']];
    for (const [name, dir, playId] of variants) {
      // Trusted: the index (written as the build writes it) matches every file.
      if (indexed) execFileSync(indexer, ['index', join(dir, 'content')], { stdio: 'inherit' });
      log(`big course: ${name}`);
      results.big[name] = { bytes: name.startsWith('100') ? hundred.bytes : big.bytes, trusted: await measureVisits(dir, { playId }) };
      if (indexed) {
        // Edited in dist/content/ after the build: every generated case differs from the index.
        for (const f of readdirSync(join(dir, 'content/cases')).filter((n) => n.startsWith('gen-'))) {
          const file = join(dir, 'content/cases', f);
          writeFileSync(file, readFileSync(file, 'utf8').replace('"Een gegenereerde casus."', '"Een gegenereerde casus, bewerkt."'));
        }
        log(`big course: ${name}, edited after the build`);
        results.big[name].edited = await measureVisits(dir, { playId });
      }
    }
  } finally { rmSync(work, { recursive: true, force: true }); }
}

// ---- 6: the native loader -----------------------------------------------------------------------
if (!flag('no-native')) {
  const benchBin = join(root, 'build/release/course_bench');
  if (!existsSync(benchBin)) {
    log('building course_bench (release preset)');
    execFileSync('cmake', ['--preset', 'release'], { cwd: root, stdio: 'inherit' });
    execFileSync('cmake', ['--build', '--preset', 'release', '-j2', '--target', 'course_bench'], { cwd: root, stdio: 'inherit' });
  }
  const out = execFileSync(benchBin, { encoding: 'utf8' });
  const mb = Number(/([\d.]+) MB of JSON/.exec(out)[1]);
  const load = Number(/load \+ validate \(no case analysis\):\s+([\d.]+) ms/.exec(out)[1]);
  const full = Number(/load \+ validate \+ case analysis:\s+([\d.]+) ms/.exec(out)[1]);
  results.native = { mb, loadMs: load, fullMs: full, mbPerS: mb / (load / 1000), text: out };
}

await browser.close();
await new Promise((r) => serverModule.close(r));
await new Promise((r) => serverBare.close(r));

// ---- report ---------------------------------------------------------------------------------------
const lines = [];
const p = (s = '') => lines.push(s);
p(`## Benchmark ${results.date} (\`node scripts/bench-web.mjs\`, headless Chromium, SwiftShader, 1280×800, median of ${[...new Set(profiles.map(runsOf))].join(' or ')} cold visits, each navigating ${SETTLE_MS} ms after its page was made)`);
p();
p('| profile | module: navigation → ready | on the wire | bare page | on the wire | ratio |');
p('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [key, r] of Object.entries(results.profiles)) {
  p(`| ${r.name} | ${ms(r.module.readyMs)} | ${kb(r.module.wire)} | ${ms(r.bare.readyMs)} | ${kb(r.bare.wire)} | ${(r.module.readyMs / r.bare.readyMs).toFixed(2)} × |`);
  results.profiles[key].ratio = r.module.readyMs / r.bare.readyMs;
}
p();
// The ratio of medians hides how much one visit differs from the next on a busy machine: each
// interleaved pair (the module's visit and the bare page's beside it) as a ratio of its own.
for (const [key, r] of Object.entries(results.profiles)) {
  const pairs = r.module.all.map((m, i) => m / r.bare.all[i]).sort((a, b) => a - b);
  results.profiles[key].pairRatios = pairs;
  p(`Per interleaved pair (${r.name}): ${pairs.map((x) => x.toFixed(2)).join(', ')} × (median ${median(pairs).toFixed(2)} ×).`);
}
// How sure the ratio is: the ratio of the means with its standard error (each mean's relative
// error added in quadrature), over the visits of each profile.
for (const [key, r] of Object.entries(results.profiles)) {
  const m = meanAndError(r.module.all), b = meanAndError(r.bare.all);
  const ratio = m.mean / b.mean, error = ratio * Math.hypot(m.error / m.mean, b.error / b.mean);
  results.profiles[key].ratioOfMeans = { ratio, error };
  p(`Ratio of the means (${r.name}, ${r.module.all.length} visits each): ${ratio.toFixed(2)} ± ${error.toFixed(2)} × (module ${ms(m.mean)} ± ${ms(m.error)}, bare page ${ms(b.mean)} ± ${ms(b.error)}).`);
}
p();
p(`Returning learner (fast, once the service worker has installed; median of ${results.returning.all.length}): ready ${ms(results.returning.readyMs)} (${results.returning.all.map(ms).join(', ')}), at most ${kb(results.returning.wire)} downloaded in ${results.returning.requests} requests.`);
p();
p('### Start-up steps (median, after navigation)');
p();
p(`| step | ${Object.values(results.profiles).map((r) => r.name).join(' | ')} |`);
p(`| --- | ${Object.keys(results.profiles).map(() => '---:').join(' | ')} |`);
const steps = [...new Set(Object.values(results.profiles).flatMap((r) => Object.keys(r.module.marks)))];
const stepAt = (r, s) => r.module.marks[s];
for (const s of steps.sort((a, b) => (stepAt(Object.values(results.profiles)[0], a) ?? 0) - (stepAt(Object.values(results.profiles)[0], b) ?? 0)))
  p(`| ${s} | ${Object.values(results.profiles).map((r) => (Number.isFinite(stepAt(r, s)) ? ms(stepAt(r, s)) : '–')).join(' | ')} |`);
p();
const first = results.profiles.fast || Object.values(results.profiles)[0];
p('### Files before ready (fast profile, first run; start and end after navigation)');
p();
p('| file | body on the wire | encoding | start | end |');
p('| --- | ---: | --- | ---: | ---: |');
for (const r of [...first.module.files].sort((a, b) => a.start - b.start)) {
  const note = r.url.endsWith('.deferred.wasm') ? ' (the wasm\'s second part: not waited for, not counted)' : '';
  p(`| ${r.url}${note} | ${kb(r.bytes)} | ${r.encoding || 'none'} | ${ms(r.start)} | ${ms(r.end)} |`);
}
p();
p('### Bytes in dist/ (raw, gzip -9, brotli -11)');
p();
p('| file | raw | gzip | br |');
p('| --- | ---: | ---: | ---: |');
const groups = {};
for (const [f, s] of Object.entries(results.files.module)) {
  const g = /^content\/(modules|cases)\//.test(f) ? `content/${f.split('/')[1]}/*.json` : f.startsWith('fonts/') ? 'fonts/*' : f.startsWith('lms/') ? 'lms/**' : f;
  groups[g] ??= { raw: 0, gzip: 0, br: 0 };
  for (const k of ['raw', 'gzip', 'br']) groups[g][k] += s[k];
}
for (const [g, s] of Object.entries(groups).sort()) p(`| ${g} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.br)} |`);
p(`| bare page: bare-page.wasm | ${kb(results.files.bare['bare-page.wasm'].raw)} | ${kb(results.files.bare['bare-page.wasm'].gzip)} | ${kb(results.files.bare['bare-page.wasm'].br)} |`);
p(`| bare page: bare-page.js | ${kb(results.files.bare['bare-page.js'].raw)} | ${kb(results.files.bare['bare-page.js'].gzip)} | ${kb(results.files.bare['bare-page.js'].br)} |`);
p();
for (const [key, o] of Object.entries(results.open)) {
  p(`### Opening each module and case from home (${PROFILES[key].name})`);
  p();
  const mods = o.opened.filter((x) => x.kind === 'module'), cases = o.opened.filter((x) => x.kind === 'case');
  const fmt = (xs) => xs.map((x) => `${x.id} ${x.ok ? ms(x.ms) : 'FAILED'}`).join(', ');
  p(`- modules: median ${ms(median(mods.map((x) => x.ms)))}, worst ${ms(Math.max(...mods.map((x) => x.ms)))} (${fmt(mods)})`);
  p(`- cases: median ${ms(median(cases.map((x) => x.ms)))}, worst ${ms(Math.max(...cases.map((x) => x.ms)))} (${fmt(cases)})`);
  p(`- long tasks after ready: ${o.longTasks.length} (longest ${ms(Math.max(0, ...o.longTasks.map((x) => x.ms)))}; over 100 ms: ${o.longTasks.filter((x) => x.ms > 100).length}); longest before ready ${ms(o.longestBeforeReady)}`);
  p(`- wasm memory: ${kb(o.memReady.wasm)} at ready, ${kb(o.mem.wasm)} after opening everything; JS heap ${kb(o.mem.js)}`);
  if (o.loading) p(`- the loader's longest slice: ${ms(o.loading.longestStepMs)} (step "${o.loading.longestStep}")`);
  p();
}
for (const [name, b] of Object.entries(results.big)) {
  p(`### Generated course: ${name} (${(b.bytes / 1e6).toFixed(1)} MB of generated cases; fast profile)`);
  p();
  p(`${BIG_RUNS} visit(s) each: ready is their median, opening over all of them; long tasks per visit.`);
  p();
  p('| variant | ready | open: median / worst | long tasks after ready (> 100 ms), per visit | longest, per visit | loader\'s longest slice | longest before ready | wasm memory after |');
  p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [variant, r] of Object.entries(b).filter(([k]) => k !== 'bytes')) {
    const t = r.visits.flatMap((v) => v.opened);
    const slice = r.loading ? `${ms(r.loading.longestStepMs)} (${r.loading.longestStep})` : '–';
    const counts = r.visits.map((v) => `${v.longTasks.length} (${v.longTasks.filter((x) => x > 100).length})`).join(', ');
    const longest = r.visits.map((v) => ms(Math.max(0, ...v.longTasks))).join(', ');
    p(`| ${variant} | ${ms(median(r.visits.map((v) => v.readyMs)))} | ${ms(median(t))} / ${ms(Math.max(...t))} | ${counts} | ${longest} | ${slice} | ${ms(r.longestBeforeReady)} | ${kb(r.mem.wasm)} |`);
    if (r.play.length) p(`|  ↳ playing 15 choices | | per choice median ${ms(median(r.play))}, worst ${ms(Math.max(...r.play))} | | | | | |`);
  }
  p();
}
if (results.native) {
  p(`### Native loader (course_bench, Release): ${results.native.mb} MB parsed + validated in ${ms(results.native.loadMs)} = ${results.native.mbPerS.toFixed(1)} MB/s; with case analysis ${ms(results.native.fullMs)}`);
  p();
}
console.log(lines.join('\n'));
const jsonOut = opt('json', null);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
