package phone

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
	_ "time/tzdata"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/store"
	"storecast/web"
)

var update = flag.Bool("update", false, "rewrite the golden pages in testdata")

// issuedAt is the fixed clock of the tests: a Saturday morning in March,
// 10:00 in Shanghai.
var issuedAt = time.Date(2026, 3, 14, 2, 0, 0, 0, time.UTC)

// env is a phone Handler over a real store, behind a real HTTP server.
type env struct {
	srv   *httptest.Server
	store *store.Store
	codec *coupon.Codec
	now   time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &env{store: st, now: issuedAt}
	st.Now = func() time.Time { return e.now }
	st.SetZone("Asia/Shanghai", nil)
	if e.codec, err = coupon.NewCodec([]byte("phone-test-secret-0123456789abcdef")); err != nil {
		t.Fatal(err)
	}
	h, err := New(context.Background(), Config{Store: st, Codec: e.codec, PublicURL: "http://shop.test", Files: web.FS,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	h.Register(mux)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	return e
}

// claim issues a coupon of a new campaign (valid for a day) with serial,
// and returns its code.
func (e *env) claim(t *testing.T, serial uint32) string {
	t.Helper()
	ctx := context.Background()
	c, err := e.store.CreateCampaign(ctx, content.Campaign{
		Title:    content.Text{"en": "10% off fruit", "zh-Hans": "水果九折", "zh-Hant": "水果九折"},
		Offer:    content.Text{"en": "On any fruit, today", "zh-Hans": "任意水果，限今天"},
		Quantity: 10, PerDevice: 1, WindowMinutes: 60, CouponMinutes: 24 * 60, Status: content.CampaignLive,
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.Claim(ctx, c.ID, "install:phone-test-0123456789", serial); err != nil {
		t.Fatal(err)
	}
	return e.codec.Code(serial)
}

// get asks the server for path without following redirects.
func (e *env) get(t *testing.T, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", e.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the page served (go test -update rewrites it); got:\n%s", path, got)
	}
}
