// Storecast's service worker (go-app fills in the version and the list of
// resources). Screens must boot with the server unreachable and must never
// reload into a half-downloaded version, so:
// - a version installs only once every resource, app.wasm above all, is in
//   its cache (event.waitUntil: a failed download fails the install and the
//   running version stays);
// - pages are network-first, and the last good copy of each page (query
//   included, e.g. /signage?lang=en) is kept for offline starts, except a
//   page opened with a one-time enrolment link (?enrol=): its token is
//   never stored, and the page drops it from its URL once used;
// - media is content-addressed (immutable), so it is cache-first, kept
//   across versions, and Range requests (video) are answered from the
//   cached whole file; a signage page sends the list of media its content
//   uses ("keep-media"), which is downloaded ahead and bounds the cache;
// - the API and the live feed always go to the network;
// - the phone's pages (/c/, /claim/) are left to the phone's own worker
//   (server/phone), or to the network: a browser that opened a screen
//   and then a coupon must not be shown this worker's old copy of it.
const cacheName = "app-" + "{{.Version}}";
const pagesCache = "storecast-pages";
const mediaCache = "storecast-media";
const resourcesToCache = {{.ResourcesToCache}};
const pageTimeoutMs = 4000;
// The shape of a media URL (content.ValidMediaURL): anything else in a
// keep-media message is ignored.
const mediaPath = /^\/media\/[0-9a-f]{64}\.(png|jpg|gif|webp|mp4|webm)$/;
const maxKept = 2000;

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
      url.pathname === "/ws" || url.pathname === "/healthz" || url.pathname === "/readyz" ||
      url.pathname.startsWith("/c/") || url.pathname.startsWith("/claim/")) {
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

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.storecast !== "keep-media" || !Array.isArray(msg.urls)) {
    return;
  }
  const port = event.ports && event.ports[0];
  event.waitUntil(keepMedia(msg.urls).then((result) => {
    if (result.quota || result.failed) {
      console.warn("storecast: media kept for offline use:", result);
    }
    if (port) {
      port.postMessage(result);
    }
  }));
});

async function page(req) {
  const cache = await caches.open(pagesCache);
  try {
    const res = await fetchWithin(req, pageTimeoutMs);
    if (res.ok && !new URL(req.url).searchParams.has("enrol")) {
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
  const cache = await caches.open(mediaCache);
  const hit = await cache.match(req.url);
  const range = req.headers.get("range");
  if (hit) {
    return range ? rangeResponse(hit, range) : hit;
  }
  if (range) {
    // Not kept yet: the network answers the part (a keep-media message
    // brings the whole file).
    return fetch(req);
  }
  const res = await fetch(req);
  if (res.status === 200) {
    await cache.put(req.url, res.clone());
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

// parseRange reads a Range header against a body of size bytes: {start,
// end} (inclusive) for one satisfiable range, {unsatisfiable: true}, or
// null when the header is to be ignored and the whole body sent (another
// unit, several ranges, a malformed one: RFC 9110 lets a server ignore
// Range; media players ask for one range at a time).
function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/i.exec(String(header).trim());
  if (!m || (m[1] === "" && m[2] === "")) {
    return null;
  }
  if (m[1] === "") { // bytes=-n: the last n bytes
    const n = Number(m[2]);
    if (n === 0 || size === 0) {
      return { unsatisfiable: true };
    }
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  if (m[2] !== "" && Number(m[2]) < start) {
    return null;
  }
  if (start >= size) {
    return { unsatisfiable: true };
  }
  return { start, end: m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1) };
}

// rangeResponse answers a Range request from a cached whole response: 206
// with the part, 416 when no byte of it exists, or 200 with everything.
// The body stays a Blob (on disk for the cache): slicing it copies nothing.
async function rangeResponse(whole, header) {
  const body = await whole.blob();
  const r = parseRange(header, body.size);
  const headers = new Headers(whole.headers);
  headers.set("Accept-Ranges", "bytes");
  if (r === null) {
    headers.set("Content-Length", String(body.size));
    return new Response(body, { status: 200, headers });
  }
  if (r.unsatisfiable) {
    headers.set("Content-Range", "bytes */" + body.size);
    headers.set("Content-Length", "0");
    return new Response(null, { status: 416, statusText: "Range Not Satisfiable", headers });
  }
  headers.set("Content-Range", "bytes " + r.start + "-" + r.end + "/" + body.size);
  headers.set("Content-Length", String(r.end - r.start + 1));
  return new Response(body.slice(r.start, r.end + 1), { status: 206, statusText: "Partial Content", headers });
}

// keepMedia makes the media cache hold exactly urls: it drops every file
// no longer named (that bounds the storage) and downloads, whole, every one
// it lacks. A newer list stops an older one between files; a download in
// flight is shared, never repeated. A full storage (QuotaExceededError)
// skips that file and goes on: smaller ones may still fit, and what is
// not kept still plays from the network while there is one.
let keepGeneration = 0;
let keepWanted = new Set();
const downloading = new Map();

async function keepMedia(list) {
  const gen = ++keepGeneration;
  const urls = [];
  for (const u of list.slice(0, maxKept)) {
    if (typeof u === "string" && mediaPath.test(u)) {
      urls.push(new URL(u, self.location.origin).href);
    }
  }
  const want = new Set(urls);
  keepWanted = want;
  const cache = await caches.open(mediaCache);
  const have = new Set();
  let evicted = 0;
  for (const req of await cache.keys()) {
    if (want.has(req.url)) {
      have.add(req.url);
    } else if (await cache.delete(req)) {
      evicted++;
    }
  }
  const result = { kept: have.size, added: 0, evicted, failed: 0, quota: false, superseded: false };
  for (const url of want) {
    if (gen !== keepGeneration) {
      result.superseded = true;
      break;
    }
    if (have.has(url)) {
      continue;
    }
    const outcome = await download(cache, url);
    if (outcome === "ok") {
      result.added++;
      result.kept++;
    } else if (outcome === "quota") {
      result.quota = true;
    } else {
      result.failed++;
    }
  }
  return result;
}

function download(cache, url) {
  let p = downloading.get(url);
  if (!p) {
    p = (async () => {
      try {
        const res = await fetch(url);
        if (res.status !== 200) {
          return "failed";
        }
        await cache.put(url, res);
        if (!keepWanted.has(url)) {
          await cache.delete(url); // a newer list dropped it meanwhile
        }
        return "ok";
      } catch (err) {
        return err && err.name === "QuotaExceededError" ? "quota" : "failed";
      }
    })().finally(() => downloading.delete(url));
    downloading.set(url, p);
  }
  return p;
}
