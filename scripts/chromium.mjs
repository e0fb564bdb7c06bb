// Debian's Chromium, headless, drawing WebGL2 with SwiftShader: one launch for the browser tests
// (tests/web/harness.mjs), the benchmark (bench-web.mjs) and the build's wasm split
// (split-wasm.mjs). CHROMIUM names another binary. Playwright gives every launch a fresh, empty
// profile of its own.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
