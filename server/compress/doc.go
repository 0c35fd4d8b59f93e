// Package compress sends every text response compressed: brotli or gzip,
// whichever the client prefers by Accept-Encoding, with Vary:
// Accept-Encoding so a cache keeps each apart.
//
// Handler wraps the whole server. It compresses as the handler writes
// (pages, JSON, the loader, the manifest, the workers), and leaves alone
// what is already encoded (the wasm and the style sheets and scripts under
// /web, compressed once at build time: see Negotiate and server/pwa),
// what is not text (images, video, wasm), partial content, and WebSocket
// upgrades. A dynamic response is compressed at a low level: it is made
// afresh for each request, and a phone waits for the CPU too.
package compress
