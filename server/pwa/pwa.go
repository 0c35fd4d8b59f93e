// Package pwa serves the progressive web app: go-app's prerendered pages,
// the service worker and manifest, and the static files under /web with
// app.wasm and console.wasm sent precompressed (go-app never compresses).
package pwa

import (
	_ "embed"
	"io/fs"
	"net/http"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

//go:embed worker.js
var workerJS string

// Handler serves pages and /web.
type Handler struct {
	pages     *app.Handler
	static    http.Handler
	files     fs.FS
	version   string
	pagePaths []string
	wasm      map[string]wasmFile // by URL path, /web/app.wasm and /web/console.wasm

	loaderOnce   sync.Once
	loader       []byte // /app.js, see appjs.go; nil: serve go-app's own
	loaderHeader http.Header
}

// New builds the PWA handler over files (the web directory). buildVersion
// names the server build; the app version also covers the wasm's bytes, so
// every replica of one build answers with the same ETag.
func New(files fs.FS, buildVersion string, pagePaths []string) *Handler {
	h := &Handler{files: files, static: http.FileServerFS(files), pagePaths: pagePaths, wasm: map[string]wasmFile{}}
	version := buildVersion
	for _, name := range wasmFiles {
		f := readWasm(files, name)
		h.wasm["/web/"+name] = f
		version += "-" + f.sum
	}
	h.version = version
	h.pages = &app.Handler{
		Name:            "Storecast",
		ShortName:       "Storecast",
		Title:           "Storecast",
		Description:     "Live promotions and signage for the store",
		Lang:            content.DefaultLocale,
		BackgroundColor: "#ffffff",
		ThemeColor:      "#0b5d3b",
		LoadingLabel:    " ",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-512.png",
			SVG:      "/web/icons/icon.svg",
		},
		Styles: []string{"/web/storecast.css", "/web/kiosk.css", "/web/keypad.css", "/web/console.css", "/web/signage.css"},
		// The functions the signage player calls from Go.
		Scripts:    []string{"/web/signage.js defer"},
		RawHeaders: rawHeaders(),
		// The screens' own start URLs, so they boot from the service
		// worker's cache when the server is unreachable.
		CacheableResources:    append(append([]string{"/web/icons/icon.svg"}, categoryIcons...), exactPaths(pagePaths)...),
		ServiceWorkerTemplate: workerJS,
		Version:               version,
		Resources:             resolver{},
	}
	return h
}

// Version is the app version the pages carry.
func (h *Handler) Version() string { return h.version }

// ServeHTTP serves /web itself and everything else through go-app, each
// with the ContentSecurityPolicy.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", ContentSecurityPolicy)
	switch path := r.URL.Path; {
	case h.wasm[path].name != "":
		h.serveWasm(w, r, h.wasm[path])
	case path == "/app.js":
		h.serveLoader(w, r)
	case len(path) > 5 && path[:5] == "/web/":
		w.Header().Set("Cache-Control", "no-cache")
		r2 := *r
		r2.URL.Path = path[len("/web"):]
		h.static.ServeHTTP(w, &r2)
	default:
		if h.isPage(path) {
			// go-app answers 304 to any request carrying its version ETag,
			// but a page holds live content: always render it afresh.
			r.Header.Del("If-None-Match")
			h.servePage(w, r)
			return
		}
		h.pages.ServeHTTP(w, r)
	}
}

// isPage reports whether path is a page: one of pagePaths, or under one
// that ends in "/*" (e.g. "/c/*", coupon pages).
func (h *Handler) isPage(path string) bool {
	for _, p := range h.pagePaths {
		if p == path {
			return true
		}
		if prefix, ok := strings.CutSuffix(p, "*"); ok && strings.HasPrefix(path, prefix) {
			return true
		}
	}
	return false
}

// resolver keeps go-app's resource paths as they are and, not being an
// http.Handler, stops go-app from serving /web from the disk.
type resolver struct{}

func (resolver) Resolve(location string) string { return location }

func exactPaths(paths []string) []string {
	var out []string
	for _, p := range paths {
		if !strings.HasSuffix(p, "*") {
			out = append(out, p)
		}
	}
	return out
}

// categoryIcons are the price check's category pictures: cached, so an
// offline kiosk still shows them.
var categoryIcons = []string{
	"/web/icons/category-fresh.svg", "/web/icons/category-dairy.svg", "/web/icons/category-pantry.svg",
	"/web/icons/category-drinks.svg", "/web/icons/category-home.svg", "/web/icons/category-other.svg",
}
