package compress

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

var page = "<!doctype html><title>x</title>" + strings.Repeat("<p>a coupon, in words</p>", 100)

// server answers each path the way one kind of handler of ours does.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` { // as go-app compares
			w.WriteHeader(http.StatusNotModified)
			return
		}
		io.WriteString(w, page)
	})
	mux.HandleFunc("/sniffed", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, page) })
	mux.HandleFunc("/small", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", "11")
		io.WriteString(w, `{"ok":true}`)
	})
	mux.HandleFunc("/encoded", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		w.Header().Set("Content-Encoding", "br")
		io.WriteString(w, "already brotli")
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader(page))
	})
	mux.HandleFunc("/none", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	srv := httptest.NewServer(Handler(mux))
	t.Cleanup(srv.Close)
	return srv
}

// get asks for path with the headers given (name, value, …) and returns
// the answer with its body as sent, still encoded.
func get(t *testing.T, srv *httptest.Server, method, path string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// DisableCompression: see the bytes on the wire, not Go's decoding.
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

func decode(t *testing.T, enc string, b []byte) string {
	t.Helper()
	var r io.Reader = bytes.NewReader(b)
	switch enc {
	case Brotli:
		r = brotli.NewReader(r)
	case Gzip:
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decode %s: %v", enc, err)
	}
	return string(out)
}

func TestHandler(t *testing.T) {
	srv := server(t)
	tests := []struct {
		name, method, path, accept, rng string
		wantEnc, wantVary, wantETag     string
		wantStatus                      int
	}{
		{"page, brotli", "GET", "/page", "gzip, deflate, br", "", Brotli, "Accept-Encoding", `W/"v1"`, 200},
		{"page, gzip", "GET", "/page", "gzip", "", Gzip, "Accept-Encoding", `W/"v1"`, 200},
		{"page, no encoding", "GET", "/page", "", "", "", "Accept-Encoding", `"v1"`, 200},
		{"type sniffed", "GET", "/sniffed", "br", "", Brotli, "Accept-Encoding", "", 200},
		{"small, known length", "GET", "/small", "br", "", "", "Accept-Encoding", "", 200},
		{"encoded at build time", "GET", "/encoded", "gzip", "", "br", "", "", 200},
		{"not text", "GET", "/image", "br", "", "", "", "", 200},
		{"file, whole", "GET", "/file", "br", "", Brotli, "Accept-Encoding", "", 200},
		{"file, a range", "GET", "/file", "br", "bytes=0-99", "", "Accept-Encoding", "", 206},
		{"no content", "GET", "/none", "br", "", "", "", "", 204},
		{"HEAD", "HEAD", "/page", "br", "", "", "", `"v1"`, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := []string{"Accept-Encoding", tt.accept}
			if tt.rng != "" {
				header = append(header, "Range", tt.rng)
			}
			res, body := get(t, srv, tt.method, tt.path, header...)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d; want %d", res.StatusCode, tt.wantStatus)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.wantEnc {
				t.Errorf("Content-Encoding = %q; want %q", got, tt.wantEnc)
			}
			if got := res.Header.Get("Vary"); got != tt.wantVary {
				t.Errorf("Vary = %q; want %q", got, tt.wantVary)
			}
			if got := res.Header.Get("ETag"); got != tt.wantETag {
				t.Errorf("ETag = %q; want %q", got, tt.wantETag)
			}
			if tt.wantEnc != "" && tt.path != "/encoded" {
				if got := decode(t, tt.wantEnc, body); got != page {
					t.Errorf("decoded body = %.60q…; want the page", got)
				}
				if len(body) >= len(page)/4 {
					t.Errorf("compressed to %d bytes of %d; want under a quarter", len(body), len(page))
				}
			}
		})
	}
}

// The weak ETag a compressed answer carries comes back as W/"…": the
// handler, comparing strings, still answers 304.
func TestHandlerRevalidatesWeakETag(t *testing.T) {
	srv := server(t)
	res, _ := get(t, srv, "GET", "/page", "Accept-Encoding", "br")
	etag := res.Header.Get("ETag")
	if etag != `W/"v1"` {
		t.Fatalf("ETag = %q; want W/\"v1\"", etag)
	}
	if res, _ := get(t, srv, "GET", "/page", "Accept-Encoding", "br", "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("GET with If-None-Match %s = %d; want 304", etag, res.StatusCode)
	}
}

// Encoders come from pools: many requests at once each get a whole,
// separate stream.
func TestHandlerConcurrent(t *testing.T) {
	srv := server(t)
	errs := make(chan string, 40)
	for i := range 40 {
		enc := []string{Brotli, Gzip}[i%2]
		go func() {
			res, body := get(t, srv, "GET", "/page", "Accept-Encoding", enc)
			if got := decode(t, res.Header.Get("Content-Encoding"), body); got != page {
				errs <- enc + ": body differs"
				return
			}
			errs <- ""
		}()
	}
	for range 40 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
