// Offline after the first visit, for a standalone dist/ only: registers the service worker
// (web/sw.js) of this build and, when it has cached everything, tells the learner so, calmly,
// in the page shell's status line (#offline-note: a polite live region over the canvas that
// takes no clicks and clears itself). Imported by web/boot.js after `learningModule.ready`.
//
// Never inside a frame or an LMS launch: the LMS owns that page, its origin and its caching
// (and a worker would outlive the launch). Anything that goes wrong here leaves the module as
// it was without a worker: this file never throws and never reports an error to the learner.
const SHOWN_MS = 10000;

// Why no worker may be registered here, or null.
export function offlineRefused({ win = window, lms = win.learningModuleLms } = {}) {
  if (!('serviceWorker' in win.navigator) || !win.isSecureContext) return 'no service worker support';
  if (!/^https?:$/.test(win.location.protocol)) return 'not served over http(s)';
  try {
    if (win.top !== win.self) return 'in a frame';
  } catch (e) {
    return 'in a cross-origin frame';
  }
  if (lms && ((lms.kind && lms.kind !== 'none') || (lms.launch && lms.launch.detached))) return 'launched by an LMS';
  return null;
}

// Resolves true once `worker` has been activated (its install, the precache, succeeded).
function activated(worker) {
  return new Promise((resolve) => {
    if (worker.state === 'activated') { resolve(true); return; }
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(true);
      else if (worker.state === 'redundant') resolve(false);
    });
  });
}

// The worker of `scriptUrl` being installed for `registration` (it may appear only later).
function installing(registration, scriptUrl) {
  const mine = (w) => w && w.scriptURL === scriptUrl;
  const now = [registration.installing, registration.waiting, registration.active].find(mine);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    registration.addEventListener('updatefound', () => { if (mine(registration.installing)) resolve(registration.installing); });
  });
}

function showNote(text) {
  const note = document.getElementById('offline-note');
  if (!note || !text) return;
  note.textContent = text;
  setTimeout(() => { note.textContent = ''; }, SHOWN_MS);
}

// `build`: manifest.json's build id; `strings`: the parsed UI strings file (content/ui).
// Resolves to what happened ('registered', 'offline-ready', or why not), for tests and logs.
export async function startOffline({ build, strings }) {
  try {
    const refused = offlineRefused();
    if (refused) return refused;
    if (!build) return 'no build id in manifest.json';
    const scriptUrl = new URL(`sw.js?v=${encodeURIComponent(build)}`, document.baseURI).href;
    const registration = await navigator.serviceWorker.register(scriptUrl);
    // Already cached on an earlier visit: nothing new to tell.
    if (registration.active && registration.active.scriptURL === scriptUrl) return 'registered';
    if (!(await activated(await installing(registration, scriptUrl)))) return 'precache failed';
    const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
    const entry = strings && strings.strings && strings.strings['offline.ready'];
    showNote(entry && (entry[lang] || entry.nl));
    return 'offline-ready';
  } catch (e) {
    console.info('Offline use not available:', String(e && e.message || e));
    return 'failed';
  }
}
