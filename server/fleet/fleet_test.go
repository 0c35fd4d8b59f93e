package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/hub"
	"storecast/server/store"
)

// fakeHub records what the fleet sends; the real hub is tested in its own
// package and end to end.
type fakeHub struct {
	mu      sync.Mutex
	present map[string]bool
	sent    map[string][]content.Envelope
	closed  map[string]int
	conns   []hub.Connection
}

func newFakeHub() *fakeHub {
	return &fakeHub{present: map[string]bool{}, sent: map[string][]content.Envelope{}, closed: map[string]int{}}
}

func (h *fakeHub) Send(id string, env content.Envelope) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.present[id] {
		return 0
	}
	h.sent[id] = append(h.sent[id], env)
	return 1
}

func (h *fakeHub) Disconnect(id string, code int, _ string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed[id] = code
	return 1
}

func (h *fakeHub) Connections() []hub.Connection { return h.conns }

func newFleet(t *testing.T) (*Fleet, *fakeHub, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "f.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := New(st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	h := newFakeHub()
	f.Hub = h
	return f, h, st
}

func pairingCode(t *testing.T, s hub.Screen) string {
	t.Helper()
	var w content.Welcome
	if !s.Parked || s.Welcome == nil || !strings.HasPrefix(s.ID, "pairing:") ||
		json.Unmarshal(s.Welcome.Data, &w) != nil || w.Pairing == nil {
		t.Fatalf("screen = %+v; want a parked screen with a pairing welcome", s)
	}
	if strings.Contains(s.ID, w.Pairing.Code) {
		t.Fatalf("screen id %q holds its pairing code; the hub logs screen ids", s.ID)
	}
	return w.Pairing.Code
}

func TestPairingFlow(t *testing.T) {
	ctx := context.Background()
	f, h, _ := newFleet(t)
	f.RequirePairing = true
	s, err := f.Authenticate(ctx, content.Hello{Kind: content.KindSignage})
	if err != nil {
		t.Fatal(err)
	}
	code := pairingCode(t, s)
	h.present[s.ID] = true

	typed := strings.ToLower(code[:3]) + "-" + code[3:] // as a person types it
	sc, err := f.Pair(ctx, typed, "Entrance", "", []string{"entrance"})
	if err != nil {
		t.Fatalf("Pair(%q) = %v", typed, err)
	}
	if sc.Kind != content.KindSignage || sc.Name != "Entrance" {
		t.Fatalf("paired = %+v; want the signage screen named Entrance", sc)
	}
	sent := h.sent[s.ID]
	if len(sent) != 1 || sent[0].Type != content.TypeEnrolled {
		t.Fatalf("sent %v; want the token", sent)
	}
	token := strings.Split(strings.Split(string(sent[0].Data), `"token":"`)[1], `"`)[0]

	// The token now identifies the screen.
	back, err := f.Authenticate(ctx, content.Hello{Kind: content.KindSignage, Token: token})
	if err != nil || back.ID != sc.ID || back.Parked || back.Stream != content.StreamStore {
		t.Fatalf("Authenticate with token = %+v, %v; want screen %s on the store stream", back, err, sc.ID)
	}
	// Single use.
	if _, err := f.Pair(ctx, code, "Again", "", nil); !errors.Is(err, ErrBadCode) {
		t.Fatalf("second Pair with the same code = %v; want ErrBadCode", err)
	}
	// Revoked: refused, and disconnected with re-enrol.
	if err := f.Revoke(ctx, sc.ID); err != nil {
		t.Fatal(err)
	}
	if h.closed[sc.ID] != content.CloseReEnrol {
		t.Fatalf("revoked screen closed with %d; want %d", h.closed[sc.ID], content.CloseReEnrol)
	}
	if _, err := f.Authenticate(ctx, content.Hello{Kind: content.KindSignage, Token: token}); !errors.Is(err, ErrRevoked) {
		t.Fatalf("Authenticate with a revoked token = %v; want ErrRevoked", err)
	}
}

func TestPairingCodeExpires(t *testing.T) {
	ctx := context.Background()
	f, h, _ := newFleet(t)
	now := time.Now()
	f.Now = func() time.Time { return now }
	s, _ := f.Authenticate(ctx, content.Hello{Kind: content.KindKiosk, Pair: true})
	code := pairingCode(t, s)
	h.present[s.ID] = true
	now = now.Add(PairingTTL)
	if _, err := f.Pair(ctx, code, "Late", "", nil); !errors.Is(err, ErrBadCode) {
		t.Fatalf("Pair after 10 minutes = %v; want ErrBadCode", err)
	}
}

func TestPairingScreenGone(t *testing.T) {
	ctx := context.Background()
	f, _, st := newFleet(t)
	s, _ := f.Authenticate(ctx, content.Hello{Kind: content.KindKiosk, Pair: true})
	if _, err := f.Pair(ctx, pairingCode(t, s), "Gone", "", nil); !errors.Is(err, ErrScreenGone) {
		t.Fatalf("Pair with nobody listening = %v; want ErrScreenGone", err)
	}
	scs, _ := st.Screens(ctx)
	for _, sc := range scs {
		if sc.RevokedAt == nil {
			t.Fatalf("screen %s left usable although nobody got its token", sc.ID)
		}
	}
}

func TestAnonymousScreensWhereAllowed(t *testing.T) {
	f, _, _ := newFleet(t)
	s, err := f.Authenticate(context.Background(), content.Hello{Kind: content.KindKiosk})
	if err != nil || s.Parked || s.Stream != content.StreamStore || s.ID != "" {
		t.Fatalf("anonymous hello = %+v, %v; want an anonymous screen on the store stream", s, err)
	}
	if _, err := f.Authenticate(context.Background(), content.Hello{Kind: content.KindKiosk, Token: "scd_forged"}); !errors.Is(err, ErrRevoked) {
		t.Fatalf("forged token = %v; want ErrRevoked", err)
	}
}

func TestNormalizeCode(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"ABC234", "ABC234", true},
		{" abc-234 ", "ABC234", true},
		{"ABC23", "", false},
		{"ABC2345", "", false},
		{"ABO234", "", false}, // O is never in a code
		{"ABI234", "", false},
		{"中文中文中文", "", false},
	}
	for _, tt := range tests {
		if got, ok := NormalizeCode(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("NormalizeCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for range 1000 {
		c := NewCode()
		if n, ok := NormalizeCode(c); !ok || n != c {
			t.Fatalf("NewCode() = %q does not normalize to itself", c)
		}
	}
}
