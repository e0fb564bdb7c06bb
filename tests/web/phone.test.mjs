// On a phone, with a finger: swipes scroll every screen type (starting on a card, on text or
// in the margin), a swipe never opens what it started on, and a tap does. Real touch events
// with human timing (tests/web/touch.mjs), never the mouse wheel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, activate, activateAndWait, waitFor, courseFiles, screenshot } from './harness.mjs';
import { touchInput, centre, settled } from './touch.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true };
const { modules, cases } = courseFiles();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// An element in the column, as low in the view as there is one, to follow while it moves.
function marker(d, vh) {
  const inColumn = d.elements.filter((x) => x.visible && x.y > 100 && x.y < vh - 40 && x.h > 0 && x.h < vh / 2 &&
    x.parent !== 'nav' && !x.id.startsWith('nav') && x.id !== 'main');
  assert.ok(inColumn.length, `an element on screen '${d.screen}' to follow`);
  return inColumn.reduce((a, b) => (b.y > a.y ? b : a));
}

// Swipes up by 240 px from `from` and returns how far the marker moved up, and how far the
// column could still scroll before the swipe (the bottom of its content below the view).
async function swipeUp(page, touch, from) {
  const d = await settled(page);
  const m = marker(d, 640);
  const column = d.elements.filter((e) => e.parent !== 'nav' && !e.id.startsWith('nav') && e.h > 0);
  const below = Math.max(...column.map((e) => e.y + e.h)) - 640;
  await touch.swipe(from.x, from.y, 0, -240);
  const after = await settled(page);
  assert.equal(after.screen, d.screen, `the swipe stayed on '${d.screen}' (it opened nothing)`);
  const moved = after.elements.find((e) => e.id === m.id);
  assert.ok(moved, `'${m.id}' still described after the swipe`);
  const distance = m.y - moved.y;
  return Object.assign(new Number(distance), { below });
}

