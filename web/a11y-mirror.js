// The accessible mirror: real HTML inside <div id="a11y"> rendered from the semantic tree of
// learningModule.describe(), so screen readers see what the canvas (aria-hidden) draws. One
// semantic tree, two renderings (PhET's parallel DOM; Flutter web's semantics tree): the
// module's containers (navigation, main, dialog, radiogroup, list, group, figure) become the
// matching HTML, controls become buttons, links, radios, checkboxes and range inputs; acting
// on one calls learningModule.activate()/setValue(), so the module does exactly what a click
// does. The structure comes from each element's `parent`, never from its id.
//
// Cost: nothing runs unless the module reports a changed description ('screen'). Then, in the
// next task, one describe() call; if nothing the mirror shows changed (e.g. only rectangles
// moved while scrolling) the update stops there. Elements are reused by id, so focus stays.
//
// Live elements (live: 'polite') are announced through <div id="live"> with the text of their
// children. When the screen changes and focus was inside the mirror, focus moves to the new
// screen's first heading; focus on the canvas or the host page is never taken. While a mirror
// control has keyboard focus, a ring is drawn over the canvas where the module draws it.

const PREFIX = 'a11y-';
const isExternal = (href) => /^(https?:|mailto:)/i.test(href || '');
const domId = (id) => PREFIX + id.replace(/[^A-Za-z0-9_.-]/g, '_');

// What the mirror shows of an element: everything except its rectangle and visibility.
function keyOf(e) {
  return [e.role, e.label, e.selected, e.checked, e.disabled, e.expanded, e.pressed, e.value,
    e.min, e.max, e.step, e.valueText, e.href, e.parent, e.level, e.live].join('\u0001');
}

// The HTML an element becomes. Text fields become a slot in document order, into which
// text-fields.js puts the real <input> (so Tab reaches it where it is on screen).
function kindOf(e) {
  switch (e.role) {
    case 'heading': return 'h' + Math.min(6, Math.max(1, e.level || 2));
    case 'button': case 'link': case 'radio': case 'checkbox': case 'slider': return e.role;
    case 'progressbar': return 'progress';
    case 'navigation': return 'nav';
    case 'main': return 'main';
    case 'dialog': case 'alertdialog': return 'dialog';
    case 'radiogroup': return 'radiogroup';
    case 'list': return 'list';
    case 'group': case 'table': return 'group';
    case 'figure': return 'figure';
    case 'img': return 'img';
    case 'searchbox': case 'textbox': return 'slot';
    default: return 'p'; // text, paragraph, listitem, note, status, cell, ...
  }
}
const isContainer = (kind) => ['nav', 'main', 'dialog', 'radiogroup', 'list', 'group', 'figure'].includes(kind);

