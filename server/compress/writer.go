package compress

import (
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// minSize is the smallest response, when its length is known, worth
// compressing: below it the encoding's own header and a CPU's work save
// nothing a phone would notice.
const minSize = 512

// Levels for responses made per request: near the best ratio for text of
// a few kilobytes at a fraction of the time of the highest levels, which
// the build uses for static files.
var (
	brotliPool = sync.Pool{New: func() any { return brotli.NewWriterLevel(nil, 5) }}
	gzipPool   = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression); return w }}
)

// encoder is what both pools hold.
type encoder interface {
	io.WriteCloser
	Reset(io.Writer)
	Flush() error
}

// writer compresses what a handler writes, once the handler's headers
// say the response is text that is not encoded yet. It passes ReadFrom
// (sendfile for media), Flush and Unwrap on.
type writer struct {
	http.ResponseWriter
	enc     string // the encoding the client accepts, "" for none
	decided bool
	zw      encoder // nil: the body goes out as the handler writes it
}

func (w *writer) WriteHeader(code int) {
	if code >= 100 && code < 200 {
		w.ResponseWriter.WriteHeader(code) // 103 Early Hints: the real answer follows
		return
	}
	if !w.decided {
		w.decide(code)
	}
	w.ResponseWriter.WriteHeader(code)
}

// decide looks at the status and headers, once, and starts an encoder
// when the body is text worth compressing.
func (w *writer) decide(code int) {
	w.decided = true
	h := w.Header()
	if !compressible(h.Get("Content-Type")) || h.Get("Content-Encoding") != "" {
		return
	}
	// Whatever this client accepts, the answer depends on Accept-Encoding.
	h.Add("Vary", "Accept-Encoding")
	if w.enc == "" || code == http.StatusNoContent || code == http.StatusNotModified || code == http.StatusPartialContent {
		return
	}
	if n, err := strconv.Atoi(h.Get("Content-Length")); err == nil && n < minSize {
		return
	}
	h.Del("Content-Length")
	h.Set("Content-Encoding", w.enc)
	// The bytes differ from the identity answer's: a strong validator
	// would claim they are the same.
	if et := h.Get("ETag"); strings.HasPrefix(et, `"`) {
		h.Set("ETag", "W/"+et)
	}
	if w.enc == Brotli {
		w.zw = brotliPool.Get().(*brotli.Writer)
	} else {
		w.zw = gzipPool.Get().(*gzip.Writer)
	}
	w.zw.Reset(w.ResponseWriter)
}

func (w *writer) Write(b []byte) (int, error) {
	if !w.decided {
		if w.Header().Get("Content-Type") == "" {
			// What net/http would do on this first write; done here, as
			// the type decides whether to compress.
			w.Header().Set("Content-Type", http.DetectContentType(b))
		}
		w.WriteHeader(http.StatusOK)
	}
	if w.zw != nil {
		return w.zw.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// ReadFrom lets a file that is not compressed go out by sendfile.
func (w *writer) ReadFrom(src io.Reader) (int64, error) {
	if !w.decided {
		w.WriteHeader(http.StatusOK)
	}
	if w.zw != nil {
		return io.Copy(w.zw, src)
	}
	return io.Copy(w.ResponseWriter, src) // the connection's own ReadFrom
}

func (w *writer) Flush() {
	if w.zw != nil {
		w.zw.Flush()
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *writer) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// close ends the compressed stream and returns its encoder to the pool.
func (w *writer) close() {
	if w.zw == nil {
		return
	}
	w.zw.Close()
	w.zw.Reset(nil)
	if w.enc == Brotli {
		brotliPool.Put(w.zw)
	} else {
		gzipPool.Put(w.zw)
	}
	w.zw = nil
}

// compressible reports whether a Content-Type is text: HTML, CSS,
// JavaScript, JSON, the manifest, SVG. Images, video and wasm are not
// (wasm is compressed at build time).
func compressible(contentType string) bool {
	t, _, _ := strings.Cut(contentType, ";")
	t = strings.ToLower(strings.TrimSpace(t))
	switch {
	case strings.HasPrefix(t, "text/"):
		return true
	case t == "application/json", t == "application/javascript", t == "application/manifest+json",
		t == "application/xml", t == "image/svg+xml", strings.HasSuffix(t, "+json"):
		return true
	}
	return false
}
