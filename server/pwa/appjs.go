package pwa

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"

	"storecast/app/programs"
)

// go-app's loader reads app.wasm through a ReadableStream of its own to
// show a progress label, and compiles the synthetic Response it builds.
// A Response without a URL cannot use the browser's compiled-code cache, so
// no start could reuse code compiled by an earlier one, and the label was
// redrawn for every chunk (the screens show prerendered content meanwhile,
// not the label). The loader here compiles the fetch itself, or takes the
// module earlyWasmJS is already compiling.
var (
	wasmFetchGoApp = `await instantiateStreaming(
      fetchWithProgress("/web/app.wasm", showProgress),
      go.importObject
    );`
	wasmFetchOurs = `await (window.` + earlyWasmVar + `
      ? window.` + earlyWasmVar + `.then((m) => WebAssembly.instantiate(m, go.importObject)).then((instance) => ({ instance }))
      : instantiateStreaming(fetch(` + wasmURLJS + `), go.importObject));`
)

// wasmURLJS is the program a page runs: the staff console's pages
// console.wasm, every other page app.wasm (app/programs).
var wasmURLJS = `(new RegExp(` + strconv.Quote(programs.ConsolePattern) + `).test(location.pathname) ? "/web/console.wasm" : "/web/app.wasm")`

// earlyWasmJS runs in the head of every page and, when the service worker
// controls the page (a warm start: app.wasm comes from its cache), starts
// compiling the page's wasm at once. go-app's loader only fetches it once the
// document is parsed and its deferred scripts have run, about 150 ms later
// on a kiosk. On a first visit, the wasm would compete with the stylesheets
// and pictures for the network and delay the first paint, so it waits for
// the loader as before.
var earlyWasmJS = `if (navigator.serviceWorker && navigator.serviceWorker.controller && WebAssembly.compileStreaming) {
	window.` + earlyWasmVar + ` = WebAssembly.compileStreaming(fetch(` + wasmURLJS + `));
	window.` + earlyWasmVar + `.catch(() => {});
}`

const earlyWasmVar = "storecastWasm"

// loaderJS renders go-app's /app.js once and swaps its wasm fetch.
func loaderJS(pages http.Handler) (body []byte, header http.Header, err error) {
	rec := httptest.NewRecorder()
	pages.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		return nil, nil, fmt.Errorf("pwa: go-app answered /app.js with %d", rec.Code)
	}
	body = rec.Body.Bytes()
	if n := bytes.Count(body, []byte(wasmFetchGoApp)); n != 1 {
		return nil, nil, fmt.Errorf("pwa: go-app's app.js has %q %d times, want once: review appjs.go", wasmFetchGoApp, n)
	}
	body = bytes.Replace(body, []byte(wasmFetchGoApp), []byte(wasmFetchOurs), 1)
	header = rec.Header().Clone()
	header.Del("Content-Length")
	return body, header, nil
}

// serveLoader serves the edited /app.js; should go-app's ever differ from
// what the edit expects (a test keeps that from shipping), it serves
// go-app's own, which works, only slower.
func (h *Handler) serveLoader(w http.ResponseWriter, r *http.Request) {
	h.loaderOnce.Do(func() {
		var err error
		if h.loader, h.loaderHeader, err = loaderJS(h.pages); err != nil {
			slog.Error("serving go-app's own loader", "err", err)
		}
	})
	if h.loader == nil {
		h.pages.ServeHTTP(w, r)
		return
	}
	for k, v := range h.loaderHeader {
		w.Header()[k] = v
	}
	if etag := h.loaderHeader.Get("Etag"); etag != "" && r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Write(h.loader)
}
