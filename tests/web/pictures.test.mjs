// Pictures in the real module: the test course (tests/data/valid) gets an image block with a
// PNG and one whose file is not there, served as content/ of the built module. The PNG is
// fetched when the page opens, drawn in the canvas at the column's width with its own colours,
// and is an image named by its alt text in the accessible mirror; the missing one is a message
// that names the file and where it is named, and the page goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { launchBrowser, describe, dist, root, waitFor } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { openPage } from './steps.mjs';

const ALT = { nl: 'Vier verticale banen: blauw, groen, oranje, wit', en: 'Four vertical bands: blue, green, orange, white' };
let browser, server, work;

// A PNG of random pixels (so it does not compress): width * height * 3 bytes and a little more.
function noisePng(width, height) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;  // bits per channel
  header[9] = 2;  // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < rows.length; i++) rows[i] = i % (width * 3 + 1) === 0 ? 0 : Math.floor(Math.random() * 256);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}
// The second page's pictures: drawn (its width : height) or refused (null).
const LIMITS = [['images/stripes-32x24.jpg', 4 / 3], ['images/not-png.png', null], ['images/truncated.png', null],
  ['images/too-wide-3000x2.png', null], ['images/noise-600k.png', null]];
before(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'pictures-web-'));
  const site = join(work, 'site');
  mkdirSync(site);
  for (const f of readdirSync(dist)) if (f !== 'content' && f !== 'packages') symlinkSync(join(dist, f), join(site, f));
  const content = join(site, 'content');
  cpSync(join(root, 'tests/data/valid'), content, { recursive: true });
  mkdirSync(join(content, 'images'));
  cpSync(join(root, 'tests/data/images/stripes-800x400.png'), join(content, 'images/banen.png'));
  const file = join(content, 'modules/01-wmo-basis.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  m.pages[0].blocks.splice(1, 0,
    { type: 'image', src: 'images/banen.png', alt: ALT, caption: { nl: 'Een testbeeld', en: 'A test picture' } },
    { type: 'image', src: 'images/weg.png', alt: { nl: 'Een kaart van de wijk', en: 'A map of the neighbourhood' } });
  // The second page: pictures the browser must read as the build's reader would, within the
  // build's limits (library_leren.js, js_fetch_picture).
  for (const f of ['stripes-32x24.jpg', 'not-png.png', 'truncated.png', 'too-wide-3000x2.png'])
    cpSync(join(root, 'tests/data/images', f), join(content, 'images', f));
  writeFileSync(join(content, 'images/noise-600k.png'), noisePng(500, 400));
  m.pages[1].blocks.push(...LIMITS.map(([src]) => ({ type: 'image', src, alt: { nl: src, en: src } })));
  writeFileSync(file, JSON.stringify(m, null, 2));
  server = await startServer(site, 0);
});
after(async () => {
  await browser.close();
  await new Promise((r) => server.close(r));
  rmSync(work, { recursive: true, force: true });
});

test('a picture in a page is fetched, drawn at the column width and described; a missing one says where', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await openPage(context, `http://127.0.0.1:${server.address().port}/?module=wmo-basis&page=melding`);
    // The browser decodes the picture after it arrived: until then it holds a 3:2 place.
    let d = await waitFor(page, (d) => d.elements.some((e) => e.id === 'block.2' && e.role === 'note')
      && d.elements.some((e) => e.id === 'block.1' && Math.abs(e.h - e.w / 2) <= 1), null, 15000).catch(async (e) => {
      throw new Error(`${e.message}; block.1: ${JSON.stringify((await describe(page)).elements.find((x) => x.id === 'block.1'))}`);
    });
    const picture = d.elements.find((e) => e.id === 'block.1');
    assert.equal(picture.role, 'img');
    assert.equal(picture.label, ALT.nl);
    assert.ok(picture.w > 400 && picture.w < 800, `scaled to the column: ${picture.w}`);
    assert.ok(Math.abs(picture.h - picture.w / 2) <= 1, `2:1 kept: ${picture.w} x ${picture.h}`);
    assert.ok(picture.x >= 0 && picture.x + picture.w <= 1280);
    const missing = d.elements.find((e) => e.id === 'block.2');
    for (const part of ['images/weg.png', 'modules/01-wmo-basis.json', '/pages/0/blocks/2/src'])
      assert.ok(missing.label.includes(part), `${part} in "${missing.label}"`);
    assert.ok(d.elements.some((e) => e.id === 'block.3'), 'the page goes on after it');

    // The canvas shows the picture's own colours: blue in its first quarter, white in its last.
    d = await describe(page);
    const shown = d.elements.find((e) => e.id === 'block.1');
    if (shown.y < 0 || shown.y + shown.h > 900) throw new Error(`picture not in view: ${JSON.stringify(shown)}`);
    const canvas = await page.locator('canvas').boundingBox();
    const colour = async (fx) => {
      const png = await page.screenshot({ clip: { x: canvas.x + shown.x + shown.w * fx - 2, y: canvas.y + shown.y + shown.h / 2 - 2, width: 4, height: 4 } });
      return page.evaluate(async (b64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const c = new OffscreenCanvas(bitmap.width, bitmap.height);
        const g = c.getContext('2d');
        g.drawImage(bitmap, 0, 0);
        return Array.from(g.getImageData(1, 1, 1, 1).data.slice(0, 3));
      }, png.toString('base64'));
    };
    const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 12);
    const blue = await colour(0.12), white = await colour(0.88);
    assert.ok(near(blue, [0x1d, 0x5f, 0xd1]), `first band: ${blue}`);
    assert.ok(near(white, [255, 255, 255]), `last band: ${white}`);

    // The accessible mirror: an image named by its alt text.
    const mirror = await page.evaluate(() => {
      const el = document.querySelector('#a11y [data-id="block.1"]');
      return el && { role: el.getAttribute('role'), label: el.getAttribute('aria-label') };
    });
    assert.deepEqual(mirror, { role: 'img', label: ALT.nl });
    // The one error on the console is the browser's own about the missing file.
    assert.deepEqual(page.errors.filter((e) => !/404|weg\.png/.test(e)), []);
  } finally {
    await context.close();
  }
});

