// What the module's wasm leaves out. scripts/patches/ keeps code the module never runs out of
// the build (ImGui's built-in font, SDL's game controllers, event logger, gesture recognizer and
// window surfaces); a dropped patch, a source unpatched in the cache or a new call into one of
// them would bring it back, 13 to 22 KB at a time (issue 13: ≤ 800 KB). Read from the function
// names of the unsplit wasm the build keeps beside dist/ (cmake/web.cmake: --profiling-funcs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

// The function names of a wasm's "name" section (subsection 1), as the build wrote them.
function functionNames(bytes) {
  let at = 8;
  const u32 = () => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return value;
  };
  const text = (length) => new TextDecoder().decode(bytes.subarray(at, (at += length)));
  while (at < bytes.length) {
    const id = bytes[at++], size = u32(), end = at + size;
    if (id === 0 && text(u32()) === 'name') {
      while (at < end) {
        const sub = bytes[at++], subSize = u32(), subEnd = at + subSize;
        if (sub === 1) {
          const names = new Set();
          for (let n = u32(); n > 0; --n) { u32(); names.add(text(u32())); }
          return names;
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return new Set();
}

test('the module\'s wasm has none of the code scripts/patches leaves out, and the code around it', () => {
  const names = functionNames(readFileSync(join(root, 'build/wasm/sociaal-domein-leren.wasm.orig')));
  // What the patched places sit in is there: the names are read right.
  for (const kept of ['ImFontAtlas::Build()', 'ImGui_ImplSDL2_ProcessEvent(SDL_Event const*)', 'SDL_PushEvent', 'SDL_SendTouch', 'SDL_CreateWindow']) {
    assert.ok(names.has(kept), `${kept} is in the wasm (${names.size} names read)`);
  }
  const leftOut = {
    'ImFontAtlas::AddFontDefault(ImFontConfig const*)': 'imgui-1.90.1/01-no-implicit-default-font.patch',
    SDL_JoystickOpen: 'imgui-1.90.1/02-sdl2-backend-no-gamepads.patch',
    SDL_PrivateAddMappingForGUID: 'imgui-1.90.1/02-sdl2-backend-no-gamepads.patch',
    SDL_LogEvent: 'SDL2-2.26.5/01-no-event-log-no-gestures.patch',
    SDL_GestureProcessEvent: 'SDL2-2.26.5/01-no-event-log-no-gestures.patch',
    SDL_ConvertSurface: 'SDL2-2.26.5/02-no-window-surface-no-pixel-cursors.patch',
    SDL_Blit_Slow: 'SDL2-2.26.5/02-no-window-surface-no-pixel-cursors.patch',
  };
  for (const [name, patch] of Object.entries(leftOut)) {
    assert.ok(!names.has(name), `${name} is in the wasm: is scripts/patches/${patch} applied (scripts/fetch-deps.sh), and does nothing call it?`);
  }
});
