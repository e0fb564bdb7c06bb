// The JavaScript side of the C++ platform layer (linked with emcc --js-library). Every call
// from C++ into the page goes through one of these functions; the page's own scripts are in
// web/. Strings cross as UTF-8 pointers; a returned string is malloc'ed here and freed by C++.
//
// Closure Compiler minifies this file with the glue (cmake/web.cmake) and renames every property
// it has not seen declared. So what the page's scripts made (window.learningModule, the LMS
// bridge and its launch data), the module's exports (Module['_lm_...']), history states and the
// options given to fetch() are reached by quoted names: those are never renamed.

mergeInto(LibraryManager.library, {
  $lerenString: function (s) {
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  // --- window.learningModule ----------------------------------------------------------------
  js_notify_ready__deps: ['$lerenPictures', '$lerenReleasePictures'],
  js_notify_ready: function () {
    if (window['learningModule']) window['learningModule']['_ready']();
    if (!lerenPictures.ready) {
      lerenPictures.ready = true;
      lerenReleasePictures(null);  // what the first frames asked for
    }
  },
  // A step of the start-up on the page's timeline (User Timing: performance.mark), so the
  // benchmark and a browser's profiler show where the time before the first screen goes.
  js_mark: function (name) {
    if (self.performance && performance.mark) performance.mark('leren:' + UTF8ToString(name));
  },
  // The page's error panel names the files (web/boot.js); Emscripten's abort() then stops the
  // module and unwinds the C++ stack.
  js_stop_unreadable: function (files) {
    const named = UTF8ToString(files);
    if (Module['lerenUnreadable']) Module['lerenUnreadable'](named);
    abort(named);
  },
  js_stop_no_webgl: function () {
    if (Module['lerenNoWebgl']) Module['lerenNoWebgl']();
    abort('no WebGL 2 context');
  },
  js_show_gpu_note: function (text) {
    if (Module['lerenGpuNote']) Module['lerenGpuNote'](UTF8ToString(text));
  },
  js_notify_screen: function () {
    if (window['learningModule']) window['learningModule']['_screenChanged']();
  },

  // --- the page -----------------------------------------------------------------------------
  js_query_param__deps: ['$lerenString'],
  js_query_param: function (name) {
    return lerenString(new URLSearchParams(window.location.search).get(UTF8ToString(name)) || '');
  },
  js_open_url: function (url) {
    const u = UTF8ToString(url);
    // Only web and mail links (never javascript: or data: URLs from content).
    if (/^(https?:|mailto:)/i.test(u)) window.open(u, '_blank', 'noopener');
  },
  js_copy: function (text) {
    const t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
  },
  js_download: function (name, mime, content) {
    const blob = new Blob([UTF8ToString(content)], { type: UTF8ToString(mime) });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },
  js_open_html: function (html) {
    // A blob: page resolves relative URLs against nothing: point them at the module (print.css).
    const page = UTF8ToString(html).replace('<head>', '<head><base href="' + document.baseURI.replace(/"/g, '%22') + '">');
    const blob = new Blob([page], { type: 'text/html' });
    window.open(URL.createObjectURL(blob), '_blank', 'noopener');
  },
  js_pick_file__deps: ['$lerenString'],
  js_pick_file: function () {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.onchange = () => {
      const f = input.files && input.files[0];
      if (!f) return;
      f.text().then((t) => {
        const p = lerenString(t);
        Module['_lm_file_picked'](p);
        _free(p);
      }, () => Module['_lm_file_picked'](0));
    };
    input.click();
  },
  // --- browser history (ui::Host::pushLocation/replaceLocation/onNavigated) --------------------
  // Standalone in its own tab, each screen is an entry with its own URL: the route's parameters
  // (case, module, page, play, screen) replace those of the previous screen; the others (mode,
  // trainer) stay, lang goes (the learner's own choice is remembered with the progress).
  // Inside a frame or an LMS launch the page is the LMS's: the URL's query (the LMS's launch
  // parameters: a one-case package's ?case= decides what is reported) is never touched, and
  // the LMS page's history does not grow; the location is kept in the fragment with
  // replaceState, so a reload of the frame reopens the same screen.
  $lerenFramed: function () {
    let framed;
    try { framed = window.top !== window.self; } catch (e) { framed = true; }  // cross-origin parent
    const lms = window['learningModuleLms'];
    // A cmi5 launch whose LRS did not answer runs standalone ("detached") but is still the
    // LMS's launch: its URL stays as the LMS made it (as web/offline.js treats it).
    return framed || !!(lms && ((lms['kind'] && lms['kind'] !== 'none') || (lms['launch'] && lms['launch']['detached'])));
  },
  // The module's location in a page address's query (what a history entry without our state
  // stands for).
  $lerenLocationOf: function (search) {
    const q = new URLSearchParams(search);
    const kept = new URLSearchParams();
    q.forEach(function (v, k) { if (['case', 'module', 'page', 'play', 'screen'].indexOf(k) >= 0) kept.set(k, v); });
    return kept.toString();
  },
  js_history__deps: ['$lerenFramed', '$lerenLocationOf'],
  js_history: function (push, location, title) {
    const loc = UTF8ToString(location);
    const name = UTF8ToString(title);
    // A replacement that changes nothing is left out: the start-up's first one (home, at the
    // page's own address) cost about 5 ms of the first frame. Without a state of ours, Back
    // and Forward read the location from the address's query (lerenLocationOf); in a frame it
    // is in the fragment, so there only our own state counts.
    const ours = history.state && typeof history.state['leren'] === 'string' ? history.state['leren'] : null;
    const unchanged = (url, framed) => !push && url === window.location.href &&
      (ours !== null ? ours : framed ? null : lerenLocationOf(window.location.search)) === loc;
    try {
      if (name && document.title !== name) document.title = name;
      if (lerenFramed()) {
        const url = new URL(window.location.href);
        url.hash = loc;
        if (!unchanged(url.toString(), true)) history.replaceState({ 'leren': loc }, '', url.toString());
        return;
      }
      const url = new URL(window.location.href);
      // (No destructuring or spread here: Emscripten 3.1.6's JS optimizer cannot parse them.)
      ['case', 'module', 'page', 'play', 'screen', 'lang'].forEach(function (k) { url.searchParams.delete(k); });
      new URLSearchParams(loc).forEach(function (v, k) { url.searchParams.set(k, v); });
      url.hash = '';
      if (push) history.pushState({ 'leren': loc }, '', url.toString());
      else if (!unchanged(url.toString(), false)) history.replaceState({ 'leren': loc }, '', url.toString());
    } catch (e) {
      console.warn('history', e);
    }
    if (!Module.lerenPopstate) {
      Module.lerenPopstate = true;
      window.addEventListener('popstate', (ev) => {
        let to = ev.state && typeof ev.state['leren'] === 'string' ? ev.state['leren'] : null;
        if (to === null) to = lerenLocationOf(window.location.search);
        const n = lengthBytesUTF8(to) + 1;
        const p = _malloc(n);
        stringToUTF8(to, p, n);
        Module['_lm_navigated'](p);
        _free(p);
      });
    }
  },
  // The location a reload inside a frame kept in the fragment (see js_history), or "".
  js_start_location__deps: ['$lerenString', '$lerenFramed'],
  js_start_location: function () {
    const hash = window.location.hash.replace(/^#/, '');
    return lerenString(lerenFramed() && /^(case|module|screen)=/.test(hash) ? hash : '');
  },
  js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },
  js_prefers_reduced_motion: function () {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
  },

  // --- the LMS bridge (web/lms, window.learningModuleLms; docs/lms-bridge.md) ------------------
  js_lms_kind__deps: ['$lerenString'],
  js_lms_kind: function () {
    const lms = window['learningModuleLms'];
    return lerenString(lms && lms['kind'] ? lms['kind'] : 'none');
  },
  js_lms_launch__deps: ['$lerenString'],
  js_lms_launch: function () {
    const lms = window['learningModuleLms'];
    return lerenString(JSON.stringify(lms && lms['launch'] ? lms['launch'] : {}));
  },
  // A launch setting (case, module, page, lang, mode, trainer): the LMS's launch data wins over
  // the page URL (the bridge merged both); without a bridge, the URL.
  js_launch_param__deps: ['$lerenString'],
  js_launch_param: function (name) {
    const key = UTF8ToString(name);
    const lms = window['learningModuleLms'];
    const launch = lms && lms['launch'];
    const params = launch && launch['params'] ? launch['params'] : null;
    const value = params && params[key] != null ? String(params[key]) : new URLSearchParams(window.location.search).get(key);
    return lerenString(value || '');
  },
  // The module calls only when the bridge keeps its progress: an LMS, or the cache of one
  // (launch.detached); the bridge turns what an LMS would hear into no-ops without one.
  js_lms_call: function (method, json) {
    const lms = window['learningModuleLms'];
    const name = UTF8ToString(method);
    if (!lms || typeof lms[name] !== 'function') return 0;
    try {
      return lms[name](JSON.parse(UTF8ToString(json))) === false ? 0 : 1;
    } catch (e) {
      console.warn('LMS ' + name + ' failed', e);
      return 0;
    }
  },

  // --- content fetched when it is needed (platform/web/web_content.hpp) -----------------------
  // The bytes go to /content/<path> as the server sent them (the loader judges encoding and
  // UTF-8, as coursetool does); then the module hears lm_content_arrived(path, ok).
  js_fetch_content__deps: ['$lerenString', '$FS', '$lerenHoldPictures', '$lerenReleasePictures'],
  js_fetch_content: function (path, urgent) {
    const p = UTF8ToString(path);
    if (urgent) lerenHoldPictures(p);
    const arrived = (ok) => {
      if (urgent) lerenReleasePictures(p);
      const s = lerenString(p);
      Module['_lm_content_arrived'](s, ok);
      _free(s);
    };
    const init = { 'cache': 'no-cache', 'priority': urgent ? 'high' : 'low' };
    // The code that reads it may be in the wasm's second part (web/later-code.js): wait for it
    // here, not in a synchronous load on the main thread. It never rejects. The file goes in a
    // task of its own after that: putting the part in and reading the file in one task made a
    // long one (139 ms on the fast profile) when a module was opened just then.
    // When the part is already in (as it is once the first screen is up), the file goes in at
    // once: a task more waited behind two frames of the loading screen (30-50 ms on a software
    // GPU, docs/performance.md, "Twentieth session").
    const later = Module['lerenLaterCode'];
    let codeIn = !later;
    const code = later ? later().then(() => { codeIn = true; }) : Promise.resolve();
    const inTaskOfItsOwn = () => new Promise((resolve) => setTimeout(resolve, 0));
    fetch('content/' + p, init)
      .then((res) => {
        if (!res.ok) throw new Error(p + ' (HTTP ' + res.status + ')');
        return res.arrayBuffer();
      })
      .then((buffer) => (codeIn ? buffer : code.then(inTaskOfItsOwn).then(() => buffer)))
      .then((buffer) => {
        let dir = '/content';
        for (const part of p.split('/').slice(0, -1)) {
          dir += '/' + part;
          try { FS.mkdir(dir); } catch (e) { /* exists */ }
        }
        FS.writeFile('/content/' + p, new Uint8Array(buffer));
        arrived(1);
      })
      .catch((e) => {
        console.warn('content not loaded: ' + p, e);
        arrived(0);
      });
  },

  // Pictures give way to a file a learner waits for. Home asks for its ten covers at once right
  // after the first screen; on a phone's link the first module opened then waited for them too
  // (0.8-1.2 s instead of 0.7 s, docs/performance.md). While an urgent content file is on its
  // way, pictures in flight are aborted and new ones wait; all of them start again, together,
  // when it has arrived. Together, so that the covers still arrive within a frame or two and an
  // idle page stays idle (taking turns spread them over five frames: reverted 8909f16).
  // (Emscripten copies a library object as JSON with its functions: plain arrays, no methods.)
  // Pictures wait while a file the learner waits for is coming (urgent), and until the first
  // screen is drawn (ready): ten fetches started in the first frame cost it a few milliseconds,
  // and nothing waits for a cover then.
  $lerenPictures: { urgent: [], running: [], waiting: [], ready: false, maxBytes: 0, maxSide: 0 },
  $lerenStartPicture__deps: ['$lerenPictures', '$lerenFetchPicture'],
  $lerenStartPicture: function (picture) {
    const running = lerenPictures.running;
    picture.abort = new AbortController();
    running.push(picture);
    lerenFetchPicture(picture).finally(() => {
      const at = running.indexOf(picture);
      if (at >= 0) running.splice(at, 1);
    });
  },
  $lerenHoldPictures__deps: ['$lerenPictures'],
  $lerenHoldPictures: function (contentPath) {
    lerenPictures.urgent.push(contentPath);
    for (const picture of lerenPictures.running.splice(0)) {
      picture.abort.abort();
      lerenPictures.waiting.push({ path: picture.path, id: picture.id });
    }
  },
  $lerenReleasePictures__deps: ['$lerenPictures', '$lerenStartPicture'],
  $lerenReleasePictures: function (contentPath) {
    const urgent = lerenPictures.urgent;
    if (contentPath !== null) urgent.splice(urgent.indexOf(contentPath), 1);
    if (urgent.length || !lerenPictures.ready) return;
    for (const picture of lerenPictures.waiting.splice(0)) lerenStartPicture(picture);
  },

  // A picture of the course (images/...), fetched when it is first drawn and decoded by the
  // browser (createImageBitmap: off the main thread, and no image reader in the wasm). Within
  // the build's limits: at most maxBytes, a PNG or JPEG whose header says at most maxSide
  // pixels a side (read before anything is decoded). lm_picture_decoded(id, bitmap, width,
  // height, problem) gets it: problem 0 and a bitmap for js_upload_bitmap, or 1 not fetched, 2
  // unreadable, 3 too many bytes, 4 too many pixels (web_pictures.cpp). An aborted fetch (given
  // way, above) is not a failure: it is asked again.
  js_fetch_picture__deps: ['$lerenPictures', '$lerenStartPicture'],
  js_fetch_picture: function (path, id, maxBytes, maxSide) {
    lerenPictures.maxBytes = maxBytes;  // the same for every picture: content_limits.hpp
    lerenPictures.maxSide = maxSide;
    const picture = { path: UTF8ToString(path), id };
    if (lerenPictures.urgent.length || !lerenPictures.ready) lerenPictures.waiting.push(picture);
    else lerenStartPicture(picture);
  },
  $lerenFetchPicture__deps: ['$lerenPictures', '$lerenImageSize', '$lerenBitmaps'],
  $lerenFetchPicture: function (picture) {
    // (No destructuring here: Emscripten 3.1.6's minifier loses renamed ones.)
    const p = picture.path, id = picture.id, abort = picture.abort;
    const decoded = (bitmap, width, height, problem) => {
      let handle = 0;
      if (bitmap) {
        handle = lerenBitmaps.next++;
        lerenBitmaps.open[handle] = bitmap;
      }
      Module['_lm_picture_decoded'](id, handle, width, height, problem);
    };
    return fetch('content/' + p, { 'cache': 'no-cache', 'priority': 'low', 'signal': abort.signal })
      .then((res) => {
        if (!res.ok) throw new Error(p + ' (HTTP ' + res.status + ')');
        return res.arrayBuffer();
      })
      .then((buffer) => {
        if (buffer.byteLength > lerenPictures.maxBytes) return decoded(null, 0, 0, 3);
        const size = lerenImageSize(new Uint8Array(buffer));
        if (!size) return decoded(null, 0, 0, 2);
        if (size[0] > lerenPictures.maxSide || size[1] > lerenPictures.maxSide) return decoded(null, size[0], size[1], 4);
        // The pixels as the file has them, as the build's reader gives them: not premultiplied,
        // no colour profile applied.
        return createImageBitmap(new Blob([buffer]), { 'premultiplyAlpha': 'none', 'colorSpaceConversion': 'none' })
          .then((bitmap) => {
            if (abort.signal.aborted) bitmap.close();
            else decoded(bitmap, bitmap.width, bitmap.height, 0);
          }, () => { if (!abort.signal.aborted) decoded(null, size[0], size[1], 2); });
      }, (e) => {
        if (abort.signal.aborted) return;
        console.warn('picture not loaded: ' + p, e);
        decoded(null, 0, 0, 1);
      });
  },
  // Decoded pictures until web_pictures.cpp has made them textures (js_upload_bitmap).
  $lerenBitmaps: { open: {}, next: 1 },
  // The width and height a PNG or JPEG file's header gives, or null when the bytes are neither.
  // By hand, as the build's reader (stb_image) finds them: the browser has no way to ask for a
  // picture's size without decoding it, and a few bytes may claim a huge one.
  $lerenImageSize: function (b) {
    const u16 = (i) => (b[i] << 8) | b[i + 1];
    const u32 = (i) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
    const PNG = [137, 80, 78, 71, 13, 10, 26, 10];
    if (b.length >= 24 && PNG.every((v, i) => b[i] === v)) {
      // The first chunk is IHDR: width and height, 4 bytes each, big-endian.
      return b[12] === 73 && b[13] === 72 && b[14] === 68 && b[15] === 82 ? [u32(16), u32(20)] : null;
    }
    if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
    // JPEG: markers until the frame header (SOF0-SOF15 but DHT C4, JPG C8, DAC CC).
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1];
      if (marker === 0xff) { i += 1; continue; }  // fill byte
      if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; }  // no length
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return [u16(i + 7), u16(i + 5)];
      if (marker === 0xd9 || marker === 0xda) return null;  // end, or scan data before any frame
      i += 2 + u16(i + 2);
    }
    return null;
  },
  // Uploads decoded picture `handle` into the bound TEXTURE_2D as RGBA and lets it go.
  js_upload_bitmap__deps: ['$lerenBitmaps', '$GL'],
  js_upload_bitmap: function (handle) {
    const bitmap = lerenBitmaps.open[handle];
    delete lerenBitmaps.open[handle];
    if (!bitmap) return;
    GLctx.texImage2D(0x0de1 /* TEXTURE_2D */, 0, 0x1908 /* RGBA */, 0x1908, 0x1401 /* UNSIGNED_BYTE */, bitmap);
    bitmap.close();
  },
  js_close_bitmap__deps: ['$lerenBitmaps'],
  js_close_bitmap: function (handle) {
    const bitmap = lerenBitmaps.open[handle];
    delete lerenBitmaps.open[handle];
    if (bitmap) bitmap.close();
  },

  // --- localStorage (missing or throwing in sandboxed and some cross-site iframes) -------------
  js_storage_get__deps: ['$lerenString'],
  js_storage_get: function (key) {
    try {
      const v = window.localStorage.getItem(UTF8ToString(key));
      return v === null ? 0 : lerenString(v);
    } catch (e) {
      return 0;
    }
  },
  js_storage_set: function (key, value) {
    try {
      window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
      return 1;
    } catch (e) {
      return 0;
    }
  },
  js_storage_remove: function (key) {
    try {
      window.localStorage.removeItem(UTF8ToString(key));
      return 1;
    } catch (e) {
      return 0;
    }
  },
});
