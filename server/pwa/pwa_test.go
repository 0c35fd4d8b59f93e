package pwa

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// wasmBody and consoleBody stand in for app.wasm and console.wasm: any
// bytes do, the handler never runs them.
var (
	wasmBody    = bytes.Repeat([]byte("\x00asm-storecast-"), 4096)
	consoleBody = bytes.Repeat([]byte("\x00asm-console-"), 4096)
)

func testFiles(t *testing.T) fstest.MapFS {
	t.Helper()
	files := fstest.MapFS{
		"storecast.css":      {Data: []byte("body{}")},
		"icons/icon.svg":     {Data: []byte("<svg/>")},
		"icons/icon-192.png": {Data: []byte("png")},
	}
	for name, body := range map[string][]byte{"app.wasm": wasmBody, "console.wasm": consoleBody, "kiosk.css": cssBody} {
		addBuilt(files, name, body)
	}
	return files
}

// cssBody stands in for a style sheet the build compressed.
var cssBody = bytes.Repeat([]byte(".sc-kiosk { color: #111; }\n"), 200)

// addBuilt adds name with the .br, .gz and .sha256 tools/compress makes.
func addBuilt(files fstest.MapFS, name string, body []byte) {
	var br, gz bytes.Buffer
	bw := brotli.NewWriter(&br)
	bw.Write(body)
	bw.Close()
	gw := gzip.NewWriter(&gz)
	gw.Write(body)
	gw.Close()
	sum := sha256.Sum256(body)
	files[name+".sha256"] = &fstest.MapFile{Data: []byte(hex.EncodeToString(sum[:]) + "\n")}
	files[name] = &fstest.MapFile{Data: body}
	files[name+".br"] = &fstest.MapFile{Data: br.Bytes()}
	files[name+".gz"] = &fstest.MapFile{Data: gz.Bytes()}
}

// A style sheet or script the build compressed goes out as its .br or
// .gz; one whose compressed copies are of other bytes, or missing, goes
// out raw (server/compress compresses it on the way).
func TestStyleSheetsAreServedPrecompressed(t *testing.T) {
	files := testFiles(t)
	addBuilt(files, "signage.css", cssBody)
	files["signage.css"] = &fstest.MapFile{Data: []byte(".changed{}")}
	h := New(files, "test", nil)
	tests := []struct{ path, accept, wantEncoding string }{
		{"/web/kiosk.css", "gzip, deflate, br, zstd", "br"},
		{"/web/kiosk.css", "gzip", "gzip"},
		{"/web/kiosk.css", "", ""},
		{"/web/signage.css", "br", ""},
		{"/web/storecast.css", "br", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.accept, func(t *testing.T) {
			res := get(t, h, tt.path, "Accept-Encoding", tt.accept)
			if res.StatusCode != 200 {
				t.Fatalf("status = %d; want 200", res.StatusCode)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("Content-Encoding = %q; want %q", got, tt.wantEncoding)
			}
			if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, "text/css") {
				t.Errorf("Content-Type = %q; want text/css", got)
			}
		})
	}
}

func get(t *testing.T, h http.Handler, path string, hdr ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestWasmIsServedPrecompressed(t *testing.T) {
	h := New(testFiles(t), "test", nil)
	tests := []struct {
		accept, wantEncoding string
		decode               func(io.Reader) io.Reader
	}{
		{"gzip, deflate, br, zstd", "br", func(r io.Reader) io.Reader { return brotli.NewReader(r) }},
		{"gzip", "gzip", func(r io.Reader) io.Reader { g, _ := gzip.NewReader(r); return g }},
		{"br;q=0, gzip", "gzip", func(r io.Reader) io.Reader { g, _ := gzip.NewReader(r); return g }},
		{"", "", func(r io.Reader) io.Reader { return r }},
	}
	for _, tt := range tests {
		for path, want := range map[string][]byte{"/web/app.wasm": wasmBody, "/web/console.wasm": consoleBody} {
			t.Run(path+" accept="+tt.accept, func(t *testing.T) {
				res := get(t, h, path, "Accept-Encoding", tt.accept)
				if res.StatusCode != 200 {
					t.Fatalf("status = %d; want 200", res.StatusCode)
				}
				if got := res.Header.Get("Content-Encoding"); got != tt.wantEncoding {
					t.Errorf("Content-Encoding = %q; want %q", got, tt.wantEncoding)
				}
				if got := res.Header.Get("Content-Type"); got != "application/wasm" {
					t.Errorf("Content-Type = %q; want application/wasm", got)
				}
				if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
					t.Errorf("Vary = %q; want Accept-Encoding", got)
				}
				body, err := io.ReadAll(tt.decode(res.Body))
				if err != nil || !bytes.Equal(body, want) {
					t.Errorf("decoded body: %d bytes, err %v; want the %d raw bytes", len(body), err, len(want))
				}
			})
		}
	}
}

