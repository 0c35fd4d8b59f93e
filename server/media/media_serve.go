package media

import (
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"storecast/app/content"
)

// Handler serves GET and HEAD /media/<sha256>.<ext>. Anything that does not
// have exactly that shape is a 404 before the file system is touched, so no
// request path (../, encoded dots, odd extensions) can reach another file.
func (l *Library) Handler() http.Handler {
	return http.HandlerFunc(l.serve)
}

func (l *Library) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	// r.URL.Path is already percent-decoded, so %2e%2e arrives as ".." and
	// fails the shape check like a literal one.
	if !content.ValidMediaURL(r.URL.Path) {
		http.NotFound(w, r)
		return
	}
	name := path.Base(r.URL.Path)
	f, err := os.Open(filepath.Join(l.dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "cannot read media file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		http.Error(w, "cannot read media file", http.StatusInternalServerError)
		return
	}

	hash, ext, _ := strings.Cut(name, ".")
	h := w.Header()
	h.Set("Content-Type", contentTypes[ext])
	// The name is the hash of the bytes: the content can never change.
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", `"`+hash+`"`)
	h.Set("X-Content-Type-Options", "nosniff")
	// ServeContent handles Range (video seeking), HEAD and conditional GETs.
	http.ServeContent(w, r, name, info.ModTime(), f)
}
