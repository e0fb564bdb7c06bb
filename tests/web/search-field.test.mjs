// The search field on home is a real <input> over the drawn one (web/text-fields.js). It must
// stay under the top bar when home scrolls (never float over it), take the theme's colours
// (not white in the dark and high-contrast themes), and come in the Tab order where it stands
// on screen: after the top bar, before the cards below it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openModule, describe, activateAndWait, waitFor } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

// What of the input can be seen: its top after the clip, or null when hidden.
const visibleTop = (page) => page.evaluate(() => {
  const input = document.querySelector('input.overlay-field');
  if (!input || input.hidden) return null;
  const inset = /inset\(([\d.]+)px/.exec(getComputedStyle(input).clipPath || '');
  return input.getBoundingClientRect().top + (inset ? Number(inset[1]) : 0);
});

test('the search field never shows over the top bar while home scrolls', async () => {
  const m = await openModule(browser, { viewport: { width: 1366, height: 768 } });
  try {
    let d = await describe(m.page);
    const nav = d.elements.find((e) => e.id === 'nav');
    const field = d.elements.find((e) => e.id === 'home.search');
    assert.ok(field && nav, 'home has a search field and a top bar');
    await m.page.waitForSelector('input.overlay-field');
    // Scroll step by step until the field has passed under the bar, checking at each step.
    let passed = false;
    for (let i = 0; i < 12 && !passed; i++) {
      await m.page.mouse.move(683, 500);
      await m.page.mouse.wheel(0, 40);
      d = await waitFor(m.page, (x, y0) => x.elements.find((e) => e.id === 'home.search').y !== y0, d.elements.find((e) => e.id === 'home.search').y);
      await m.page.waitForTimeout(100);  // the overlay follows on the next description
      const top = await visibleTop(m.page);
      const now = d.elements.find((e) => e.id === 'home.search');
      if (top !== null) assert.ok(top >= nav.y + nav.h - 0.5, `visible part starts at ${top}, under the bar (${nav.y + nav.h}); field at ${now.y}`);
      passed = now.y + now.h < nav.y + nav.h;
    }
    assert.ok(passed, 'the field went under the bar');
    assert.equal(await visibleTop(m.page), null, 'wholly under the bar: hidden');
    assert.deepEqual(m.errors, []);
  } finally { await m.close(); }
});

test('the search field takes the theme\'s colours', async () => {
  const m = await openModule(browser, { viewport: { width: 1366, height: 768 } });
  try {
    const colours = () => m.page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('input.overlay-field'));
      return { bg: s.backgroundColor, fg: s.color };
    });
    await m.page.waitForSelector('input.overlay-field');
    const light = await colours();
    for (const theme of ['dark', 'contrast']) {
      await activateAndWait(m.page, 'nav.settings', (d) => d.screen === 'settings');
      await activateAndWait(m.page, `settings.theme.${theme}`, (d, t) => d.theme === t || d.theme === 'high-contrast' || d.theme === 'highContrast', theme);
      await activateAndWait(m.page, 'nav.home', (d) => d.screen === 'home');
      await m.page.waitForFunction(() => document.querySelector('input.overlay-field:not([hidden])'));
      await m.page.waitForTimeout(150);
      const c = await colours();
      assert.notEqual(c.bg, 'rgb(255, 255, 255)', `${theme}: not a white field (${c.bg})`);
      assert.notEqual(c.bg, light.bg, `${theme}: another background than the light theme's`);
      assert.notEqual(c.fg, light.fg, `${theme}: another text colour than the light theme's`);
    }
  } finally { await m.close(); }
});

test('forward Tab reaches the search field where it stands: after the top bar, before the cards', async () => {
  const m = await openModule(browser, { viewport: { width: 1366, height: 768 } });
  try {
    await m.page.waitForSelector('input.overlay-field');
    const d = await describe(m.page);
    const field = d.elements.find((e) => e.id === 'home.search');
    const seen = [];
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await m.page.keyboard.press('Tab');
      const at = await m.page.evaluate(() => {
        const a = document.activeElement;
        if (a && a.classList.contains('overlay-field')) return 'search';
        const slot = a && a.closest('[data-id]');
        return slot ? slot.getAttribute('data-id') : (a ? a.tagName : null);
      });
      if (at === 'search') reached = true; else seen.push(at);
    }
    assert.ok(reached, `Tab reached the search field (went through: ${seen.join(', ')})`);
    for (const id of seen) {
      const e = d.elements.find((x) => x.id === id);
      if (e) assert.ok(e.y <= field.y + 1, `'${id}' (y ${e.y}) comes before the field (y ${field.y}) on screen too`);
      assert.ok(!/^home\.(module|case)\./.test(id), `no card before the field: ${id}`);
    }
  } finally { await m.close(); }
});