func TestVersionCoversTheWasm(t *testing.T) {
	a := New(testFiles(t), "v1", nil)
	for _, name := range []string{"app.wasm", "console.wasm"} {
		files := testFiles(t)
		files[name] = &fstest.MapFile{Data: append(bytes.Clone(files[name].Data), 1)}
		if b := New(files, "v1", nil); a.Version() == b.Version() {
			t.Fatalf("same version %q with another %s", a.Version(), name)
		}
	}
	if c := New(testFiles(t), "v1", nil); c.Version() != a.Version() {
		t.Fatalf("version %q != %q for the same build: replicas would disagree", c.Version(), a.Version())
	}
}

func TestNothingPointsOutsideTheStore(t *testing.T) {
	app.Route("/pwa-test", func() app.Composer { return &testPage{} })
	h := New(testFiles(t), "test", []string{"/pwa-test"})
	for _, path := range []string{"/pwa-test", "/manifest.webmanifest", "/app-worker.js", "/app.js"} {
		res := get(t, h, path)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s = %d", path, res.StatusCode)
		}
		for _, bad := range []string{"githubusercontent", "googleapis", "gstatic", "cdn."} {
			if strings.Contains(string(body), bad) {
				t.Errorf("GET %s mentions %q: screens have no internet", path, bad)
			}
		}
	}
}

func TestPagesAreRenderedAfreshDespiteETag(t *testing.T) {
	app.Route("/pwa-fresh", func() app.Composer { return &testPage{} })
	h := New(testFiles(t), "test", []string{"/pwa-fresh"})
	res := get(t, h, "/pwa-fresh", "If-None-Match", `"`+h.Version()+`"`)
	if res.StatusCode != 200 {
		t.Fatalf("page with the version ETag = %d; want 200 (live content must not be a stale 304)", res.StatusCode)
	}
	if res := get(t, h, "/app.css", "If-None-Match", `"`+h.Version()+`"`); res.StatusCode != http.StatusNotModified {
		t.Fatalf("static resource with the version ETag = %d; want 304", res.StatusCode)
	}
}

type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.P().Text("hello") }

func itoa(n int) string { return strconv.Itoa(n) }

func TestStaleCompressedWasmIsNeverServed(t *testing.T) {
	files := testFiles(t)
	files["app.wasm"] = &fstest.MapFile{Data: append(append([]byte(nil), wasmBody...), "new build"...)}
	h := New(files, "test", nil)
	res := get(t, h, "/web/app.wasm", "Accept-Encoding", "br, gzip")
	body, _ := io.ReadAll(res.Body)
	if enc := res.Header.Get("Content-Encoding"); enc != "" || !bytes.HasSuffix(body, []byte("new build")) {
		t.Fatalf("Content-Encoding %q; want the raw new build, not the .br of an older one", enc)
	}
}

// The loader must compile the fetch of app.wasm itself (a Response with a
// URL, which the browser can cache compiled), not go-app's progress stream.
func TestLoaderCompilesTheWasmFetch(t *testing.T) {
	h := New(testFiles(t), "test", nil)
	res := get(t, h, "/app.js")
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/javascript" {
		t.Fatalf("GET /app.js = %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(string(body), wasmFetchOurs) {
		t.Errorf("app.js does not compile %s directly:\n%s", wasmFetchOurs, body)
	}
	if strings.Contains(string(body), wasmFetchGoApp) {
		t.Errorf("app.js still reads the wasm through %s", wasmFetchGoApp)
	}
	etag := res.Header.Get("Etag")
	if etag == "" {
		t.Fatal("app.js has no ETag: every start would download it again")
	}
	if res := get(t, h, "/app.js", "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("GET /app.js with its ETag = %d; want 304", res.StatusCode)
	}
}
