// window.learningModule: the one object through which tests, the accessibility layer and
// embedding hosts see and drive the module. The C++ UI publishes a semantic description of
// every frame it draws (src/ui/semantics.*); this file only forwards calls to it.
//
//   await learningModule.ready          resolves when the first screen with content is drawn
//   learningModule.describe()           {screen, title, lang, elements: [{id, role, label, ...,
//                                        x, y, w, h}]} with rectangles in CSS pixels of the page
//   learningModule.activate(id)         does what a click on that element does; false if unknown
//   learningModule.setValue(id, value)  sets a slider/number input; false if unknown
//   learningModule.setText(id, text)    sets a text field (search); false if unknown
//   learningModule.reveal(id)           scrolls the element into view
//   learningModule.state()              learner-relevant state, framesDrawn and inputPending (input
//                                        received but not yet applied); framesRendered: the frames
//                                        sent to WebGL (one the same as the canvas's is not)
//   learningModule.on(name, fn)         'screen' (description changed), 'error'
//
// describe() elements: {id, role, label, x, y, w, h, visible} and, where they apply, parent (the
// id of the enclosing container: navigation, main, dialog, alertdialog, radiogroup, list,
// group, figure, or a paragraph holding links), selected, checked, disabled, expanded,
// pressed, value, min, max, step, valueText, href, level, live ('polite' | 'assertive').
let M = null;

// Progress is saved after every action; also when the tab is hidden or the page left (mobile
// browsers may kill a hidden tab without an unload event). Registered when this file loads,
// before the LMS bridge (web/lms) registers its own pagehide, which ends the LMS session: the
// last save reaches the LMS first.
const flush = () => { if (M && isReady) M._lm_flush(); };
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
window.addEventListener('pagehide', flush);
// Another tab on the same course saved progress: the module merges it in (item by item, the
// newest wins) without writing back, so two tabs never bounce writes to each other. A page
// restored from the back/forward cache missed those events: it looks once.
const sync = () => { if (M && isReady) M._lm_storage_changed(); };
window.addEventListener('storage', (e) => { if (e.key === null || e.key.startsWith('sdl-progress-')) sync(); });
window.addEventListener('pageshow', (e) => { if (e.persisted) sync(); });
let isReady = false;
let resolveReady, rejectReady;
const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
ready.catch(() => {}); // a failed start is reported through the error panel, not as unhandled
const listeners = { screen: [], error: [] };

function withString(s, fn) {
  const n = M.lengthBytesUTF8(s) + 1;
  const p = M._malloc(n);
  try { M.stringToUTF8(s, p, n); return fn(p); } finally { M._free(p); }
}
function requireModule() {
  if (!M || !isReady) throw new Error('learningModule is not ready yet: await learningModule.ready');
}
function canvasOffset() {
  const r = M.canvas.getBoundingClientRect();
  return { x: r.left + window.scrollX, y: r.top + window.scrollY };
}
function emit(name, arg) { for (const fn of listeners[name]) { try { fn(arg); } catch (e) { console.error(e); } } }

export const learningModule = {
  ready,
  describe() {
    requireModule();
    const d = JSON.parse(M.UTF8ToString(M._lm_describe()));
    const o = canvasOffset();
    for (const e of d.elements) { e.x += o.x; e.y += o.y; }
    return d;
  },
  activate(id) {
    requireModule();
    return withString(String(id), (p) => M._lm_activate(p)) === 1;
  },
  setValue(id, value) {
    requireModule();
    return withString(String(id), (p) => M._lm_set_value(p, Number(value))) === 1;
  },
  setText(id, text) {
    requireModule();
    return withString(String(id), (p) => withString(String(text), (t) => M._lm_set_text(p, t))) === 1;
  },
  // Scrolls the module so element `id` is in view (keyboard focus moved to its mirror).
  reveal(id) {
    requireModule();
    return withString(String(id), (p) => M._lm_reveal(p)) === 1;
  },
  state() {
    requireModule();
    return JSON.parse(M.UTF8ToString(M._lm_state()));
  },
  on(name, fn) { (listeners[name] || (listeners[name] = [])).push(fn); },

  // --- called by boot.js and by the C++ side; not part of the public contract ---
  _attach(module, onFirstFrame) {
    M = module;
    this._onFirstFrame = onFirstFrame;
    const canvas = module.canvas;
    canvas.addEventListener('pointerdown', () => canvas.focus());
    // An LMS can resize the iframe's content box without a window resize event: tell SDL
    // (which listens on window) whenever the canvas box changes.
    if (window.ResizeObserver) {
      let last = '';
      new ResizeObserver(([entry]) => {
        const size = `${entry.contentRect.width}x${entry.contentRect.height}`;
        if (size !== last) { last = size; window.dispatchEvent(new Event('resize')); }
      }).observe(canvas);
    }
    // No keyboard trap (WCAG 2.1.2): Tab on the last focusable element (Shift-Tab on the
    // first) leaves the module. Capture phase, before SDL sees the key; no preventDefault,
    // so the browser moves focus to the host page as usual.
    canvas.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab' || !isReady) return;
      if (M._lm_focus_at_edge(e.shiftKey ? 1 : 0) === 1) e.stopImmediatePropagation();
    }, true);
  },
  _ready() {
    if (isReady) return;
    isReady = true;
    if (self.performance && performance.mark) performance.mark('leren:ready');
    if (this._onFirstFrame) this._onFirstFrame();
    resolveReady();
  },
  _screenChanged() { emit('screen'); },
  // A quiet message for the learner from the page (the LMS bridge's notices).
  _notice(text) {
    if (!M || !isReady || !text) return;
    const nl = text.nl || text.en || '';
    const en = text.en || text.nl || '';
    withString(nl, (a) => withString(en, (b) => M._lm_notice(a, b)));
  },
  _isReady() { return isReady; },
  _fail(message) { emit('error', message); rejectReady(new Error(message)); },
};
window.learningModule = learningModule;
