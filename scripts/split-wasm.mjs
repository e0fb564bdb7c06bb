// Splits the module's wasm in two (docs/performance.md, "Fifth session"): the functions the first
// screen runs stay in DIST/sociaal-domein-leren.wasm; the others go to
// DIST/sociaal-domein-leren.deferred.wasm, which web/boot.js fetches while the first screen starts.
//
// What ran comes from a profile, not from a list kept by hand: with -sSPLIT_MODULE emcc writes the
// whole module (BUILD/sociaal-domein-leren.wasm.orig) and an instrumented copy that records which
// functions were called. DIST holds the instrumented copy when this runs: it is opened in Debian's
// Chromium at a phone's and at a laptop's size, left on the first screen until the covers and the
// italic face are in, a card is tapped, and the module is asked for its profile
// (`__write_profile`); then again in the same browser profile, as a returning learner.
// binaryen's wasm-split (it comes with Debian's emscripten) merges the profiles and splits the
// whole module by them. A function the profile missed still works: its first call loads the
// second file (web/later-code.js, loadSplitModule).
//
// Usage: node scripts/split-wasm.mjs DIST BUILD_DIR
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const APP = 'sociaal-domein-leren';
const [dist, build] = process.argv.slice(2);
if (!dist || !build) throw new Error('usage: node scripts/split-wasm.mjs DIST BUILD_DIR');
const whole = join(build, `${APP}.wasm.orig`);
statSync(whole);  // throws "no such file" with the path when the link was not a SPLIT_MODULE one

// Each visit also taps one card at once, as a learner may before the second part is in: the
// opening and the loading screen belong to the first part; reading the file does not, since the
// page hands every content file the module asks for over only when the second part is in. So
// all of them are held back here (modules, cases, the glossary the opening asks for with them,
// search texts): only the three files boot.js itself fetches for the first screen get through.
const VISITS = [{ width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true, open: 'home.module.' },
  { width: 1280, height: 800, open: 'home.case.' }];
const stringsFile = JSON.parse(readFileSync(join(dist, 'content', 'course.json'), 'utf8')).strings;
const firstScreenFiles = new Set(['course.json', 'index.json', stringsFile].map((n) => `/content/${n}`));
const heldBack = (url) => url.pathname.startsWith('/content/') && url.pathname.endsWith('.json') && !firstScreenFiles.has(url.pathname);
const work = mkdtempSync(join(tmpdir(), 'split-wasm-'));
const browser = await launchChromium();
const server = await startServer(dist, 0);
const profiles = [];
// A browser profile with the visit's screen, as a phone or a laptop.
const contextFor = (v) => browser.newContext({ viewport: { width: v.width, height: v.height },
  deviceScaleFactor: v.deviceScaleFactor || 1, hasTouch: !!v.hasTouch, isMobile: !!v.hasTouch, serviceWorkers: 'block' });

// A page of the module in `context`, once its first screen is up; `hold`: the content files
// beyond the first screen's are never answered.
async function startPage(context, { hold }) {
  const page = await context.newPage();
  if (hold) await page.route(heldBack, () => { /* held: never answered */ });
  const failures = [];
  page.on('pageerror', (e) => failures.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.learningModule && window.learningModule._isReady(), null, { timeout: 60000 })
    .catch((e) => { throw new Error(`the instrumented module did not start (${failures.join('; ') || e.message})`); });
  return page;
}

// Taps the first card on the first screen whose id starts with `prefix`.
async function tapCard(page, prefix) {
  const opened = await page.evaluate((p) => {
    const card = window.learningModule.describe().elements.find((e) => e.id.startsWith(p));
    return card ? window.learningModule.activate(card.id) : false;
  }, prefix);
  if (!opened) throw new Error(`no ${prefix}* card on the first screen to open`);
}

