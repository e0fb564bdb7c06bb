// Real touch input for the phone tests: Chrome's own touch events through the DevTools
// protocol (Input.dispatchTouchEvent), with a human's timing. The mouse wheel never proves
// that a finger can scroll (../shared/notes/web-pitfalls.md).

import { describe, idle } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Lets momentum run out, the input be applied and the module go idle, then returns the
// description (what a finger's next step looks at).
export async function settled(page) {
  await idle(page, 100);
  return describe(page);
}

export async function touchInput(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  return {
    // A tap held about 60 ms, as a finger does (40–80 ms).
    async tap(x, y) {
      await send('touchStart', [{ x, y }]);
      await sleep(60);
      await send('touchEnd', []);
    },
    // A swipe from (x, y) by (dx, dy): 20 moves over about 300 ms, then the finger lifts.
    async swipe(x, y, dx, dy, { moves = 20, ms = 300 } = {}) {
      await send('touchStart', [{ x, y }]);
      for (let i = 1; i <= moves; i++) {
        await sleep(ms / moves);
        await send('touchMove', [{ x: x + (dx * i) / moves, y: y + (dy * i) / moves }]);
      }
      await sleep(16);
      await send('touchEnd', []);
    },
    // A finger put down, moved and held without lifting (for drags that must not fling);
    // holdMs: held still first (a drag grip takes a finger's drag only after a hold).
    async drag(x, y, dx, dy, { moves = 20, ms = 300, holdMs = 0 } = {}) {
      await send('touchStart', [{ x, y }]);
      if (holdMs) await sleep(holdMs);
      for (let i = 1; i <= moves; i++) {
        await sleep(ms / moves);
        await send('touchMove', [{ x: x + (dx * i) / moves, y: y + (dy * i) / moves }]);
      }
      await sleep(120);
      await send('touchEnd', []);
    },
  };
}

// The middle of an element of describe() (CSS px of the page).
export const centre = (e) => ({ x: e.x + e.w / 2, y: e.y + e.h / 2 });
