// The service worker of a standalone dist/: the module works offline after the first visit.
// web/offline.js registers it as sw.js?v=<build> (the `build` of manifest.json), never inside
// a frame or an LMS launch, and LMS packages leave this file out (scripts/package.mjs).
//
// - install: precaches the build: the versioned files (manifest.json `versioned`, by their
//   `?v=` URL; copied from an older build's cache when they did not change; not the checker),
//   the page shell (`files`), the manifest, and every content file content/index.json lists or course.json
//   names. Install succeeds only when all of it is cached (a content file the server does not
//   have excepted): then the page says "available offline".
// - fetch: a `?v=` URL names its bytes, and so does a script under js/ (esbuild puts a hash of
//   its contents in the name: scripts/bundle-web.mjs): cache first. Anything else (index.html,
//   the shell, manifest.json, content/) network first, so a new build and a trainer's edit in
//   dist/content/ are seen at once; the cache only answers when the network does not.
// - activate: deletes this scope's caches of older builds and takes over open pages.
//
// Hand-written, not Workbox: these three rules are about a hundred lines, and Workbox would
// add a build step (workbox-build) and a runtime to ship for the same three rules.
const SCOPE = self.registration.scope;
const PREFIX = `sociaal-domein-leren:${SCOPE}:`;
const CACHE = PREFIX + (new URL(self.location.href).searchParams.get('v') || 'unversioned');

// Every content file, as a URL under content/: those listed with a hash in the course index
// (course.json, the strings, the glossary, search.json, every module and case) and those
// course.json names (the same, unless a trainer changed course.json after the build).
function contentFiles(index, course) {
  const out = new Set(['content/course.json', 'content/index.json']);
  if (course && typeof course === 'object') {
    for (const f of [course.glossary, course.strings, ...[].concat(course.modules || [], course.cases || [])]) {
      if (typeof f === 'string' && !f.split('/').some((p) => p === '' || p === '.' || p === '..')) out.add('content/' + f);
    }
  }
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      if (typeof v.file === 'string' && typeof v.hash === 'string') out.add('content/' + v.file);
      Object.values(v).forEach(visit);
    }
  };
  visit(index);
  return [...out];
}

async function precache() {
  const manifest = await (await fetchOk('manifest.json', 'no-cache')).json();
  // Without an index (none, or unreadable) the module reads course.json's list: so does this.
  const json = (url) => fetchOk(url, 'no-cache').then((r) => r.json()).catch(() => null);
  const [index, course] = await Promise.all([json('content/index.json'), json('content/course.json')]);
  const files = Object.keys(manifest.files || {});
  // Not the page's checker (checker/): only a file a trainer edited needs it, and a learner
  // should not download it; offline such a file loads without its full checks, and says so.
  const versioned = [...Object.entries(manifest.versioned || {}).filter(([f]) => !f.startsWith('checker/'))
    .map(([f, v]) => `${f}?v=${v}`), ...files.filter(namedByContent)];
  const content = contentFiles(index, course);
  const plain = ['./', 'manifest.json',
    // index.html is kept as './' (keyOf); not this worker; not the cmi5 client (cmi5 launches
    // never register it).
    ...files.filter((f) => !['index.html', 'sw.js'].includes(f) && !f.startsWith('lms/vendor/') && !namedByContent(f))];
  const cache = await caches.open(CACHE);
  await Promise.all([
    ...versioned.map(async (url) => {
      const kept = await caches.match(url);  // an older build's copy of the same bytes
      await cache.put(url, kept || await fetchOk(url, 'default'));
    }),
    // Revalidated through the HTTP cache: unchanged files cost a 304, not a download.
    ...plain.map(async (url) => cache.put(url, await fetchOk(url, 'no-cache'))),
    // A content file the server does not have is missing offline as it is online (the module
    // names it); any other failure fails the install, which the next visit tries again.
    ...content.map(async (url) => {
      const res = await fetch(url, { cache: 'no-cache' });
      if (res.ok) await cache.put(url, res);
    }),
  ]);
}

// The page's scripts under js/ carry a hash of their contents in their names (esbuild's
// chunkNames, scripts/bundle-web.mjs): like a `?v=` URL, a name always means the same bytes.
function namedByContent(path) {
  return /^js\/[^/]+-[A-Z0-9]{8}\.js$/.test(path);
}

async function fetchOk(url, mode) {
  const res = await fetch(url, { cache: mode });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// The cache key of a request: a page of the module (any query: ?lang=, ?case=, …) is the shell.
function keyOf(request) {
  const bare = request.url.split(/[?#]/)[0];
  if (request.mode === 'navigate' && (bare === SCOPE || bare === SCOPE + 'index.html')) return SCOPE;
  return request.url;
}

async function cacheFirst(request) {
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) {
    const copy = res.clone();
    caches.open(CACHE).then((c) => c.put(request, copy)).catch(() => {});
  }
  return res;
}

// What a network-first answer may be kept for offline use: the module's own files, not the
// LMS packages a site may offer for download beside it.
const keep = (request, res) => res.ok && res.type === 'basic' && !request.url.startsWith(SCOPE + 'packages/');

async function networkFirst(request) {
  try {
    const res = await fetch(request);
    if (!keep(request, res)) return res;
    // Read once here, then given to the page and to the cache. A clone streamed to the cache
    // beside the page's copy made the page wait: a module's file took 53 ms on a local link
    // instead of 15 (median of 66 openings; docs/performance.md, "Twentieth session").
    const body = await res.arrayBuffer();
    const init = { status: res.status, statusText: res.statusText, headers: res.headers };
    caches.open(CACHE).then((c) => c.put(keyOf(request), new Response(body, init))).catch(() => {});
    return new Response(body, init);
  } catch (e) {
    // Only when the network failed (an HTTP error is the server's answer and is passed on).
    const hit = await caches.match(keyOf(request), { ignoreVary: true });
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;  // the LRS, other sites: not ours
  const url = new URL(request.url);
  const immutable = url.searchParams.has('v') || namedByContent(url.href.slice(SCOPE.length).split(/[?#]/)[0]);
  event.respondWith(immutable ? cacheFirst(request) : networkFirst(request));
});
