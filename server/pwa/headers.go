package pwa

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
)

// headScripts are the inline scripts of every page's head: a screen opens
// its feed's socket before the wasm has started (early.go). The policy
// allows each by its hash. Other JavaScript is a file under /web.
var headScripts = []string{earlySocketJS}

func rawHeaders() []string {
	var out []string
	for _, js := range headScripts {
		out = append(out, "<script>"+js+"</script>")
	}
	return out
}

// ContentSecurityPolicy is sent with every answer of the Handler: pages,
// their scripts, the service worker and /web. What the pages need, and
// nothing else:
//
//   - scripts: this origin's files (go-app's loader and wasm_exec.js), the
//     inline scripts of every page's head (headScripts) by their hashes,
//     and 'wasm-unsafe-eval', without which a browser refuses to compile
//     the WebAssembly; no 'unsafe-inline', no eval;
//   - styles: this origin's style sheets, and style attributes
//     (style-src-attr), which go-app writes for Style() (the signage's
//     fade and ticker speed, the console's schedule blocks) and sets with
//     setAttribute; no inline <style> elements;
//   - images from this origin and data: URLs (the console shows an
//     enrolment link's QR code as one); media, fetches and the live
//     feed's WebSocket ('self' covers ws: and wss: to this host), the
//     service worker and the manifest from this origin only;
//   - no plugins, no <base>, forms post here, and no page may be framed:
//     nothing of ours frames another (frame-ancestors 'none').
var ContentSecurityPolicy = strings.Join([]string{
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval' " + scriptHashes(headScripts),
	"style-src 'self'",
	"style-src-attr 'unsafe-inline'",
	"img-src 'self' data:",
	"media-src 'self'",
	"connect-src 'self'",
	"font-src 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}, "; ")

// scriptHash is a CSP source for an inline script's exact text.
func scriptHash(js string) string {
	sum := sha256.Sum256([]byte(js))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func scriptHashes(scripts []string) string {
	var out []string
	for _, js := range scripts {
		out = append(out, scriptHash(js))
	}
	return strings.Join(out, " ")
}

// SecurityHeaders wraps the server's handler so every answer, pages, API
// and media alike, carries X-Content-Type-Options: nosniff (a file is only
// ever what its Content-Type says) and Referrer-Policy: no-referrer (a URL
// can hold a coupon code). The Content-Security-Policy comes with what
// the Handler serves: the other answers are data, not documents.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}
