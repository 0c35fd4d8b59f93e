package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/alert"
	"storecast/server/auth"
	"storecast/server/coupon"
	"storecast/server/fleet"
	"storecast/server/hub"
	"storecast/server/media"
	"storecast/server/outbox"
	"storecast/server/points"
	"storecast/server/store"
)

const token = "test-token-0123456789abcdef0123456789"

type env struct {
	srv    *httptest.Server
	store  *store.Store
	broker *hub.MemoryBroker
	api    *Handler
	fleet  *fleet.Fleet
	hub    *hub.Hub
	points *points.Ledger
}

func newEnv(t *testing.T) *env {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(context.Background(), filepath.Join(dir, "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := media.New(filepath.Join(dir, "media"))
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	b := hub.NewMemoryBroker(64)
	fl := fleet.New(st, log)
	hb := hub.New(hub.Config{}, b, func(context.Context, string) (json.RawMessage, error) { return json.RawMessage(`{}`), nil }, fl.Authenticate, log)
	fl.Hub = hb
	mux := http.NewServeMux()
	mux.Handle("GET /ws", hb)
	codec, err := coupon.NewCodec([]byte("api-test-secret-0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	st.SetZone("Asia/Shanghai", nil)
	relay, err := outbox.New(context.Background(), st, hb, []string{content.StreamStore, content.StreamStaff}, log)
	if err != nil {
		t.Fatal(err)
	}
	relayCtx, stopRelay := context.WithCancel(context.Background())
	relayDone := make(chan struct{})
	go func() { relay.Run(relayCtx); close(relayDone) }()
	t.Cleanup(func() { stopRelay(); <-relayDone })
	hasher, err := auth.NewHasher(bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	ledger, err := points.New(context.Background(), st, []byte("api-test-points-0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{
		Store: st, Media: lib, Tokens: NewTokens(token), Log: log, Fleet: fl, Codec: codec, Points: ledger,
		PublicURL: "http://shop.test",
		Alerts:    alert.NewDispatcher(alert.Config{Store: st, StoreURL: "http://shop.test", AllowLoopback: true}),
		Hasher:    hasher,
	})
	if err != nil {
		t.Fatal(err)
	}
	h.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { hb.Shutdown(context.Background()) })
	return &env{srv: srv, store: st, broker: b, api: h, fleet: fl, hub: hb, points: ledger}
}

// do sends a request with the test token (unless auth is given) and returns
// the status and body.
func (e *env) do(t *testing.T, method, path, body string, auth ...string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(auth) > 0 {
		if auth[0] != "" {
			req.Header.Set("Authorization", auth[0])
		}
	} else {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// published waits until the outbox is empty: every committed event is in
// the broker's history.
func (e *env) published(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		left, err := e.store.Outbox(context.Background(), 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("outbox still holds events after 10 s (first: %s %s)", left[0].Stream, left[0].Data)
		}
		time.Sleep(5 * time.Millisecond) // polling the relay's progress
	}
}

func (e *env) events(t *testing.T) []content.Event {
	t.Helper()
	e.published(t)
	epoch, _ := e.broker.Head(content.StreamStore)
	msgs, ok := e.broker.Since(content.StreamStore, epoch, 0)
	if !ok {
		t.Fatal("history lost")
	}
	var out []content.Event
	for _, m := range msgs {
		var ev content.Event
		if err := json.Unmarshal(m.Data, &ev); err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}

const validBody = `{"title":{"zh-Hans":"草莓","en":"Strawberries"},"body":{"en":"500 g"},"price":2990,"was_price":3990,"priority":5}`

func TestPromotionLifecyclePublishesEachChange(t *testing.T) {
	e := newEnv(t)
	code, body := e.do(t, "POST", "/api/v1/promotions", validBody)
	if code != http.StatusCreated {
		t.Fatalf("create = %d %s; want 201", code, body)
	}
	var p content.Promotion
	if err := json.Unmarshal([]byte(body), &p); err != nil || p.ID == "" || p.Price != 2990 || p.Title["en"] != "Strawberries" {
		t.Fatalf("created = %+v (%v); want the promotion with an id", p, err)
	}
	if code, body := e.do(t, "GET", "/api/v1/promotions/"+p.ID, ""); code != 200 || !strings.Contains(body, "Strawberries") {
		t.Fatalf("get = %d %s", code, body)
	}
	updated := strings.Replace(validBody, "2990", "1990", 1)
	if code, body := e.do(t, "PUT", "/api/v1/promotions/"+p.ID, updated); code != 200 || !strings.Contains(body, `"price":1990`) {
		t.Fatalf("update = %d %s; want 200 with the new price", code, body)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/promotions/"+p.ID, ""); code != http.StatusNoContent {
		t.Fatalf("delete = %d; want 204", code)
	}
	if code, _ := e.do(t, "GET", "/api/v1/promotions/"+p.ID, ""); code != http.StatusNotFound {
		t.Fatalf("get after delete = %d; want 404", code)
	}
	evs := e.events(t)
	if len(evs) != 3 {
		t.Fatalf("published %d events; want 3 (create, update, delete)", len(evs))
	}
	if evs[0].Op != content.OpPromotionUpsert || evs[1].Promotion.Price != 1990 || evs[2].Op != content.OpPromotionDelete || evs[2].ID != p.ID {
		t.Fatalf("events = %+v", evs)
	}
}

func TestAuth(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, header string
	}{
		{"no token", ""},
		{"wrong token", "Bearer not-the-token"},
		{"wrong scheme", "Basic " + token},
		{"empty bearer", "Bearer "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := e.do(t, "POST", "/api/v1/promotions", validBody, tt.header)
			if code != http.StatusUnauthorized || !strings.Contains(body, `"code":"unauthorized"`) {
				t.Fatalf("= %d %s; want 401 unauthorized", code, body)
			}
		})
	}
	if evs := e.events(t); len(evs) != 0 {
		t.Fatalf("unauthorised requests published %d events", len(evs))
	}
}

func TestBadInputChangesNothing(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, body string
		code       int
		want       string
	}{
		{"malformed JSON", `{"title":`, 400, "bad_json"},
		{"not an object", `[1,2]`, 400, "bad_json"},
		{"two values", validBody + validBody, 400, "more than one JSON value"},
		{"unknown field", `{"title":{"en":"x"},"price":1,"colour":"red"}`, 400, "colour"},
		{"missing price", `{"title":{"en":"x"}}`, 422, `"field":"price"`},
		{"missing title", `{"price":100}`, 422, `"field":"title"`},
		{"blank title", `{"title":{"en":"  "},"price":100}`, 422, `"field":"title"`},
		{"unknown locale", `{"title":{"fr":"x"},"price":100}`, 422, "unknown locale"},
		{"oversized title", `{"title":{"en":"` + strings.Repeat("x", 121) + `"},"price":100}`, 422, `"field":"title.en"`},
		{"negative price", `{"title":{"en":"x"},"price":-1}`, 422, `"field":"price"`},
		{"was price not higher", `{"title":{"en":"x"},"price":100,"was_price":50}`, 422, `"field":"was_price"`},
		{"validity backwards", `{"title":{"en":"x"},"price":1,"valid_from":"2026-02-01T00:00:00Z","valid_to":"2026-01-01T00:00:00Z"}`, 422, `"field":"valid_to"`},
		{"foreign image", `{"title":{"en":"x"},"price":1,"image":"http://evil.example/x.png"}`, 422, `"field":"image"`},
		{"image never uploaded", `{"title":{"en":"x"},"price":1,"image":"/media/` + strings.Repeat("a", 64) + `.png"}`, 422, "upload it"},
		{"priority out of range", `{"title":{"en":"x"},"price":1,"priority":5000}`, 422, `"field":"priority"`},
		{"body over 64 KiB", `{"title":{"en":"` + strings.Repeat("x", 70<<10) + `"},"price":1}`, 400, "limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := e.do(t, "POST", "/api/v1/promotions", tt.body)
			if code != tt.code || !strings.Contains(body, tt.want) {
				t.Fatalf("= %d %s; want %d containing %q", code, body, tt.code, tt.want)
			}
			var eb rest.ErrorBody
			if err := json.Unmarshal([]byte(body), &eb); err != nil || eb.Error.Message == "" {
				t.Fatalf("error body %q is not {error:{code,message}}", body)
			}
		})
	}
	ps, err := e.store.Promotions(context.Background())
	if err != nil || len(ps) != 0 {
		t.Fatalf("store holds %d promotions after bad input (%v); want 0", len(ps), err)
	}
	if evs := e.events(t); len(evs) != 0 {
		t.Fatalf("bad input published %d events; want 0", len(evs))
	}
}

func TestUnknownIDs(t *testing.T) {
	e := newEnv(t)
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		code, body := e.do(t, m, "/api/v1/promotions/nope", validBody)
		if code != http.StatusNotFound || !strings.Contains(body, "not_found") {
			t.Errorf("%s unknown id = %d %s; want 404 not_found", m, code, body)
		}
	}
	if code, body := e.do(t, "GET", "/api/v1/nothing", ""); code != 404 || !strings.Contains(body, "not_found") {
		t.Errorf("unknown endpoint = %d %s; want JSON 404", code, body)
	}
}

func TestMediaUpload(t *testing.T) {
	e := newEnv(t)
	png, err := os.ReadFile("../../assets/demo/milk.png")
	if err != nil {
		t.Fatal(err)
	}
	code, body := e.do(t, "POST", "/api/v1/media", string(png))
	if code != http.StatusCreated {
		t.Fatalf("upload = %d %s; want 201", code, body)
	}
	var up struct{ URL string }
	if err := json.Unmarshal([]byte(body), &up); err != nil || !content.ValidMediaURL(up.URL) {
		t.Fatalf("upload answer %s; want a media URL", body)
	}
	withImage := `{"title":{"en":"Milk"},"price":990,"image":"` + up.URL + `"}`
	if code, body := e.do(t, "POST", "/api/v1/promotions", withImage); code != http.StatusCreated {
		t.Fatalf("create with uploaded image = %d %s; want 201", code, body)
	}
	if code, body := e.do(t, "POST", "/api/v1/media", "<html><script>alert(1)</script></html>"); code != 422 || !strings.Contains(body, "bad_media") {
		t.Fatalf("HTML upload = %d %s; want 422 bad_media", code, body)
	}
	big := bytes.Repeat([]byte{0}, media.MaxBytes+1)
	if code, body := e.do(t, "POST", "/api/v1/media", string(big)); code != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized upload = %d %s; want 413", code, body)
	}
}

func TestNewNamesWhatTheConfigLacks(t *testing.T) {
	_, err := New(Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), PublicURL: "http://shop.test"})
	want := "api: new: config lacks Store, Media, Tokens, Fleet, Codec, Alerts, Points"
	if err == nil || err.Error() != want {
		t.Fatalf("New(incomplete) = %v; want %q", err, want)
	}
}