// One page of a visit: the first screen, a card tapped, the profile of what ran. Closing the
// page keeps the learner's progress, as leaving does.
async function profilePage(context, v, file) {
  const page = await startPage(context, { hold: true });
  // The covers and the italic face arrive after ready; the frames that draw them count too.
  await page.waitForTimeout(2000);
  // The page's API is called by tests, the benchmark and a host page at any time: state() too
  // belongs to the first part, or a call of it soon after the start loaded the second part
  // synchronously (2 s on the benchmark's phone profile; docs/performance.md, "Twenty-second
  // session"). describe() is in it already (the accessible mirror's first update).
  await page.evaluate(() => window.learningModule.state());
  await tapCard(page, v.open);
  await page.waitForTimeout(500);  // the loading screen's frames
  const bytes = await page.evaluate(() => {
    const M = window.Module, size = 1 << 20, at = M._malloc(size);
    const length = M.asm.__write_profile(at, size);
    return Array.from(new Uint8Array(M.asm.memory ? M.asm.memory.buffer : M.HEAPU8.buffer, at, length));
  });
  writeFileSync(file, Buffer.from(bytes));
  profiles.push(file);
  await page.close();
}

// A first visit whose code is not profiled, with the content let through: the learner opens the
// card's module or case and leaves, which keeps progress a returning start then reads.
async function leaveProgress(context, v) {
  const page = await startPage(context, { hold: false });
  await tapCard(page, v.open);
  await page.waitForFunction(() => !window.learningModule.describe().screen.startsWith('home'), null, { timeout: 60000 });
  await page.waitForTimeout(500);
  await page.close();
}

try {
  for (const [i, v] of VISITS.entries()) {
    const context = await contextFor(v);
    await profilePage(context, v, join(work, `visit-${i}.prof`));
    await context.close();
    // A learner coming back: the start reads the progress an earlier visit kept, which a first
    // visit never does (without this, a returning learner's start called code of the second part
    // and loaded it synchronously: docs/performance.md, "Eleventh session").
    const again = await contextFor(v);
    await leaveProgress(again, v);
    await profilePage(again, v, join(work, `visit-${i}-return.prof`));
    await again.close();
  }
} finally {
  await browser.close();
  server.close();
}

const merged = join(work, 'merged.prof');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);
const first = join(work, `${APP}.wasm`), deferred = join(work, `${APP}.deferred.wasm`);
// %: the prefix of the exports the second part imports from the first (any unused character).
// The two import namespaces are one letter (web/later-code.js, firstPartImports): every one of
// the second part's ~900 imports from the first and the first part's ~1,100 placeholders names
// its namespace, and wasm-split's defaults ("primary", "placeholder") were 12.5 KB of the two files.
// The wasm features the module is compiled with (WEB_OPT in cmake/web.cmake): the whole module
// carries no list of them for wasm-split to read.
const said = execFileSync('wasm-split', ['--enable-mutable-globals', '--enable-nontrapping-float-to-int',
  '--enable-bulk-memory', '--enable-sign-ext', '--export-prefix=%',
  '--import-namespace=f', '--placeholder-namespace=p', `--profile=${merged}`, '--verbose',
  whole, '-o1', first, '-o2', deferred], { encoding: 'utf8', maxBuffer: 1 << 28 });
// Which function went where, by name (the whole module has names: cmake/web.cmake), for
// scripts/wasm-sizes.mjs. wasm-split writes a comma in a name as \2c.
const listed = (label) => ((new RegExp(`^${label}: (.*)$`, 'm').exec(said) || [])[1] || '').split(', ').filter(Boolean);
writeFileSync(join(build, 'split-functions.json'),
  JSON.stringify({ first: listed('Keeping functions'), later: listed('Splitting out functions') }) + '\n');
copyFileSync(first, join(dist, `${APP}.wasm`));
copyFileSync(deferred, join(dist, `${APP}.deferred.wasm`));
const kb = (f) => `${Math.round(statSync(f).size / 1024)} KB`;
console.log(`split ${APP}.wasm by what the first screen ran: first part ${kb(first)}, second part ${kb(deferred)}`);
rmSync(work, { recursive: true, force: true });
