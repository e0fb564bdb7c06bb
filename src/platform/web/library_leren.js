// The JavaScript side of the C++ platform layer (linked with emcc --js-library). Every call
// from C++ into the page goes through one of these functions; the page's own scripts are in
// web/. Strings cross as UTF-8 pointers; a returned string is malloc'ed here and freed by C++.

mergeInto(LibraryManager.library, {
  $lerenString: function (s) {
    const n = lengthBytesUTF8(s) + 1;
    const p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  // --- window.learningModule ----------------------------------------------------------------
  js_notify_ready: function () {
    if (window.learningModule) window.learningModule._ready();
  },
  js_notify_screen: function () {
    if (window.learningModule) window.learningModule._screenChanged();
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
    const blob = new Blob([UTF8ToString(html)], { type: 'text/html' });
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
        Module._lm_file_picked(p);
        _free(p);
      }, () => Module._lm_file_picked(0));
    };
    input.click();
  },
  js_prefers_reduced_motion: function () {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
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
