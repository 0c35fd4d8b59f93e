package pwa

import (
	"bytes"
	"io/fs"
	"net/http"
	"strings"
	"time"
)

// serveWasm sends app.wasm in the best encoding the browser accepts, from
// the .br and .gz files made at build time.
func (h *Handler) serveWasm(w http.ResponseWriter, r *http.Request) {
	name, encoding := "app.wasm", ""
	accept := r.Header.Get("Accept-Encoding")
	for _, c := range []struct{ file, enc string }{{"app.wasm.br", "br"}, {"app.wasm.gz", "gzip"}} {
		if h.compressed && acceptsEncoding(accept, c.enc) && exists(h.files, c.file) {
			name, encoding = c.file, c.enc
			break
		}
	}
	b, err := fs.ReadFile(h.files, name)
	if err != nil {
		http.Error(w, "app.wasm is not built: run make build", http.StatusNotFound)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "application/wasm")
	hdr.Set("Vary", "Accept-Encoding")
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("ETag", `"`+h.version+"-"+encodingTag(encoding)+`"`)
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
