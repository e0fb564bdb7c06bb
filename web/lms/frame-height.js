// Tells the page that embeds the module in an iframe how tall the frame should be, in the two
// conventions LMS pages listen for, so the host sizes the frame and no second scroll bar
// appears:
//  - LTI platforms (Canvas, Brightspace, Sakai, Moodle's LTI tool):
//      parent.postMessage(JSON.stringify({subject: 'lti.frameResize', height}), '*')
//  - H5P's resizer script (h5p-resizer.js, on many Moodle/WordPress pages): the frame says
//    {context:'h5p', action:'hello'}; the host answers hello; the frame sends prepareResize
//    {scrollHeight, clientHeight}; the host answers resizePrepared; the frame sends resize
//    {scrollHeight}. The host also sends 'ready' when it loads and 'resize' when its window
//    changes size.
// The module draws on a canvas that fills its frame, so the page has no natural height: the
// wanted height is the module's (lms.setFrameHeight) or one that suits the frame's width.

export function defaultHeight(width) {
  const w = Math.max(320, Number(width) || 1024);
  return Math.round(Math.min(900, Math.max(560, w < 700 ? w * 1.6 : w * 0.66)));
}

export function startFrameHeight({ win }) {
  let parent = null;
  try { parent = win.parent && win.parent !== win ? win.parent : null; } catch { parent = null; }
  let wanted = null, lastSent = null, h5pHost = false;
  const height = () => wanted ?? defaultHeight(win.innerWidth);
  const post = (msg) => { try { parent.postMessage(msg, '*'); } catch { /* host gone */ } };

  function report(force = false) {
    if (!parent) return;
    const h = height();
    if (!force && h === lastSent) return;
    lastSent = h;
    post(JSON.stringify({ subject: 'lti.frameResize', height: h }));
    if (h5pHost) post({ context: 'h5p', action: 'prepareResize', scrollHeight: h, clientHeight: h });
  }

  function onMessage(event) {
    if (!parent || event.source !== parent) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.context !== 'h5p') return;
    if (data.action === 'ready') post({ context: 'h5p', action: 'hello' });
    else if (data.action === 'hello') { h5pHost = true; report(true); }
    else if (data.action === 'resizePrepared') post({ context: 'h5p', action: 'resize', scrollHeight: height() });
    else if (data.action === 'resize') report(true);
  }

  if (parent) {
    win.addEventListener('message', onMessage);
    win.addEventListener('resize', () => report());
    post({ context: 'h5p', action: 'hello' });
    report(true);
  }
  return {
    embedded: Boolean(parent),
    set(px) { const n = Math.round(Number(px)); if (n > 0) { wanted = n; report(); } },
    get height() { return height(); },
  };
}
