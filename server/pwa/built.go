package pwa

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
	"time"
)

// wasmFiles are the browser's two programs: app.wasm for shoppers'
// screens, console.wasm for the staff console (app/programs).
var wasmFiles = []string{"app.wasm", "console.wasm"}

// wasmFile is one of them as this binary has it.
type wasmFile struct {
	name string
	sum  string // the first 12 hex digits of its SHA-256, "nowasm" if missing
	// compressed: its .br/.gz were made from these bytes (their .sha256
	// matches), so they may be served.
	compressed bool
}

func readWasm(files fs.FS, name string) wasmFile {
	b, err := fs.ReadFile(files, name)
	if err != nil {
		return wasmFile{name: name, sum: "nowasm"}
	}
	s := sha256.Sum256(b)
	full := hex.EncodeToString(s[:])
	made, err := fs.ReadFile(files, name+".sha256")
	return wasmFile{name: name, sum: full[:12], compressed: err == nil && strings.TrimSpace(string(made)) == full}
}

// serveWasm sends a wasm in the best encoding the browser accepts, from
// the .br and .gz files made at build time.
func (h *Handler) serveWasm(w http.ResponseWriter, r *http.Request, f wasmFile) {
	name, encoding := f.name, ""
	accept := r.Header.Get("Accept-Encoding")
	for _, c := range []struct{ file, enc string }{{f.name + ".br", "br"}, {f.name + ".gz", "gzip"}} {
		if f.compressed && acceptsEncoding(accept, c.enc) && exists(h.files, c.file) {
			name, encoding = c.file, c.enc
			break
		}
	}
	b, err := fs.ReadFile(h.files, name)
	if err != nil {
		http.Error(w, f.name+" is not built: run make build", http.StatusNotFound)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "application/wasm")
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("ETag", `"`+h.version+"-"+f.sum+"-"+encodingTag(encoding)+`"`)
	if encoding != "" {
		hdr.Set("Content-Encoding", encoding)
	}
	// ServeContent handles If-None-Match and Range on the encoded bytes.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
}

func encodingTag(enc string) string {
	if enc == "" {
		return "identity"
	}
	return enc
}

// acceptsEncoding reports whether an Accept-Encoding header allows enc
// (and does not refuse it with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return params != "q=0" && params != "q=0.0" && params != "q=0.00" && params != "q=0.000"
	}
	return false
}

func exists(files fs.FS, name string) bool {
	_, err := fs.Stat(files, name)
	return err == nil
}
