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
// not the label). The loader here compiles the fetch itself, of the page's
// program: console.wasm for the staff console, app.wasm for the rest
// (app/programs).
//
// Starting that compile from the page's head on a warm start, before the
// deferred scripts, was tried: it made the kiosk's first paint later and
// its time to live no shorter (three interleaved pairs of make bench runs,
// docs/bench.md), so the loader starts it, as go-app does.
var (
	wasmFetchGoApp = `await instantiateStreaming(
      fetchWithProgress("/web/app.wasm", showProgress),
      go.importObject
    );`
	wasmFetchOurs = `await instantiateStreaming(fetch(` + wasmURLJS + `), go.importObject);`
)

// wasmURLJS is the program a page runs.
var wasmURLJS = `(new RegExp(` + strconv.Quote(programs.ConsolePattern) + `).test(location.pathname) ? "/web/console.wasm" : "/web/app.wasm")`

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
