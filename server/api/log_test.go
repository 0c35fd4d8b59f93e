package api

import (
	"bytes"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer is a log destination the server writes while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestFailureLogHoldsNoCode: a request that fails is logged by its route,
// not its path, which can hold a coupon code.
func TestFailureLogHoldsNoCode(t *testing.T) {
	e := newEnv(t)
	var log lockedBuffer
	e.api.log = slog.New(slog.NewTextHandler(&log, nil))
	code := e.api.codec.Code(4242)
	e.store.Close() // every read fails from here on
	if status, body := e.do(t, "GET", "/api/v1/coupons/"+code, "", ""); status != http.StatusInternalServerError {
		t.Fatalf("coupon with the store closed = %d %s; want 500", status, body)
	}
	got := log.String()
	if !strings.Contains(got, "GET /api/v1/coupons/{code}") {
		t.Errorf("log %q; want the failure logged with its route", got)
	}
	for _, s := range []string{code, strings.ReplaceAll(code, "-", "")} {
		if strings.Contains(got, s) {
			t.Errorf("log %q holds the coupon code %s", got, s)
		}
	}
}