// The browser decodes the page's pictures (the wasm has no image reader): a JPEG is read, and
// what the build would refuse is refused in the page too, each with a located message: not a
// PNG, a cut-off PNG, one wider than 2,048 pixels (its header says so: never decoded) and one
// over 512 KB (a picture any reader could read). Without the page's own limits the last two
// would be drawn.
test('the page reads a JPEG and refuses what the build would, each with a located message', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await openPage(context, `http://127.0.0.1:${server.address().port}/?module=wmo-basis&page=actoren`);
    const ids = await waitFor(page, (d, srcs) => srcs.every((src) => d.elements.some((e) => e.role === 'note'
      ? e.label.includes(src) : e.role === 'img' && e.label === src && Math.abs(e.h - e.w * 3 / 4) <= 1)),
    LIMITS.map(([src]) => src), 15000).catch(async (e) => {
      throw new Error(`${e.message}: ${JSON.stringify((await describe(page)).elements.filter((x) => /^block\./.test(x.id)))}`);
    });
    for (const [src, ratio] of LIMITS) {
      const e = ids.elements.find((x) => (x.role === 'note' && x.label.includes(src)) || (x.role === 'img' && x.label === src));
      if (ratio) {
        assert.equal(e.role, 'img', `${src} is drawn`);
        assert.ok(Math.abs(e.w / e.h - ratio) < 0.05, `${src}: ${e.w} x ${e.h}`);
      } else {
        assert.equal(e.role, 'note', `${src} is refused`);
        assert.ok(e.label.includes('modules/01-wmo-basis.json') && e.label.includes('/pages/1/blocks/'), `where: ${e.label}`);
      }
    }
    assert.ok(statSync(join(work, 'site/content/images/noise-600k.png')).size > 512 * 1024, 'the big one is over the limit');
  } finally {
    await context.close();
  }
});

// Pictures give way to a file the learner waits for (library_leren.js): home asks for the
// shipped course's covers right after the first screen; a module opened then aborts the covers
// still on their way, none finishes while the module's file is coming, and they are all asked
// again, together, once it has arrived. Each cover is held back 800 ms by the test and the
// opened module's file 1.2 s, so the old fetching (covers finish during the module's wait)
// fails here.
test('covers give way to an opened module and all arrive after it', async () => {
  const course = JSON.parse(readFileSync(join(dist, 'content/course.json'), 'utf8'));
  const lastFile = course.modules[course.modules.length - 1];  // the idle prefetch comes to it last
  const lastId = JSON.parse(readFileSync(join(dist, 'content', lastFile), 'utf8')).id;
  const site = await startServer(dist, 0);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const hold = (ms) => async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue().catch(() => {});  // the page may have aborted it meanwhile
  };
  const isCover = (url) => new URL(url).pathname.includes('/content/images/cover-');
  await context.route((u) => isCover(u.href), hold(800));
  await context.route((u) => u.pathname.endsWith('/content/' + lastFile), hold(1200));
  const events = [];  // { what, url, at }
  const log = (what) => (request) => events.push({ what, url: request.url(), at: Date.now() });
  context.on('request', log('asked'));
  context.on('requestfinished', log('finished'));
  context.on('requestfailed', log('failed'));
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${site.address().port}/`);
    await page.waitForFunction(() => window.learningModule && window.learningModule.ready, null, { timeout: 30000 });
    for (let waited = 0; !events.some((e) => e.what === 'asked' && isCover(e.url)) && waited < 2000; waited += 20) await page.waitForTimeout(20);
    assert.ok(events.some((e) => e.what === 'asked' && isCover(e.url)), 'home asked for its covers');
    // The covers give way when the module is asked for, which may be a little before its request
    // goes out (it waits for the wasm's second part if that is not in yet).
    const opened = Date.now();
    assert.equal(await page.evaluate((id) => window.learningModule.activate(`home.module.${id}`), lastId), true);
    await waitFor(page, (d, id) => d.screen.startsWith(`page.${id}.`), lastId, 20000);
    const covers = [...new Set(events.filter((e) => e.what === 'asked' && isCover(e.url)).map((e) => e.url))];
    const finished = () => new Set(events.filter((e) => e.what === 'finished' && isCover(e.url)).map((e) => e.url));
    for (let waited = 0; finished().size < covers.length && waited < 10000; waited += 100) await page.waitForTimeout(100);
    assert.equal(finished().size, covers.length, 'every cover asked for arrived in the end');

    const module = (what) => events.find((e) => e.what === what && e.url.endsWith('/content/' + lastFile));
    const [asked, arrived] = [module('asked'), module('finished')];
    assert.ok(asked && arrived, 'the opened module was fetched');
    const during = (what, after = asked.at) => events.filter((e) => e.what === what && isCover(e.url) && e.at > after && e.at < arrived.at);
    assert.ok(during('failed', opened - 1).length > 0, 'covers on their way were aborted for the module');
    assert.deepEqual(during('finished').map((e) => e.url), [], 'no cover finished while the module was coming');
    assert.deepEqual(during('asked').map((e) => e.url), [], 'no cover was asked for while the module was coming');
    const page1 = await describe(page);
    assert.ok(page1.screen.startsWith(`page.${lastId}.`), 'the module stays open');
  } finally {
    await context.close();
    await new Promise((r) => site.close(r));
  }
});
