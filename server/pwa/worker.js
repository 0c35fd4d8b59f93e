// Storecast's service worker (go-app fills in the version and the list of
// resources). Screens must boot with the server unreachable and must never
// reload into a half-downloaded version, so:
// - a version installs only once every resource, app.wasm above all, is in
//   its cache (event.waitUntil: a failed download fails the install and the
//   running version stays);
// - pages are network-first, and the last good copy of each page (query
//   included, e.g. /signage?lang=en) is kept for offline starts;
// - media is content-addressed, so it is cached on first use and kept across
//   versions;
// - the API and the live feed always go to the network.
const cacheName = "app-" + "{{.Version}}";
const pagesCache = "storecast-pages";
const mediaCache = "storecast-media";
const resourcesToCache = {{.ResourcesToCache}};
const pageTimeoutMs = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((k) => k.startsWith("app-") && k !== cacheName)
      .map((k) => caches.delete(k)));
    // No clients.claim(): a first visit stays uncontrolled until its next
    // load, so go-app does not take the first install for an update and
    // reload the screen; new versions still take over open pages through
    // skipWaiting.
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") {
    return;
  }
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/") ||
      url.pathname === "/ws" || url.pathname === "/healthz" || url.pathname === "/readyz") {
    return;
  }
  if (req.mode === "navigate") {
    event.respondWith(page(req));
  } else if (url.pathname.startsWith("/media/")) {
    event.respondWith(media(req));
  } else {
    event.respondWith(resource(req));
  }
});

async function page(req) {
  const cache = await caches.open(pagesCache);
  try {
    const res = await fetchWithin(req, pageTimeoutMs);
    if (res.ok) {
      await cache.put(req.url, res.clone());
    }
    return res;
  } catch (err) {
    const hit = (await cache.match(req.url)) ||
      (await cache.match(req.url, { ignoreSearch: true })) ||
      (await caches.match(new URL(req.url).pathname, { ignoreSearch: true }));
    if (hit) {
      return hit;
    }
    throw err;
  }
}

async function media(req) {
  if (req.headers.has("range")) {
    return fetch(req); // video seeking: partial answers are not cached
  }
  const cache = await caches.open(mediaCache);
  const hit = await cache.match(req);
  if (hit) {
    return hit;
  }
  const res = await fetch(req);
  if (res.status === 200) {
    await cache.put(req, res.clone());
  }
  return res;
}

async function resource(req) {
  const hit = await caches.match(req);
  return hit || fetch(req);
}

function fetchWithin(req, ms) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), ms);
  return fetch(req, { signal: ctl.signal }).finally(() => clearTimeout(timer));
}
