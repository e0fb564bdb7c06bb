// Real <input> elements laid over the canvas where the module draws a text field (role
// "searchbox"/"textbox" in learningModule.describe()). SDL2 has no on-screen keyboard or IME
// support on the web; a DOM input has both, and screen readers understand it.
export function startTextFields(lm) {
const inputs = new Map(); // element id -> <input>
const app = document.getElementById('app');
// The fields live in a search landmark, so assistive technology finds them.
const holder = document.createElement('div');
holder.setAttribute('role', 'search');
app.appendChild(holder);

function sync() {
  let d;
  try { d = lm.describe(); } catch (e) { return; }
  const seen = new Set();
  const origin = app.getBoundingClientRect();
  for (const e of d.elements) {
    if (e.role !== 'searchbox' && e.role !== 'textbox') continue;
    seen.add(e.id);
    let input = inputs.get(e.id);
    if (!input) {
      input = document.createElement('input');
      input.type = e.role === 'searchbox' ? 'search' : 'text';
      input.className = 'overlay-field';
      input.addEventListener('input', () => lm.setText(e.id, input.value));
      input.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') { input.value = ''; lm.setText(e.id, ''); } });
      holder.appendChild(input);
      inputs.set(e.id, input);
    }
    input.setAttribute('aria-label', e.label);
    input.placeholder = e.label;
    if (document.activeElement !== input && input.value !== (e.valueText || '')) input.value = e.valueText || '';
    input.hidden = !e.visible;
    Object.assign(input.style, {
      left: `${e.x - origin.left - window.scrollX}px`, top: `${e.y - origin.top - window.scrollY}px`,
      width: `${e.w}px`, height: `${e.h}px`, fontSize: `${Math.round(e.h * 0.42)}px`,
    });
  }
  for (const [id, input] of inputs) if (!seen.has(id)) { input.remove(); inputs.delete(id); }
}
lm.on('screen', sync);
lm.ready.then(sync, () => {});
}