export function startMirror(lm) {
  const root = document.getElementById('a11y');
  const live = document.getElementById('live');
  const app = document.getElementById('app');
  if (!lm || !root) return;

  const nodes = new Map(); // element id -> {el, focusEl, kind, key, e, inlineKey}
  const announced = new Map(); // live element id -> last announced text
  let lastSig = null;
  let lastScreen = null;
  let firstSync = true;
  let lastFocusSerial = null;
  let scheduled = false;
  let ring = null;

  const act = (id) => { try { lm.activate(id); } catch (err) { /* not ready */ } };

  // --- creating and updating one element ----------------------------------------------------
  function create(e, kind) {
    const id = e.id;
    let el;
    let focusEl;
    if (kind[0] === 'h' && kind.length === 2) {
      el = document.createElement(kind);
      el.tabIndex = -1; // focus target when a new screen opens
    } else if (kind === 'button') {
      el = document.createElement('button');
      el.type = 'button';
      el.addEventListener('click', () => { if (el.getAttribute('aria-disabled') !== 'true') act(id); });
    } else if (kind === 'link') {
      el = document.createElement('a');
      el.addEventListener('click', (ev) => {
        // The module does what the link does (an external link opens in a new tab there).
        if ((ev.ctrlKey || ev.metaKey || ev.shiftKey) && isExternal(el.getAttribute('href'))) return;
        ev.preventDefault();
        act(id);
      });
    } else if (kind === 'radio' || kind === 'checkbox') {
      el = document.createElement('label');
      focusEl = document.createElement('input');
      focusEl.type = kind;
      el.append(focusEl, document.createElement('span'));
      // The module owns the state: the input shows the module's value again after each update.
      focusEl.addEventListener('change', () => { act(id); setTimeout(resyncChecks, 400); });
      focusEl.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); act(id); } });
    } else if (kind === 'slider') {
      el = document.createElement('label');
      focusEl = document.createElement('input');
      focusEl.type = 'range';
      el.append(document.createElement('span'), focusEl);
      focusEl.addEventListener('input', () => { try { lm.setValue(id, Number(focusEl.value)); } catch (err) { /* not ready */ } });
    } else if (kind === 'progress') {
      el = document.createElement('div');
      el.setAttribute('role', 'progressbar');
    } else if (kind === 'nav' || kind === 'main' || kind === 'figure') {
      el = document.createElement(kind);
    } else if (kind === 'list') {
      el = document.createElement('ul');
    } else if (kind === 'dialog' || kind === 'radiogroup' || kind === 'group') {
      el = document.createElement('div');
    } else if (kind === 'img') {
      el = document.createElement('div');
    } else if (kind === 'slot') {
      el = document.createElement('span');
      el.className = 'field-slot';
    } else {
      el = document.createElement('p');
    }
    el.id = domId(id);
    el.dataset.id = id;
    return { el, focusEl: focusEl || el, kind, key: null, e };
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }
  function setText(el, text) { if (el.textContent !== text) el.textContent = text; }

  function update(rec, e) {
    const { el, focusEl, kind } = rec;
    const label = e.label || '';
    switch (kind) {
      case 'button':
        setText(el, label);
        setAttr(el, 'aria-pressed', e.pressed === undefined ? null : String(!!e.pressed));
        setAttr(el, 'aria-disabled', e.disabled ? 'true' : null);
        setAttr(el, 'aria-current', e.selected ? 'true' : null);
        setAttr(el, 'aria-expanded', e.expanded === undefined ? null : String(!!e.expanded));
        setAttr(el, 'aria-valuenow', null);
        break;
      case 'link': {
        setText(el, label);
        const ext = isExternal(e.href);
        setAttr(el, 'href', ext ? e.href : '#' + el.id);
        setAttr(el, 'target', ext ? '_blank' : null);
        setAttr(el, 'rel', ext ? 'noopener' : null);
        setAttr(el, 'aria-current', e.selected ? 'true' : null);
        break;
      }
      case 'radio': case 'checkbox':
        setText(el.lastChild, ' ' + label);
        if (focusEl.checked !== !!e.checked) focusEl.checked = !!e.checked;
        if (focusEl.disabled !== !!e.disabled) focusEl.disabled = !!e.disabled;
        if (kind === 'radio') focusEl.name = domId('group.' + (e.parent || e.id));
        break;
      case 'slider': {
        setText(el.firstChild, label + ' ');
        const min = e.min ?? 0;
        const max = e.max ?? 100;
        setAttr(focusEl, 'min', min);
        setAttr(focusEl, 'max', max);
        // The module's own increment; without one, about a hundred keyboard steps over the range.
        const span = max - min;
        const step = e.step ?? (span > 100 ? 10 ** Math.floor(Math.log10(span / 100))
          : (Number.isInteger(min) && Number.isInteger(max) ? 1 : 'any'));
        setAttr(focusEl, 'step', step);
        if (document.activeElement !== focusEl || e.value === undefined) focusEl.value = String(e.value ?? min);
        setAttr(focusEl, 'aria-valuetext', e.valueText || null);
        focusEl.disabled = !!e.disabled;
        break;
      }
      case 'progress':
        setAttr(el, 'aria-label', label || null);
        setAttr(el, 'aria-valuemin', e.min ?? 0);
        setAttr(el, 'aria-valuemax', e.max ?? 100);
        setAttr(el, 'aria-valuenow', e.value ?? null);
        setAttr(el, 'aria-valuetext', e.valueText || (e.value !== undefined ? `${e.value}%` : null));
        setText(el, label + (e.value !== undefined ? ` ${e.value}%` : ''));
        break;
      case 'dialog':
        setAttr(el, 'role', e.role);
        setAttr(el, 'aria-label', label || null);
        break;
      case 'radiogroup':
        setAttr(el, 'role', 'radiogroup');
        setAttr(el, 'aria-label', label || null);
        break;
      case 'group':
        setAttr(el, 'role', 'group');
        setAttr(el, 'aria-label', label || null);
        break;
      case 'nav': case 'main': case 'figure': case 'list':
        setAttr(el, 'aria-label', label || null);
        break;
      case 'img':
        // An image is its alt text; one without (decoration beside a visible name) is hidden.
        setAttr(el, 'role', e.label ? 'img' : null);
        setAttr(el, 'aria-label', e.label || null);
        setAttr(el, 'aria-hidden', e.label ? null : 'true');
        break;
      case 'slot':
        break; // its input is text-fields.js's
      default:
        // Headings and paragraphs: their text. One that holds links is composed again around
        // them below (compose: its key has the text), so a focused link stays in the DOM.
        if (kind === 'p') {
          let text = label.replace(/[:\s]+$/, ''); // a notice without text reads 'Title: '; the colon goes
          if (e.valueText && e.valueText !== label) text = text ? `${text}: ${e.valueText}` : e.valueText;
          rec.text = text;
        } else {
          rec.text = label;
        }
        if (!rec.inlineKey) setText(el, rec.text);
    }
  }

  // Puts a paragraph's links inside it, where their words are; links whose words are not in
  // the text follow it.
  function compose(rec, links) {
    if (!links.length) {
      if (rec.inlineKey) { setText(rec.el, rec.text); rec.inlineKey = null; }
      return [];
    }
    const key = rec.text + '\u0001' + links.map((l) => l.e.id + '\u0001' + l.e.label).join('\u0001');
    if (rec.inlineKey === key) return rec.leftover;
    const text = rec.text;
    const children = [];
    const leftover = [];
    let cursor = 0;
    for (const l of links) {
      const i = l.e.label ? text.indexOf(l.e.label, cursor) : -1;
      if (i < 0) { leftover.push(l.el); continue; }
      if (i > cursor) children.push(document.createTextNode(text.slice(cursor, i)));
      children.push(l.el);
      cursor = i + l.e.label.length;
    }
    if (cursor < text.length) children.push(document.createTextNode(text.slice(cursor)));
    place(rec.el, children);
    rec.inlineKey = key;
    rec.leftover = leftover;
    return leftover;
  }

  // A radio or checkbox the module did not change (e.g. a graded question) shows the
  // module's state again rather than what the browser toggled.
  function resyncChecks() {
    for (const rec of nodes.values()) {
      if ((rec.kind === 'radio' || rec.kind === 'checkbox') && rec.focusEl.checked !== !!rec.e.checked) rec.focusEl.checked = !!rec.e.checked;
    }
  }

  // Places `children` (in order) into `parent`, moving only what is out of place: a focused
  // element that is moved loses focus (to <body>), so what has gone is removed first and the
  // rest, still in order, stays where it is (a notice above it disappearing, a paragraph's text
  // around its focused link renewed).
  function place(parent, children) {
    const keep = new Set(children);
    for (let n = parent.firstChild; n;) { const next = n.nextSibling; if (!keep.has(n)) n.remove(); n = next; }
    let ref = parent.firstChild;
    for (const c of children) {
      if (c === ref) { ref = ref.nextSibling; continue; }
      parent.insertBefore(c, ref);
    }
  }

  // The <li> that holds a list's child (reused by the child's id).
  const items = new Map();
  function listItem(childId, childEl) {
    let li = items.get(childId);
    if (!li) { li = document.createElement('li'); items.set(childId, li); }
    place(li, [childEl]);
    return li;
  }

  // --- the focus ring over the canvas ---------------------------------------------------------
  function showRing() {
    const a = document.activeElement;
    if (!a || !root.contains(a)) { if (ring) ring.hidden = true; return; }
    const holder = a.closest('[data-id]');
    const rec = holder && nodes.get(holder.dataset.id);
    const e = rec && rec.e;
    // A text field shows its own focus outline over the canvas.
    if (!e || !e.visible || !(e.w > 0 && e.h > 0) || rec.kind === 'slot') { if (ring) ring.hidden = true; return; }
    if (!ring) {
      ring = document.createElement('div');
      ring.className = 'a11y-focus-ring';
      ring.setAttribute('aria-hidden', 'true');
      app.appendChild(ring);
    }
    // #app is fixed at the top left of the viewport; rectangles are in page coordinates.
    ring.style.left = `${e.x - window.scrollX - 3}px`;
    ring.style.top = `${e.y - window.scrollY - 3}px`;
    ring.style.width = `${e.w + 6}px`;
    ring.style.height = `${e.h + 6}px`;
    ring.hidden = false;
  }
  // A control focused from the keyboard is scrolled into view on the canvas first.
  root.addEventListener('focusin', () => {
    const holder = document.activeElement && document.activeElement.closest('[data-id]');
    const rec = holder && nodes.get(holder.dataset.id);
    const vh = window.innerHeight;
    if (rec && rec.e && (!rec.e.visible || rec.e.y - window.scrollY < 60 || rec.e.y - window.scrollY + rec.e.h > vh)) {
      try { lm.reveal(rec.e.id); } catch (err) { /* not ready */ }
    }
    showRing();
  });
  // Escape closes the glossary popup, as it does on the canvas.
  root.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    try { if (lm.activate('glossary.popup.close')) ev.preventDefault(); } catch (err) { /* not ready */ }
  });
  root.addEventListener('focusout', () => setTimeout(showRing, 0));

  // --- live announcements ---------------------------------------------------------------------
  let liveTimer = 0;
  function announce(text) {
    if (!live || !text) return;
    // Emptied first and filled a moment later, so the same words are announced again too.
    live.textContent = '';
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => { live.textContent = text; }, 100);
  }

  // --- one update -----------------------------------------------------------------------------
  // Told after every sync, with the description it used (text-fields.js places its inputs by it
  // rather than asking the module for the same description again).
  const synced = (d) => root.dispatchEvent(new CustomEvent('a11y-synced', { detail: d }));

  function sync() {
    scheduled = lm._mirrorBehind = false;
    let d;
    try { d = lm.describe(); } catch (err) { return; }
    const els = d.elements || [];
    const sig = d.screen + '\u0002' + d.lang + '\u0002' + els.map((e) => e.id + '\u0001' + keyOf(e)).join('\u0002');
    const byId = new Map(els.map((e) => [e.id, e]));
    if (sig === lastSig) {
      // Only rectangles (scrolling) changed: keep the data for the focus ring.
      for (const [id, rec] of nodes) { const e = byId.get(id); if (e) rec.e = e; }
      if (ring && !ring.hidden) showRing();
      synced(d);
      return;
    }
    lastSig = sig;
    const focusWasInMirror = root.contains(document.activeElement);
    const screenChanged = d.screen !== lastScreen;
    if (d.lang && root.lang !== d.lang) { root.lang = d.lang; if (live) live.lang = d.lang; }
    // The page's language follows the module's (screen readers pick their voice by it).
    if (d.lang && document.documentElement.lang !== d.lang) document.documentElement.lang = d.lang;

    // The tree: children by parent id, in document order.
    const children = new Map([[null, []]]);
    for (const e of els) {
      const p = e.parent && byId.has(e.parent) ? e.parent : null;
      if (!children.has(p)) children.set(p, []);
      children.get(p).push(e);
    }
    const seen = new Set();
    const toAnnounce = [];
    let openedDialog = null;
    let prevLevel = 0; // heading levels go down by any, up by one at most

    // Renders `e` and its subtree; returns the DOM nodes it contributes to its parent.
    function render(e) {
      if (e.role === 'heading') {
        const level = Math.min(e.level || 2, prevLevel + 1);
        prevLevel = level;
        if (level !== e.level) e = { ...e, level };
      }
      const kind = kindOf(e);
      if (!kind || seen.has(e.id)) return [];
      seen.add(e.id);
      let rec = nodes.get(e.id);
      if (rec && rec.kind !== kind) { rec.el.remove(); rec = null; }
      if (!rec) { rec = create(e, kind); nodes.set(e.id, rec); if (kind === 'dialog') openedDialog = rec.el; }
      rec.e = e;
      const key = keyOf(e);
      if (rec.key !== key) { update(rec, e); rec.key = key; }

      const kids = children.get(e.id) || [];
      if (isContainer(kind)) {
        const inner = [];
        for (const c of kids) {
          for (const n of render(c)) inner.push(kind === 'list' ? listItem(c.id, n) : n);
        }
        place(rec.el, inner);
      } else if (kids.length) {
        // A paragraph or heading that holds links: the links go where their words are.
        const links = [];
        const after = [];
        for (const c of kids) {
          const out = render(c);
          const r = nodes.get(c.id);
          if (r && r.kind === 'link' && out.length === 1) links.push(r); else after.push(...out);
        }
        if (kind === 'p' || kind[0] === 'h') {
          const leftover = compose(rec, links);
          return [rec.el, ...leftover, ...after];
        }
        return [rec.el, ...links.map((l) => l.el), ...after];
      } else if (rec.inlineKey) {
        compose(rec, []); // its links are gone
      }

      if (e.live && e.live !== 'off') {
        const text = rec.el.textContent.replace(/\s+/g, ' ').trim();
        if (announced.get(e.id) !== text) { announced.set(e.id, text); if (!firstSync) toAnnounce.push(text); }
      }
      return [rec.el];
    }

    const top = [];
    for (const e of children.get(null)) top.push(...render(e));
    place(root, top);
    for (const [id, rec] of nodes) if (!seen.has(id)) { rec.el.remove(); nodes.delete(id); items.delete(id); }
    for (const id of announced.keys()) if (!seen.has(id)) announced.delete(id);
    // What changed is laid out now, in this task: left to the next rendering update, it fell into
    // the task of the module's next frame and the canvas's read-back (a new screen: home after a
    // page, 54 ms of layout in a 101 ms task on the phone profile; docs/performance.md,
    // twenty-fourth session). Not at the first sync: right after the start it lengthened the
    // first task.
    if (!firstSync) void root.offsetHeight;

    if (screenChanged) {
      lastScreen = d.screen;
      // Only when the learner was in the mirror (its control may just have been removed).
      const focusNow = document.activeElement;
      const lost = !focusNow || focusNow === document.body || root.contains(focusNow);
      if (focusWasInMirror && lost) {
        const h = root.querySelector('main h1, main h2, main h3, h1, h2, h3, h4, h5, h6');
        if (h) h.focus({ preventScroll: true });
      }
    }
    // A dialog opened from the mirror takes focus, so its question is read and Tab reaches
    // its buttons next (the control that opened it is usually gone).
    if (openedDialog && focusWasInMirror && !screenChanged) {
      openedDialog.tabIndex = -1;
      openedDialog.focus({ preventScroll: true });
    }
    // The module moved the learner on (a choice made, an answer checked): focus goes to what
    // is new (the consequence, the result) rather than to <body>, when it was in the mirror.
    const focus = d.focus;
    // (The frame that asked may not show the target yet: the request waits for it.)
    if (focus && focus.serial !== lastFocusSerial && (nodes.has(focus.id) || firstSync)) {
      lastFocusSerial = focus.serial;
      const now = document.activeElement;
      const inMirror = focusWasInMirror || !now || now === document.body || root.contains(now);
      const rec = nodes.get(focus.id);
      if (rec && inMirror && !firstSync) {
        const target = rec.kind === 'slot' ? rec.el.querySelector('input') || rec.el : rec.focusEl;
        if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus({ preventScroll: true });
        // Read out what the focus landed on if it is not a control (a result, a consequence).
        if (!['button', 'link', 'radio', 'checkbox', 'slider', 'slot'].includes(rec.kind)) {
          const text = rec.el.textContent.replace(/\s+/g, ' ').trim();
          if (text && !toAnnounce.includes(text)) toAnnounce.unshift(text);
        }
      }
    }
    // (A request from before this page loaded is taken as seen by the first sync above; any
    // later one waits until its target is drawn: the first answer checked after a load too.)
    if (toAnnounce.length) announce(toAnnounce.join(' '));
    firstSync = false;
    synced(d);
    if (ring && !ring.hidden) showRing();
  }

  // Several 'screen' events in one task make one update, in a task of its own right after the
  // module's frame: on a screen of many cards (home of a 100-case course) the mirror's work and
  // its layout would otherwise lengthen the frame's task past 100 ms on a slow machine.
  const nextTask = new MessageChannel();
  nextTask.port1.onmessage = sync;
  // Until it runs, learningModule._mirrorBehind says so (tests wait for the mirror by it).
  function schedule() {
    if (scheduled) return;
    scheduled = lm._mirrorBehind = true;
    nextTask.port2.postMessage(null);
  }
  lm.on('screen', schedule);
  lm.ready.then(schedule, () => {});
}
