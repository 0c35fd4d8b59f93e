// Package phone serves the pages a shopper opens on their own phone: the
// coupon page /c/{code} (from the kiosk's QR code) and the claim page
// /claim/{campaign} (from a signage screen's QR code), and the service
// worker that keeps coupon pages readable offline.
//
// They are the server's own HTML, not go-app pages: a phone on the
// store's Wi-Fi or mobile data opens them once, so what it downloads is
// what it waits for. A page is a few kilobytes of HTML with its style
// (phone.css) and the coupon's QR code (an SVG path) inside, so its first
// paint waits for nothing else, and a few kilobytes of plain JavaScript
// from /web (web/coupon.js, web/claim.js), against 1.5 MB of app.wasm for
// a go-app page. The JavaScript only follows the coupon's status and claims; every
// word on the page is rendered here, in the phone's language, with times
// on the store's clock.
//
// The phone's worker (worker.js, at /phone-worker.js) controls /c/ only:
// go-app's worker, which the screens register for the whole origin,
// installs app.wasm and console.wasm, three megabytes a phone must never
// download for a coupon.
package phone
