// Finds the SCORM run-time API object the way the standards describe it: walk up the chain of
// parent frames from this window, then do the same from its opener (a SCO in a pop-up window).
// SCORM 1.2 names it `API`, SCORM 2004 `API_1484_11`. A frame of another origin throws on
// access: that ends the walk for that chain, it is not an error.

// ADL's sample code gives up after this many frames; no real LMS nests deeper.
const MAX_DEPTH = 500;

function lookIn(win, name) {
  try { return win && win[name] && typeof win[name] === 'object' ? win[name] : null; } catch { return null; }
}

function walkUp(start, name) {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const api = lookIn(win, name);
    if (api) return api;
    let parent;
    try { parent = win.parent; } catch { return null; }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

export function findScormApi(win, name) {
  const found = walkUp(win, name);
  if (found) return found;
  let opener;
  try { opener = win.opener; } catch { opener = null; }
  return opener ? walkUp(opener, name) : null;
}
