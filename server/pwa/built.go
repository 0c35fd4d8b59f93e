package pwa

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"storecast/server/compress"
)

// wasmFiles are the browser's two programs: app.wasm for shoppers'
// screens, console.wasm for the staff console (app/programs).
var wasmFiles = []string{"app.wasm", "console.wasm"}

// builtPatterns are the other files under /web the build compresses
// (tools/compress, from the Makefile): the style sheets and scripts.
var builtPatterns = []string{"*.css", "*.js"}

// builtFile is a file under /web that the build compressed, as this
// binary has it.
type builtFile struct {
	name string
	sum  string // the first 12 hex digits of its SHA-256, "nowasm" if missing
	// compressed: its .br/.gz were made from these bytes (their .sha256
	// matches), so they may be served.
	compressed bool
}

func readBuilt(files fs.FS, name string) builtFile {
	b, err := fs.ReadFile(files, name)
	if err != nil {
		return builtFile{name: name, sum: "nowasm"}
	}
	s := sha256.Sum256(b)
	full := hex.EncodeToString(s[:])
	made, err := fs.ReadFile(files, name+".sha256")
	return builtFile{name: name, sum: full[:12], compressed: err == nil && strings.TrimSpace(string(made)) == full}
}

// readBuiltFiles finds the wasm (listed even when missing, to say so) and
// the style sheets and scripts whose compressed copies match them; the
// others are compressed as they are sent (server/compress).
func readBuiltFiles(files fs.FS) map[string]builtFile {
	out := map[string]builtFile{}
	for _, name := range wasmFiles {
		out["/web/"+name] = readBuilt(files, name)
	}
	for _, p := range builtPatterns {
		names, _ := fs.Glob(files, p) // the patterns are valid
		for _, name := range names {
			if f := readBuilt(files, name); f.compressed {
				out["/web/"+name] = f
			}
		}
	}
	return out
}

// serveBuilt sends a file in the best encoding the browser accepts, from
// the .br and .gz files made at build time.
func (h *Handler) serveBuilt(w http.ResponseWriter, r *http.Request, f builtFile) {
	name, encoding := f.name, ""
	if enc := compress.Negotiate(r.Header.Get("Accept-Encoding")); f.compressed && enc != "" {
		file := map[string]string{compress.Brotli: f.name + ".br", compress.Gzip: f.name + ".gz"}[enc]
		if exists(h.files, file) {
			name, encoding = file, enc
		}
	}
	b, err := fs.ReadFile(h.files, name)
	if err != nil {
		http.Error(w, f.name+" is not built: run make build", http.StatusNotFound)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", contentType(f.name))
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("ETag", `"`+h.version+"-"+f.sum+"-"+encodingTag(encoding)+`"`)
	if encoding != "" {
		hdr.Set("Content-Encoding", encoding)
	}
	// ServeContent handles If-None-Match and Range on the encoded bytes.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
}

func contentType(name string) string {
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func encodingTag(enc string) string {
	if enc == "" {
		return "identity"
	}
	return enc
}

func exists(files fs.FS, name string) bool {
	_, err := fs.Stat(files, name)
	return err == nil
}
