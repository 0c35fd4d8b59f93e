// Package pwa serves the progressive web app: go-app's prerendered pages,
// the service worker and manifest, and the static files under /web, with
// the wasm, style sheets and scripts sent as the build compressed them
// (go-app never compresses; server/compress does the rest).
package pwa

import (
	_ "embed"
	"io/fs"
	"net/http"
	"regexp"
	"slices"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/programs"
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
	built     map[string]builtFile // by URL path: the wasm, and the compressed style sheets and scripts

	loaderOnce   sync.Once
	loader       []byte // /app.js, see appjs.go; nil: serve go-app's own
	loaderHeader http.Header
}

// New builds the PWA handler over files (the web directory). buildVersion
// names the server build; the app version also covers the wasm's bytes, so
// every replica of one build answers with the same ETag.
func New(files fs.FS, buildVersion string, pagePaths []string) *Handler {
	h := &Handler{files: files, static: http.FileServerFS(files), pagePaths: pagePaths, built: readBuiltFiles(files)}
	version := buildVersion
	for _, name := range wasmFiles {
		version += "-" + h.built["/web/"+name].sum
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
		Styles: styles, // each page keeps the links to its own (styles.go)
		// The functions the signage player calls from Go.
		Scripts:    []string{"/web/signage.js defer"},
		RawHeaders: rawHeaders(),
		// The screens' own start URLs, so they boot from the service
		// worker's cache when the server is unreachable.
		CacheableResources:    append(append([]string{"/web/icons/icon.svg"}, categoryIcons...), pagePaths...),
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
	case h.built[path].name != "":
		h.serveBuilt(w, r, h.built[path])
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
		if consolePage.MatchString(path) {
			h.servePage(w, r)
			return
		}
		h.pages.ServeHTTP(w, r)
	}
}

// consolePage matches the console's pages, which go-app renders and
// answers 304 for while the version holds (nothing live is prerendered).
var consolePage = regexp.MustCompile(programs.ConsolePattern)

// isPage reports whether path is one of pagePaths.
func (h *Handler) isPage(path string) bool { return slices.Contains(h.pagePaths, path) }

// resolver keeps go-app's resource paths as they are and, not being an
// http.Handler, stops go-app from serving /web from the disk.
type resolver struct{}

func (resolver) Resolve(location string) string { return location }

// categoryIcons are the kiosk's category pictures (the price check's and
// the offers'): cached, so an offline kiosk still shows them.
var categoryIcons = []string{
	"/web/icons/category-all.svg", "/web/icons/category-fresh.svg", "/web/icons/category-dairy.svg", "/web/icons/category-pantry.svg",
	"/web/icons/category-drinks.svg", "/web/icons/category-home.svg", "/web/icons/category-other.svg",
}
