// Storecast's phone worker: it keeps coupon pages readable with no
// network (a store's basement, a phone in flight mode at the till), and
// the member page /m, which then says its code cannot be shown. It
// controls /c/ and /m only; the server fills in the version and the files.
// - the page's script and icon are cached when it installs;
// - a coupon page (its style and QR code inside) is network-first, as its
//   status changes, and the last good copy of each is kept, for up to
//   maxPages coupons;
// - the status the page asks for (/api/) always goes to the network.
const version = "{{.Version}}";
const shellCache = "phone-" + version;
const pagesCache = "storecast-phone-pages";
const shellFiles = {{.Files}};
const pagePath = /^\/(c\/[A-Za-z0-9-]+|m)$/;
const pageTimeoutMs = 4000;
const maxPages = 50;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(shellCache).then((c) => c.addAll(shellFiles)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys
    .filter((k) => k.startsWith("phone-") && k !== shellCache)
    .map((k) => caches.delete(k)))));
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (pagePath.test(url.pathname)) {
    event.respondWith(page(req));
  } else if (shellFiles.includes(url.pathname)) {
    event.respondWith(cacheFirst(shellCache, req));
  }
});

// A page keeps itself: the first open of a coupon is not yet controlled by
// this worker, so the page sends its own URL here.
self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.storecast !== "keep-coupon" || !Array.isArray(msg.urls)) {
    return;
  }
  event.waitUntil(caches.open(pagesCache).then((cache) => Promise.all(msg.urls
    .map((u) => new URL(u, self.location.origin))
    .filter((u) => u.origin === self.location.origin && pagePath.test(u.pathname))
    .map((u) => fetch(u.href, { cache: "no-store" }).then((res) => res.ok ? keep(cache, u.href, res) : null).catch(() => null)))));
});

async function page(req) {
  const cache = await caches.open(pagesCache);
  try {
    const res = await fetchWithin(req, pageTimeoutMs);
    if (res.ok) {
      await keep(cache, req.url, res.clone());
    }
    return res;
  } catch (err) {
    const hit = (await cache.match(req.url)) || (await cache.match(req.url, { ignoreSearch: true }));
    if (hit) {
      return hit;
    }
    throw err;
  }
}

async function cacheFirst(name, req) {
  const cache = await caches.open(name);
  const hit = await cache.match(req, { ignoreSearch: true });
  if (hit) {
    return hit;
  }
  const res = await fetch(req);
  if (res.ok) {
    await cache.put(req, res.clone());
  }
  return res;
}

// keep stores a page and forgets the oldest beyond maxPages, so a phone's
// storage stays small.
async function keep(cache, url, res) {
  await cache.delete(url);
  await cache.put(url, res);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - maxPages))) {
    await cache.delete(old);
  }
}

function fetchWithin(req, ms) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), ms);
  return fetch(req, { signal: ctl.signal }).finally(() => clearTimeout(timer));
}
