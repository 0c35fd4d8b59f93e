package alert

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// waitFor polls fn until it holds or wait passes.
func waitFor(t testing.TB, wait time.Duration, what string, fn func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !fn() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, wait)
		}
		time.Sleep(2 * time.Millisecond) // poll interval, not synchronisation
	}
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "storecast.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// request is what a receiver got.
type request struct {
	header http.Header
	query  map[string]string
	body   []byte
}

// receiver is a real HTTP server that answers each request with the next
// of answers (the last one repeated) and keeps what it got.
type receiver struct {
	*httptest.Server
	mu      sync.Mutex
	got     []request
	answers []answer
}

type answer struct {
	status int
	body   string
}

func newReceiver(t *testing.T, answers ...answer) *receiver {
	t.Helper()
	r := &receiver{answers: answers}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		q := map[string]string{}
		for k, v := range req.URL.Query() {
			q[k] = v[0]
		}
		r.mu.Lock()
		r.got = append(r.got, request{header: req.Header.Clone(), query: q, body: b})
		a := r.answers[min(len(r.got), len(r.answers))-1]
		r.mu.Unlock()
		w.WriteHeader(a.status)
		io.WriteString(w, a.body)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) requests() []request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]request(nil), r.got...)
}

// dispatchEnv is a Dispatcher on a real store, running until the test
// ends, with its log kept.
type dispatchEnv struct {
	st   *store.Store
	d    *Dispatcher
	logs *syncBuffer
}

func newDispatchEnv(t *testing.T, cfg Config) *dispatchEnv {
	t.Helper()
	e := &dispatchEnv{st: openStore(t), logs: &syncBuffer{}}
	cfg.Store, cfg.AllowLoopback = e.st, true
	cfg.StoreURL = "https://shop-12.example.com"
	cfg.Log = slog.New(slog.NewTextHandler(e.logs, nil))
	if cfg.Backoff == 0 {
		cfg.Backoff = time.Millisecond
	}
	e.d = NewDispatcher(cfg)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { e.d.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return e
}

func (e *dispatchEnv) webhook(t *testing.T, kind, url, secret string) store.Webhook {
	t.Helper()
	w, err := e.st.CreateWebhook(context.Background(), store.Webhook{Name: "ops " + kind, Kind: kind, URL: url, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// outcomes waits until the delivery log ends with a final outcome and
// returns the outcomes, oldest first.
func (e *dispatchEnv) outcomes(t *testing.T) []string {
	t.Helper()
	var ds []rest.Delivery
	waitFor(t, 10*time.Second, "a final delivery", func() bool {
		var err error
		ds, err = e.st.Deliveries(context.Background(), 100)
		return err == nil && len(ds) > 0 && ds[0].Outcome != rest.DeliveryRetrying
	})
	out := make([]string, len(ds))
	for i, d := range ds {
		out[len(ds)-1-i] = d.Outcome
	}
	return out
}

var testAlert = Alert{ID: "a1", Rule: rest.RuleDisk, Key: "disk", Subject: "disk", Message: "The data directory's disk has 5% free.",
	Since: time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC), FiredAt: time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)}

// syncBuffer is a log sink several goroutines write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
