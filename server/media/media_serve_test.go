package media

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandlerServes(t *testing.T) {
	l, _ := newTemp(t)
	data := encodePNG(t, 16, 16)
	url, err := l.Save(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(l.Handler())
	defer srv.Close()

	tests := []struct {
		name, method, rangeHdr string
		status                 int
		body                   []byte
	}{
		{"get", http.MethodGet, "", http.StatusOK, data},
		{"head", http.MethodHead, "", http.StatusOK, nil},
		{"range", http.MethodGet, "bytes=0-3", http.StatusPartialContent, data[:4]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+url, nil)
			if tt.rangeHdr != "" {
				req.Header.Set("Range", tt.rangeHdr)
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Fatalf("status = %d; want %d", resp.StatusCode, tt.status)
			}
			if !bytes.Equal(body, tt.body) {
				t.Errorf("body is %d bytes; want %d", len(body), len(tt.body))
			}
			for h, want := range map[string]string{
				"Cache-Control":          "public, max-age=31536000, immutable",
				"Content-Type":           "image/png",
				"X-Content-Type-Options": "nosniff",
			} {
				if got := resp.Header.Get(h); got != want {
					t.Errorf("%s = %q; want %q", h, got, want)
				}
			}
		})
	}

	t.Run("etag revalidates", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+url, nil)
		req.Header.Set("If-None-Match", `"`+strings.TrimSuffix(url[len("/media/"):], ".png")+`"`)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotModified {
			t.Errorf("status = %d; want 304", resp.StatusCode)
		}
	})
}

func TestHandlerRefuses(t *testing.T) {
	l, _ := newTemp(t)
	url, err := l.Save(bytes.NewReader(encodePNG(t, 8, 8)))
	if err != nil {
		t.Fatal(err)
	}
	hash := strings.TrimSuffix(strings.TrimPrefix(url, "/media/"), ".png")
	srv := httptest.NewServer(l.Handler())
	defer srv.Close()

	tests := []struct {
		name, method, path string
		status             int
	}{
		{"dot dot", http.MethodGet, "/media/../etc/passwd", http.StatusNotFound},
		{"encoded dot dot", http.MethodGet, "/media/%2e%2e/etc/passwd", http.StatusNotFound},
		{"encoded slash", http.MethodGet, "/media/%2e%2e%2fetc%2fpasswd", http.StatusNotFound},
		{"short hash", http.MethodGet, "/media/" + hash[:63] + ".png", http.StatusNotFound},
		{"long hash", http.MethodGet, "/media/" + hash + "0.png", http.StatusNotFound},
		{"upper-case hash", http.MethodGet, "/media/" + strings.ToUpper(hash) + ".png", http.StatusNotFound},
		{"unknown ext", http.MethodGet, "/media/" + hash + ".html", http.StatusNotFound},
		{"double ext", http.MethodGet, "/media/" + hash + ".png.html", http.StatusNotFound},
		{"well formed but absent", http.MethodGet, "/media/" + strings.Repeat("0", 64) + ".png", http.StatusNotFound},
		{"temp file", http.MethodGet, "/media/.upload-123", http.StatusNotFound},
		{"directory", http.MethodGet, "/media/", http.StatusNotFound},
		{"post", http.MethodPost, url, http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("%s %s: status = %d; want %d", tt.method, tt.path, resp.StatusCode, tt.status)
			}
			if tt.status == http.StatusNotFound && resp.Header.Get("Cache-Control") != "" {
				t.Errorf("404 carries Cache-Control %q; a miss must not be cached forever", resp.Header.Get("Cache-Control"))
			}
		})
	}
}
