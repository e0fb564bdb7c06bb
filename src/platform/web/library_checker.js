// The full checks of a file a trainer edited (core/full_checks.hpp), run in a Web Worker with a
// wasm of its own (src/platform/web/checker/, web/checker/worker.js), so the module's own wasm
// does not carry them. Linked with emcc --js-library beside library_leren.js (whose notes on
// Closure Compiler hold here too: what crosses to the worker goes by quoted names).
// web/boot.js gives the checker's URLs (Module['lerenChecker']); the worker is made when the
// first edited file needs it. Whatever goes wrong (no Worker, a file that cannot be fetched, a
// crash in the worker, a worker that stops answering), the file still loads: its findings are
// then one warning that says so.

mergeInto(LibraryManager.library, {
  $lerenChecks: { worker: null, next: 1, pending: {}, watchdog: 0 },

  // A worker that stops answering (a check caught in a loop, a wasm that hangs) would keep the
  // files waiting for it unloaded for good. While files wait, every answer must come within
  // `patienceMs` of the one before (Module['lerenChecker']; 60 s, where the loader's limits keep
  // a check to seconds: 2,000 nodes per case at most); else the worker is ended, the waiting
  // files load with the warning, and the next edited file gets a new worker.
  $lerenWatchChecker__deps: ['$lerenChecks', '$lerenFailWaiting'],
  $lerenWatchChecker: function () {
    clearTimeout(lerenChecks.watchdog);
    if (!Object.keys(lerenChecks.pending).length) return;
    const patience = Module['lerenChecker']['patienceMs'] || 60000;
    lerenChecks.watchdog = setTimeout(() => {
      if (lerenChecks.worker) lerenChecks.worker.terminate();
      lerenChecks.worker = null;  // before the answers: a file checked next gets a new worker
      lerenFailWaiting('the checker gave no answer within ' + Math.round(patience / 1000) + ' s');
    }, patience);
  },

  // Every file waiting for the worker loads with the warning that says `why`.
  $lerenFailWaiting__deps: ['$lerenChecks'],
  $lerenFailWaiting: function (why) {
    const waiting = lerenChecks.pending;
    lerenChecks.pending = {};
    for (const id of Object.keys(waiting)) waiting[id](JSON.stringify({ 'error': why }));
  },

  js_full_checks__deps: ['$lerenString', '$lerenChecks', '$lerenWatchChecker', '$lerenFailWaiting'],
  js_full_checks: function (isCase, path, text, length, play) {
    const p = UTF8ToString(path);
    const bytes = HEAPU8.slice(text, text + length);
    const answer = (json) => {
      const sp = lerenString(p), sj = lerenString(json);
      Module['_lm_full_checks_done'](sp, sj);
      _free(sp);
      _free(sj);
    };
    const failed = (why) => answer(JSON.stringify({ 'error': String(why) }));
    const where = Module['lerenChecker'];
    if (typeof Worker !== 'function' || !where) {
      failed('no Web Worker');
      return;
    }
    if (!lerenChecks.worker) {
      // Absolute URLs: the worker resolves its own relative to its script, not to this page.
      const url = (u) => new URL(u, document.baseURI).href;
      try {
        lerenChecks.worker = new Worker(url(where['worker']));
      } catch (e) {
        failed(e && e.message || e);
        return;
      }
      lerenChecks.worker.onmessage = (e) => {
        const done = lerenChecks.pending[e.data['id']];
        delete lerenChecks.pending[e.data['id']];
        if (done) done(e.data['json'] || JSON.stringify({ 'error': e.data['error'] || 'no answer' }));
        lerenWatchChecker();
      };
      // The worker could not start (its script or wasm missing, a CSP that forbids it): every
      // file waiting for it, and every later one, loads with the warning.
      lerenChecks.worker.onerror = (e) => {
        const why = (e && e.message) || 'the checker could not start';
        lerenChecks.broken = why;  // before the answers: a file checked next is answered at once
        lerenFailWaiting(why);
        lerenWatchChecker();
        if (e && e.preventDefault) e.preventDefault();
      };
      lerenChecks.worker.postMessage({ 'start': { 'glue': url(where['glue']), 'wasm': url(where['wasm']) } });
    }
    if (lerenChecks.broken) {
      failed(lerenChecks.broken);
      return;
    }
    const id = lerenChecks.next++;
    lerenChecks.pending[id] = answer;
    lerenChecks.worker.postMessage({ 'id': id, 'isCase': !!isCase, 'path': p, 'bytes': bytes, 'play': !!play }, [bytes.buffer]);
    if (Object.keys(lerenChecks.pending).length === 1) lerenWatchChecker();  // the first to wait
  },
});
