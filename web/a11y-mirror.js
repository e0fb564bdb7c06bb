// The accessible mirror: real HTML inside <div id="a11y"> built from learningModule.describe(),
// so screen readers see what the canvas (aria-hidden) draws. The approach of PhET's parallel
// DOM and Flutter web's semantics tree: headings, paragraphs, buttons, links, radio groups,
// checkboxes, sliders, progress bars and dialogs in document order; acting on a mirror control
// calls learningModule.activate()/setValue(), so the module does exactly what a click does.
//
// Cost: nothing runs unless the module reports a changed description ('screen'). Then one
// describe() call; if nothing the mirror shows changed (e.g. only rectangles moved while
// scrolling) the update stops there. Otherwise only the elements whose data changed are
// touched; elements are reused by id, so keyboard focus stays where it is. No layout reads.
//
// Feedback (ids ending in '.feedback', 'quiz.result', 'case.ending') is announced through the
// polite live region <div id="live">. When the screen changes and focus was inside the mirror,
// focus moves to the new screen's first heading; focus on the canvas or the host page is never
// taken. While a mirror control has keyboard focus, a ring is drawn over the canvas where the
// module draws that control (the mirror itself is visually hidden).
(function () {
  'use strict';
  const lm = window.learningModule;
  const root = document.getElementById('a11y');
  const live = document.getElementById('live');
  const app = document.getElementById('app');
  if (!lm || !root) return;

  const PREFIX = 'a11y-';
  const nodes = new Map();      // element id -> {el, focusEl, kind, key, e}
  const wrappers = new Map();   // 'group:<name>' / 'dialog:<id>' -> {el, kind, key}
  const announced = new Map();  // live element id -> last announced text
  let lastSig = null;
  let lastScreen = null;
  let firstSync = true;
  let scheduled = false;
  let ring = null;
  let landmarks = null;
  const NAV_LABEL = { nl: 'Lesmodule', en: 'Learning module' };

  const isLive = (id) => id.endsWith('.feedback') || id === 'quiz.result' || id === 'case.ending';
  const isExternal = (href) => /^https?:/i.test(href || '');
  const domId = (id) => PREFIX + id.replace(/[^A-Za-z0-9_.-]/g, '_');

  // What the mirror shows of an element: everything except its rectangle and visibility.
  function keyOf(e) {
    return [e.role, e.label, e.selected, e.checked, e.disabled, e.expanded, e.pressed, e.value,
      e.min, e.max, e.step, e.valueText, e.href, e.group, e.level].join('\u0001');
  }

  function kindOf(e) {
    switch (e.role) {
      case 'heading': return 'h' + Math.min(6, Math.max(1, e.level || 2));
      case 'button': return 'button';
      case 'link': return 'link';
      case 'radio': return 'radio';
      case 'checkbox': return 'checkbox';
      case 'slider': return 'slider';
      case 'progressbar': return 'progress';
      case 'dialog': case 'alertdialog': return 'dialog';
      case 'searchbox': case 'textbox': return null; // real inputs over the canvas: text-fields.js
      default: return e.label || e.valueText ? 'p' : null; // text, note, status, listitem, img, figure, ...
    }
  }

  function act(id) { try { lm.activate(id); } catch (err) { /* not ready */ } }

  // --- creating elements --------------------------------------------------------------------
  function create(e, kind) {
    const id = e.id;
    let el, focusEl;
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
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey) { if (isExternal(el.getAttribute('href'))) return; }
        ev.preventDefault();
        act(id);
      });
    } else if (kind === 'radio' || kind === 'checkbox') {
      el = document.createElement('label');
      focusEl = document.createElement('input');
      focusEl.type = kind;
      if (kind === 'radio') focusEl.name = domId('group.' + (e.group || id));
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
    } else if (kind === 'dialog') {
      el = document.createElement('div');
      el.appendChild(document.createElement('p'));
    } else {
      el = document.createElement('p');
    }
    el.id = domId(id);
    el.dataset.id = id;
    return { el, focusEl: focusEl || el, kind, key: null, e };
  }

  // --- updating an element from its description ---------------------------------------------
  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }
  function setText(el, text) { if (el.textContent !== text) el.textContent = text; }

  function update(rec, e) {
    const { el, focusEl, kind } = rec;
    const label = e.label || '';
    if (kind[0] === 'h' && kind.length === 2) {
      setText(el, label);
      rec.inlineKey = null;
    } else if (kind === 'button') {
      setText(el, label);
      setAttr(el, 'aria-pressed', e.pressed === undefined ? null : String(!!e.pressed));
      setAttr(el, 'aria-disabled', e.disabled ? 'true' : null);
      setAttr(el, 'aria-current', e.selected ? 'true' : null);
      setAttr(el, 'aria-expanded', e.expanded === undefined ? null : String(!!e.expanded));
    } else if (kind === 'link') {
      setText(el, label);
      const ext = isExternal(e.href);
      setAttr(el, 'href', ext ? e.href : '#' + el.id);
      setAttr(el, 'target', ext ? '_blank' : null);
      setAttr(el, 'rel', ext ? 'noopener' : null);
      setAttr(el, 'aria-current', e.selected ? 'true' : null);
    } else if (kind === 'radio' || kind === 'checkbox') {
      setText(el.lastChild, ' ' + label);
      if (focusEl.checked !== !!e.checked) focusEl.checked = !!e.checked;
      if (focusEl.disabled !== !!e.disabled) focusEl.disabled = !!e.disabled;
    } else if (kind === 'slider') {
      setText(el.firstChild, label + ' ');
      const min = e.min ?? 0, max = e.max ?? 100;
      setAttr(focusEl, 'min', min);
      setAttr(focusEl, 'max', max);
      // The module's own increment; without one, about a hundred keyboard steps over the range.
      const span = max - min;
      const step = e.step ?? (span > 100 ? Math.pow(10, Math.floor(Math.log10(span / 100))) : (Number.isInteger(min) && Number.isInteger(max) ? 1 : 'any'));
      setAttr(focusEl, 'step', step);
      if (document.activeElement !== focusEl || e.value === undefined) focusEl.value = String(e.value ?? min);
      setAttr(focusEl, 'aria-valuetext', e.valueText || null);
      focusEl.disabled = !!e.disabled;
    } else if (kind === 'progress') {
      setAttr(el, 'aria-label', label || null);
      setAttr(el, 'aria-valuemin', e.min ?? 0);
      setAttr(el, 'aria-valuemax', e.max ?? 100);
      setAttr(el, 'aria-valuenow', e.value ?? null);
      setAttr(el, 'aria-valuetext', e.valueText || null);
      setText(el, label + (e.value !== undefined ? ` ${e.value}%` : ''));
    } else if (kind === 'dialog') {
      setAttr(el, 'role', e.role === 'alertdialog' ? 'alertdialog' : 'dialog');
      setAttr(el, 'aria-label', label || null);
      // An alert dialog's text is its label (the buttons follow it); a dialog's heading says it.
      setText(el.firstChild, e.role === 'alertdialog' ? label : '');
      el.firstChild.hidden = e.role !== 'alertdialog';
    } else {
      // text, note, status, listitem; img/figure/unknown roles get their description as text.
      // A notice without text reads 'Title: '; the colon goes.
      let text = label.replace(/[:\s]+$/, '');
      if (e.valueText && e.valueText !== label) text = text ? `${text}: ${e.valueText}` : e.valueText;
      setText(el, text);
      rec.inlineKey = null;
    }
  }

  // Puts a rich-text block's links inside its paragraph, where their words are; returns the
  // links whose words were not found (they then follow the paragraph).
  function compose(rec, links) {
    const key = (rec.e.label || '') + '\u0001' + links.map((l) => l.e.id + '\u0001' + l.e.label).join('\u0001');
    if (rec.inlineKey === key) return rec.leftover || [];
    const text = rec.e.label || '';
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

  // --- the radiogroup / dialog wrappers -------------------------------------------------------
  function wrapper(key, make) {
    let w = wrappers.get(key);
    if (!w) { w = { el: make(), key }; wrappers.set(key, w); }
    return w;
  }

  // Places `children` (in order) into `parent`, moving only what is out of place, so that a
  // focused element is not removed and re-inserted.
  function place(parent, children) {
    let ref = parent.firstChild;
    for (const c of children) {
      if (c === ref) { ref = ref.nextSibling; continue; }
      parent.insertBefore(c, ref);
    }
    while (ref) { const next = ref.nextSibling; ref.remove(); ref = next; }
  }

  // --- the focus ring over the canvas ---------------------------------------------------------
  function showRing() {
    const a = document.activeElement;
    if (!a || !root.contains(a)) { if (ring) ring.hidden = true; return; }
    const holder = a.closest('[data-id]');
    const rec = holder && nodes.get(holder.dataset.id);
    const e = rec && rec.e;
    if (!e || !e.visible || !(e.w > 0 && e.h > 0)) { if (ring) ring.hidden = true; return; }
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
  function sync() {
    scheduled = false;
    let d;
    try { d = lm.describe(); } catch (err) { return; }
    const els = d.elements || [];
    const sig = d.screen + '\u0002' + d.lang + '\u0002' + els.map((e) => e.id + '\u0001' + keyOf(e)).join('\u0002');
    const byId = new Map();
    for (const e of els) byId.set(e.id, e);
    if (sig === lastSig) {
      // Only rectangles (scrolling) changed: keep the data for the focus ring.
      for (const [id, rec] of nodes) { const e = byId.get(id); if (e) rec.e = e; }
      if (ring && !ring.hidden) showRing();
      return;
    }
    lastSig = sig;

    const focusWasInMirror = root.contains(document.activeElement);
    const screenChanged = d.screen !== lastScreen;
    if (d.lang && root.lang !== d.lang) { root.lang = d.lang; if (live) live.lang = d.lang; }

    const top = [];                 // children of #a11y in order
    const inside = new Map();       // wrapper element -> its children in order
    const seen = new Set();
    const seenWrappers = new Set();
    const dialogs = [];             // open dialog wrappers: [{prefix, w}]
    let recent = [];                // dom ids of the last heading and texts (name a radiogroup)
    let prevLevel = 0;              // heading levels go down by any, up by one at most
    let pending = [];               // rich-text links ('<block>.linkN') waiting for their paragraph
    let pendingPrefix = null, pendingParent = null;
    const into = (parent) => (parent ? inside.get(parent) : top);
    const toAnnounce = [];
    let openedDialog = null;        // a dialog that appeared in this update

    for (let e of els) {
      if (e.role === 'heading') {
        const level = Math.min(e.level || 2, prevLevel + 1);
        prevLevel = level;
        if (level !== e.level) e = Object.assign({}, e, { level });
      }
      const kind = kindOf(e);
      if (!kind || seen.has(e.id)) continue;
      seen.add(e.id);
      let rec = nodes.get(e.id);
      if (rec && rec.kind !== kind) { rec.el.remove(); rec = null; }
      if (!rec) { rec = create(e, kind); nodes.set(e.id, rec); if (kind === 'dialog') openedDialog = rec.el; }
      rec.e = e;
      const key = keyOf(e);
      if (rec.key !== key) { update(rec, e); rec.key = key; }

      // Where it goes: inside an open dialog whose id prefixes it, inside its radio group.
      let parent = null;
      while (dialogs.length && !e.id.startsWith(dialogs[dialogs.length - 1].prefix)) dialogs.pop();
      if (dialogs.length) parent = dialogs[dialogs.length - 1].w.el;
      let node = rec.el;
      // Rich-text links come before the block that holds their words.
      const m = kind === 'link' ? /^(.*)\.link\d+$/.exec(e.id) : null;
      const blockOf = (x) => { const b = /^(.*)\.b\d+$/.exec(x); return b && b[1]; };
      if (pending.length && !(m && m[1] === pendingPrefix) && !((kind === 'p' || kind[0] === 'h') && blockOf(e.id) === pendingPrefix)) {
        for (const l of pending) into(pendingParent).push(l.el);
        pending = [];
      }
      if (m) {
        if (!pending.length) { pendingPrefix = m[1]; pendingParent = parent; }
        pending.push(rec);
        node = null;
      }
      if (kind === 'dialog') {
        const w = { el: rec.el };
        seenWrappers.add(rec.el);
        if (!inside.has(rec.el)) inside.set(rec.el, [rec.el.firstChild]);
        dialogs.push({ prefix: e.id + '.', w });
      }
      if (kind === 'radio') {
        const gkey = 'group:' + (e.group || e.id);
        const w = wrapper(gkey, () => {
          const g = document.createElement('div');
          g.setAttribute('role', 'radiogroup');
          g.id = domId(gkey.replace(':', '.'));
          return g;
        });
        if (!inside.has(w.el)) {
          inside.set(w.el, []);
          setAttr(w.el, 'aria-labelledby', recent.slice(-2).join(' ') || null);
          (parent ? inside.get(parent) : top).push(w.el);
          seenWrappers.add(w.el);
        }
        inside.get(w.el).push(node);
        node = null;
      }
      if (node) into(parent).push(node);
      if (kind === 'p' || (kind[0] === 'h' && kind.length === 2)) {
        const leftover = pending.length ? compose(rec, pending) : [];
        if (!pending.length && rec.inlineKey) { rec.el.textContent = e.label || ''; rec.inlineKey = null; }
        pending = [];
        for (const l of leftover) into(parent).push(l);
        if (kind[0] === 'h') recent = [rec.el.id]; else recent.push(rec.el.id);
      }

      if (isLive(e.id)) {
        const parts = [e.label || ''];
        // The words that belong to the feedback (e.g. case.feedback.text.b0) are said with it.
        for (const x of els) if (x !== e && x.id.startsWith(e.id + '.') && x.label && (x.role === 'text' || x.role === 'listitem' || x.role === 'note')) parts.push(x.label);
        const text = parts.map((t) => t.replace(/[:\s]+$/, '').trim()).filter(Boolean).join(' ');
        if (announced.get(e.id) !== text) { announced.set(e.id, text); if (!firstSync) toAnnounce.push(text); }
      }
    }

    for (const l of pending) into(pendingParent).push(l.el);
    for (const [el, children] of inside) place(el, children);
    // Landmarks: the module's navigation bar (ids 'nav.*') and the screen itself.
    if (!landmarks) {
      landmarks = { nav: document.createElement('nav'), main: document.createElement('main') };
      landmarks.nav.id = PREFIX + 'nav';
      landmarks.main.id = PREFIX + 'main';
    }
    setAttr(landmarks.nav, 'aria-label', NAV_LABEL[d.lang] || NAV_LABEL.nl);
    place(landmarks.nav, top.filter((el) => (el.dataset.id || '').startsWith('nav.')));
    place(landmarks.main, top.filter((el) => !(el.dataset.id || '').startsWith('nav.')));
    place(root, landmarks.nav.firstChild ? [landmarks.nav, landmarks.main] : [landmarks.main]);
    for (const [id, rec] of nodes) if (!seen.has(id)) { rec.el.remove(); nodes.delete(id); }
    for (const [k, w] of wrappers) if (!seenWrappers.has(w.el)) { w.el.remove(); wrappers.delete(k); }
    for (const id of announced.keys()) if (!seen.has(id)) announced.delete(id);

    if (screenChanged) {
      lastScreen = d.screen;
      // Only when the learner was in the mirror (its control may just have been removed).
      const focusNow = document.activeElement;
      const lost = !focusNow || focusNow === document.body || root.contains(focusNow);
      if (focusWasInMirror && lost) {
        const h = root.querySelector('h1, h2, h3, h4, h5, h6');
        if (h) h.focus({ preventScroll: true });
      }
    }
    // A dialog opened from the mirror takes focus, so its question is read and Tab reaches
    // its buttons next (the control that opened it is usually gone).
    if (openedDialog && focusWasInMirror && !screenChanged) {
      openedDialog.tabIndex = -1;
      openedDialog.focus({ preventScroll: true });
    }
    if (toAnnounce.length) announce(toAnnounce.join(' '));
    firstSync = false;
    if (ring && !ring.hidden) showRing();
  }

  // Several 'screen' events in one task make one update, after the module's frame.
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(sync);
  }
  lm.on('screen', schedule);
  lm.ready.then(schedule, () => {});
})();