test('a swipe on a card, on text and in the margin scrolls home; a tap opens the card', async () => {
  const m = await openModule(browser, PHONE);
  try {
    const touch = await touchInput(m.page);
    let d = await settled(m.page);
    // The first card a phone shows is "Begin hier" / "Verder waar je was"; the modules follow.
    const card = d.elements.find((e) => (e.id === 'home.continue' || e.id.startsWith('home.module.')) && e.visible && e.y + e.h < 620);
    assert.ok(card, 'a card is visible');
    const onCard = await swipeUp(m.page, touch, { x: card.x + card.w / 2, y: Math.min(card.y + card.h / 2, 600) });
    assert.ok(onCard >= 200, `a swipe starting on a card scrolls (${onCard} px)`);

    d = await describe(m.page);
    const text = d.elements.find((e) => e.role === 'heading' && e.visible && e.y > 200 && e.y < 560)
      || d.elements.find((e) => e.role === 'text' && e.visible && e.y > 200 && e.y < 560);
    if (text) {
      const onText = await swipeUp(m.page, touch, { x: text.x + 10, y: text.y + text.h / 2 });
      assert.ok(onText >= 200, `a swipe starting on text scrolls (${onText} px)`);
    }
    const inMargin = await swipeUp(m.page, touch, { x: 6, y: 560 });
    assert.ok(inMargin >= 200, `a swipe in the margin scrolls (${inMargin} px)`);
    // And back down: a swipe the other way scrolls back.
    const before = marker(await settled(m.page), 640);
    await touch.swipe(180, 200, 0, 240);
    const back = (await settled(m.page)).elements.find((e) => e.id === before.id);
    assert.ok(back && back.y - before.y >= 200, 'a downward swipe scrolls back');

    d = await settled(m.page);
    const target = d.elements.find((e) => e.id.startsWith('home.module.') && e.visible && e.y > 80 && e.y + e.h < 620);
    assert.ok(target, 'a module card to tap');
    const at = centre(target);
    await touch.tap(at.x, at.y);
    const id = target.id.slice('home.module.'.length);
    d = await waitFor(m.page, (d, a) => d.screen.startsWith(`page.${a}.`), id);
    assert.ok(d.screen.startsWith(`page.${id}.`), 'the tapped module opened');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('a swipe scrolls every screen type on a phone', async () => {
  const m = await openModule(browser, PHONE);
  const mod = modules[0];
  const c = cases[0];
  try {
    const touch = await touchInput(m.page);
    const screens = [
      ['page', () => activateAndWait(m.page, `home.module.${mod.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), mod.id)],
      ['quiz', async () => {
        await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
        await activateAndWait(m.page, `home.module.${mod.id}`, (d, a) => d.screen.startsWith(`page.${a}.`), mod.id);
        for (let i = 1; i < mod.pages.length; i++) await activateAndWait(m.page, 'page.next', (d, a) => d.screen === a, `page.${mod.id}.${mod.pages[i].id}`);
        const d = await activateAndWait(m.page, 'page.quiz', (d) => d.screen.startsWith('quiz.'));
        // A question fits a phone until it is checked; the feedback and explanation then run
        // below the fold, which is where a learner scrolls.
        const option = d.elements.find((e) => e.id.startsWith('quiz.option.') || /^quiz\.term\.[^.]+\.[^.]+$/.test(e.id));
        if (option) await activate(m.page, option.id);
        await waitFor(m.page, (d) => !d.elements.find((e) => e.id === 'quiz.check')?.disabled);
        await activateAndWait(m.page, 'quiz.check', (d) => d.elements.some((e) => e.id === 'quiz.explanation'));
        // Checking scrolls to the result: back up with the finger, to swipe the screen from its top.
        for (let i = 0; i < 4; i++) { await touch.swipe(180, 200, 0, 240); await settled(m.page); }
        return describe(m.page);
      }],
      ['case intro', async () => {
        await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
        return activateAndWait(m.page, `home.case.${c.id}`, (d, a) => d.screen === `case.${a}.intro`, c.id);
      }],
      ['case scene', () => activateAndWait(m.page, 'case.start', (d, a) => d.screen === `case.${a}.node`, c.id)],
      ['progress', () => activateAndWait(m.page, 'nav.progress', (d) => d.screen === 'progress')],
      ['settings', () => activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings')],
      ['glossary', async () => {
        await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
        return activateAndWait(m.page, 'home.glossary', (d) => d.screen === 'glossary');
      }],
    ];
    for (const [name, open] of screens) {
      await open();
      const moved = await swipeUp(m.page, touch, { x: 180, y: 560 });
      assert.ok(moved.below > 60, `the ${name} screen is longer than the phone (${Math.round(moved.below)} px below)`);
      // The column follows the finger, as far as there is content to show.
      assert.ok(moved >= Math.min(200, moved.below - 10), `a swipe scrolls the ${name} screen (${moved} of ${Math.round(moved.below)} px)`);
    }
    await screenshot(m.page, 'phone-glossary-after-swipe');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('a mouse drag scrolls too, and a click still clicks', async () => {
  const m = await openModule(browser, { viewport: { width: 1366, height: 768 } });
  try {
    const d = await settled(m.page);
    const follow = d.elements.find((e) => e.id.startsWith('home.module.') && e.visible && e.y > 420 && e.y < 700);
    // Drag on the first card ("Begin hier"), follow a module card below it.
    const card = d.elements.find((e) => (e.id === 'home.continue' || e.id.startsWith('home.module.')) && e.visible && e.y > 150 && e.y < 400);
    await m.page.mouse.move(card.x + 40, card.y + 20);
    await m.page.mouse.down();
    for (let i = 1; i <= 15; i++) { await m.page.mouse.move(card.x + 40, card.y + 20 - i * 16); await sleep(16); }
    await m.page.mouse.up();
    const after = await settled(m.page);
    assert.equal(after.screen, 'home', 'the drag opened nothing');
    const moved = follow.y - after.elements.find((e) => e.id === follow.id).y;
    assert.ok(moved >= 200, `a mouse drag scrolls home (${moved} px)`);
    const target = after.elements.find((e) => e.id.startsWith('home.module.') && e.visible && e.y > 100 && e.y < 600);
    await m.page.mouse.click(target.x + 40, target.y + 20);
    const id = target.id.slice('home.module.'.length);
    await waitFor(m.page, (d, a) => d.screen.startsWith(`page.${a}.`), id);
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

// The text-size slider follows a finger and a mouse, and keeps the value where it was let go
// (it used to snap back on release: the stored value was reloaded every frame).
test('the text-size slider drags with a finger and with the mouse, and keeps its value', async () => {
  const value = async (page) => (await describe(page)).elements.find((e) => e.id === 'settings.textsize.value');
  for (const how of ['finger', 'mouse']) {
    const m = await openModule(browser, how === 'finger' ? PHONE : { viewport: { width: 1366, height: 768 } });
    try {
      await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
      const s = await value(m.page);
      assert.equal(s.value, 100, 'starts at 100 %');
      // From the handle at the left end to 60 % of the track: about 160 %.
      const y = s.y + s.h / 2, from = s.x + 6, to = s.x + s.w * 0.6;
      if (how === 'finger') {
        await (await touchInput(m.page)).drag(from, y, to - from, 0);
      } else {
        await m.page.mouse.move(from, y);
        await m.page.mouse.down();
        for (let i = 1; i <= 15; i++) { await m.page.mouse.move(from + ((to - from) * i) / 15, y); await sleep(16); }
        await m.page.mouse.up();
      }
      await settled(m.page);
      const after = await value(m.page);
      assert.ok(after.value >= 140 && after.value <= 180, `${how}: the slider moved to about 160 % (${after.value})`);
      assert.equal(after.valueText, `${after.value}%`, `${how}: the label says the new value`);
      await sleep(500);
      assert.equal((await value(m.page)).value, after.value, `${how}: the value stays after release`);
      assert.equal((await describe(m.page)).screen, 'settings', `${how}: the drag did not leave the screen`);
      assert.deepEqual(m.errors, []);
    } finally { await m.close(); }
  }
});

// Drag and drop with a finger: an ordering row dragged by its grip (the 32 px before its "up"
// button; the grip has no element of its own, the buttons are its accessible twin) moves once
// the finger held still on it; a quick swipe that starts on a grip scrolls the page instead.
test('a finger drags an ordering row by its grip to another place', async () => {
  const m = await openModule(browser, PHONE);
  try {
    const mod = modules.find((x) => x.quiz?.questions?.[0]?.type === 'ordering');
    assert.ok(mod, 'a module whose check opens with an ordering question');
    await activateAndWait(m.page, `home.module.${mod.id}`, (d, id) => d.screen.startsWith(`page.${id}.`), mod.id);
    for (let i = 1; i < mod.pages.length; i++) {
      await activateAndWait(m.page, 'page.next', (d, a) => d.screen === a, `page.${mod.id}.${mod.pages[i].id}`);
    }
    await activateAndWait(m.page, 'page.quiz', (d) => d.screen.startsWith('quiz.'));
    const rows = (d) => d.elements.filter((e) => e.role === 'listitem' && /^quiz\.item\.[^.]+$/.test(e.id))
      .sort((a, b) => a.y - b.y).map((e) => e.id);
    let d = await settled(m.page);
    const before = rows(d);
    assert.ok(before.length >= 3, 'rows to order');
    // Scroll so the first two rows are in view (a swipe elsewhere than a grip scrolls).
    const touch = await touchInput(m.page);
    for (let i = 0; i < 6; i++) {
      const first = d.elements.find((e) => e.id === `${before[0]}.up`);
      const second = d.elements.find((e) => e.id === before[1]);
      if (first.y > 80 && second.y + second.h < 600) break;
      await touch.swipe(300, 400, 0, first.y > 80 ? -150 : 150);
      d = await settled(m.page);
    }
    const up = d.elements.find((e) => e.id === `${before[0]}.up`);
    const target = d.elements.find((e) => e.id === before[1]);
    await touch.drag(up.x - 20, up.y + up.h / 2, 0, target.y + target.h / 2 - (up.y + up.h / 2) + 4, { holdMs: 450 });
    d = await settled(m.page);
    const after = rows(d);
    assert.deepEqual(after, [before[1], before[0], ...before.slice(2)], 'the first row now comes second');
    // A quick swipe up from the second row's grip: the page scrolls, no row moves.
    const grip = d.elements.find((e) => e.id === `${after[1]}.up`);
    await touch.swipe(grip.x - 20, grip.y + grip.h / 2, 0, -150);
    d = await settled(m.page);
    assert.deepEqual(rows(d), after, 'a quick swipe on a grip moves no row');
    assert.ok(d.elements.find((e) => e.id === `${after[1]}.up`).y < grip.y - 60, 'it scrolls the page');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});
