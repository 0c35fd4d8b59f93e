package request

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// server is a ServeMux behind Middleware, logging at debug into log.
func server(t *testing.T, m *Metrics, log *bytes.Buffer) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/coupons/{code}", func(w http.ResponseWriter, r *http.Request) {
		slog.New(LogHandler(slog.NewTextHandler(log, nil))).ErrorContext(r.Context(), "api: request failed")
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("GET /silent", func(http.ResponseWriter, *http.Request) {})
	file := filepath.Join(t.TempDir(), "clip.bin")
	os.WriteFile(file, bytes.Repeat([]byte("storecast"), 100_000), 0o600)
	mux.HandleFunc("GET /media/{name}", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, file) })
	up := websocket.Upgrader{}
	mux.HandleFunc("GET /ws", func(w http.ResponseWriter, r *http.Request) {
		ws, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		ws.Close()
	})
	logger := slog.New(LogHandler(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug})))
	srv := httptest.NewServer(Middleware(mux, m, logger))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url, id string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if id != "" {
		req.Header.Set(Header, id)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// TestRequestIDFollowsTheRequest: a sane incoming id is kept, anything
// else replaced; either way it is in the response header and in every log
// line written with the request's context.
func TestRequestIDFollowsTheRequest(t *testing.T) {
	var log bytes.Buffer
	srv := server(t, NewMetrics(nil), &log)
	for _, tc := range []struct {
		name, sent string
		kept       bool
	}{
		{"a proxy's id", "4f1c2a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f", true},
		{"none", "", false},
		{"log syntax", `x" level=ERROR msg="forged`, false},
		{"too long", strings.Repeat("a", 65), false},
		{"spaces", "two words", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			log.Reset()
			res := get(t, srv.URL+"/api/v1/coupons/ABCD-EFGH-JKLM", tc.sent)
			id := res.Header.Get(Header)
			if tc.kept && id != tc.sent {
				t.Fatalf("%s = %q; want the one sent, %q", Header, id, tc.sent)
			}
			if !tc.kept && (id == tc.sent || !saneID(id)) {
				t.Fatalf("%s = %q; want a new id in place of %q", Header, id, tc.sent)
			}
			lines := strings.Split(strings.TrimSpace(log.String()), "\n")
			if len(lines) != 2 {
				t.Fatalf("log has %d lines; want the handler's and the access line:\n%s", len(lines), log.String())
			}
			for _, l := range lines {
				if !strings.Contains(l, "request_id="+id) {
					t.Errorf("log line %q lacks request_id=%s", l, id)
				}
				if strings.Contains(l, "ABCD-EFGH-JKLM") {
					t.Errorf("log line %q holds the path's coupon code", l)
				}
			}
		})
	}
}

// TestRequestsCountedByPattern: the route label is the ServeMux pattern,
// never the path; no match is "unmatched"; a WebSocket upgrade passes
// through (Hijack) and counts as 1xx.
func TestRequestsCountedByPattern(t *testing.T) {
	var log bytes.Buffer
	m := NewMetrics(prometheus.NewRegistry())
	srv := server(t, m, &log)
	get(t, srv.URL+"/api/v1/coupons/ABCD-EFGH-JKLM", "")
	get(t, srv.URL+"/api/v1/coupons/WXYZ-EFGH-JKLM", "")
	get(t, srv.URL+"/silent", "")
	res, err := http.Get(srv.URL + "/media/clip.bin") // through ReadFrom
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if len(body) != 900_000 {
		t.Errorf("a file through the middleware came as %d bytes; want 900000", len(body))
	}
	get(t, srv.URL+"/no/such/page", "")
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http")+"/ws", nil)
	if err != nil {
		t.Fatalf("WebSocket through the middleware: %v", err)
	}
	ws.Close()
	for _, tc := range []struct{ route, status string }{
		{"GET /api/v1/coupons/{code}", "5xx"},
		{"GET /silent", "2xx"},
		{"GET /media/{name}", "2xx"},
		{"unmatched", "4xx"},
		{"GET /ws", "1xx"},
	} {
		want := 1.0
		if tc.route == "GET /api/v1/coupons/{code}" {
			want = 2
		}
		// A hijacked request is counted after the client has its answer.
		var got float64
		if !poll(time.Second, func() bool {
			got = testutil.ToFloat64(m.requests.WithLabelValues(tc.route, tc.status))
			return got == want
		}) {
			t.Errorf("requests{route=%q,status=%q} = %v; want %v", tc.route, tc.status, got, want)
		}
	}
	if got := testutil.CollectAndCount(m.requests); got != 5 {
		t.Errorf("%d request series; want 5", got)
	}
	if got := testutil.CollectAndCount(m.duration); got != 5 {
		t.Errorf("%d duration series; want 5", got)
	}
}

// poll reports whether cond holds within wait.
func poll(wait time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond) // poll interval, not synchronisation
	}
	return true
}

func TestStatusClass(t *testing.T) {
	for code, want := range map[int]string{101: "1xx", 200: "2xx", 304: "3xx", 404: "4xx", 503: "5xx", 0: "other", 999: "other"} {
		if got := statusClass(code); got != want {
			t.Errorf("statusClass(%d) = %q; want %q", code, got, want)
		}
	}
}
