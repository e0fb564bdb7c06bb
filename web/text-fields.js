// Real <input> elements laid over the canvas where the module draws a text field (role
// "searchbox"/"textbox" in learningModule.describe()). SDL2 has no on-screen keyboard or IME
// support on the web; a DOM input has both, and screen readers understand it.
//
// Each input lives in the slot the accessible mirror (a11y-mirror.js) keeps for its field, in
// document order, so Tab reaches it where it stands on screen; it is position: fixed, so it
// shows over the canvas although the mirror itself is off-screen. It is clipped to the area
// under the top bar (the module scrolls under it), hidden under a dialog, and styled for the
// module's theme. Enter activates the field (the search opens its first hit).
export function startTextFields(lm) {
  const inputs = new Map(); // element id -> <input>
  const root = document.getElementById('a11y');
  if (!root) return;

  function create(e) {
    const input = document.createElement('input');
    input.type = e.role === 'searchbox' ? 'search' : 'text';
    input.className = 'overlay-field';
    input.autocomplete = 'off';
    if (e.valueText !== undefined && /^[-+]?[\d.,\s€]*$/.test(e.valueText) && e.role === 'textbox') input.inputMode = 'decimal';
    input.addEventListener('input', () => lm.setText(e.id, input.value));
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && input.value) { ev.stopPropagation(); input.value = ''; lm.setText(e.id, ''); }
      if (ev.key === 'Enter') { ev.preventDefault(); lm.setText(e.id, input.value); lm.activate(e.id); }
    });
    inputs.set(e.id, input);
    return input;
  }

  function sync(d) {
    if (d.theme && document.documentElement.dataset.theme !== d.theme) document.documentElement.dataset.theme = d.theme;
    const byId = new Map(d.elements.map((e) => [e.id, e]));
    const nav = byId.get('nav');
    const top = nav ? nav.y + nav.h : 0; // the content area starts under the top bar
    // A field not inside an open dialog is under it.
    const dialog = d.elements.find((e) => e.role === 'dialog' || e.role === 'alertdialog');
    const insideDialog = (e) => { for (let p = e; p; p = byId.get(p.parent)) if (p === dialog) return true; return false; };
    const seen = new Set();
    for (const e of d.elements) {
      if (e.role !== 'searchbox' && e.role !== 'textbox') continue;
      seen.add(e.id);
      const input = inputs.get(e.id) || create(e);
      const slot = document.getElementById('a11y-' + e.id.replace(/[^A-Za-z0-9_.-]/g, '_'));
      if (slot && input.parentNode !== slot) slot.appendChild(input);
      if (input.getAttribute('aria-label') !== e.label) input.setAttribute('aria-label', e.label);
      if (input.placeholder !== e.label) input.placeholder = e.label;
      if (document.activeElement !== input && input.value !== (e.valueText || '')) input.value = e.valueText || '';
      // Rectangles are page coordinates; the input is fixed to the viewport.
      const x = e.x - window.scrollX, y = e.y - window.scrollY;
      const covered = Math.max(0, top - window.scrollY - y);
      // Attributes are written only when they change: the mirror stays still while nothing
      // about the field changed (a MutationObserver sees every write, even of the same value).
      const hide = Boolean(!e.visible || covered >= e.h || (dialog && !insideDialog(e)));
      if (input.hidden !== hide) input.hidden = hide;
      const style = {
        left: `${x}px`, top: `${y}px`, width: `${e.w}px`, height: `${e.h}px`,
        fontSize: `${Math.max(16, Math.round(e.h * 0.38))}px`,
        clipPath: covered > 0 ? `inset(${covered}px 0 0 0)` : '',
      };
      for (const [k, v] of Object.entries(style)) if (input.style[k] !== v) input.style[k] = v;
    }
    for (const [id, input] of inputs) if (!seen.has(id)) { input.remove(); inputs.delete(id); }
  }
  // After each of the mirror's updates (its slots exist then), also one for scrolling only, with
  // the description it used: asking the module again cost a describe() per change of screen
  // (10 ms on the phone profile), in the animation frame that draws the module's next frame.
  root.addEventListener('a11y-synced', (ev) => sync(ev.detail));
}
