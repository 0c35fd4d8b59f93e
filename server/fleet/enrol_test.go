package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/hub"
	"storecast/server/store"
)

// newLink makes a signage link for "Entrance" in groups entrance, dairy.
func newLink(t *testing.T, f *Fleet, ttl time.Duration) (store.EnrolmentLink, string) {
	t.Helper()
	token := NewLinkToken()
	l, err := f.CreateLink(context.Background(), token, "Entrance", content.KindSignage, []string{"entrance", "dairy"}, ttl)
	if err != nil {
		t.Fatal(err)
	}
	return l, token
}

func from(addr string) context.Context {
	return hub.WithRemote(context.Background(), addr+":40000")
}

// enrolled returns the device token a hello's answer hands out, or "".
func enrolled(t *testing.T, s hub.Screen) string {
	t.Helper()
	if s.Welcome == nil || s.Welcome.Type != content.TypeEnrolled {
		return ""
	}
	var e content.Enrolled
	if err := json.Unmarshal(s.Welcome.Data, &e); err != nil || e.Token == "" {
		t.Fatalf("enrolled frame %s has no token", s.Welcome.Data)
	}
	return e.Token
}

// refusedWith returns the enrol error of a parked screen given a pairing
// code instead, or fails.
func refusedWith(t *testing.T, s hub.Screen) string {
	t.Helper()
	pairingCode(t, s)
	var w content.Welcome
	if err := json.Unmarshal(s.Welcome.Data, &w); err != nil || w.Pairing == nil {
		t.Fatalf("welcome %s; want a pairing code", s.Welcome.Data)
	}
	return w.EnrolError
}

func pendingLinks(t *testing.T, st *store.Store) []store.EnrolmentLink {
	t.Helper()
	ls, err := st.PendingEnrolmentLinks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ls
}

func liveScreens(t *testing.T, st *store.Store) []store.Screen {
	t.Helper()
	scs, err := st.Screens(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(scs, func(sc store.Screen) bool { return sc.RevokedAt != nil })
}

func TestEnrolByLink(t *testing.T) {
	f, _, st := newFleet(t)
	l, link := newLink(t, f, EnrolTTL)
	if len(link) < 40 || !strings.HasPrefix(link, enrolPrefix) {
		t.Fatalf("link token = %q; want %s and at least 128 random bits", link, enrolPrefix)
	}
	if got := pendingLinks(t, st); len(got) != 1 || got[0].ID != l.ID {
		t.Fatalf("pending = %+v; want the new link", got)
	}

	s, err := f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: link})
	if err != nil {
		t.Fatal(err)
	}
	token := enrolled(t, s)
	if token == "" || !s.Parked {
		t.Fatalf("enrol hello = %+v; want a parked screen handed its device token", s)
	}
	back, err := f.Authenticate(context.Background(), content.Hello{Kind: content.KindSignage, Token: token})
	if err != nil {
		t.Fatalf("hello with the new token: %v", err)
	}
	var w content.Welcome
	json.Unmarshal(back.Welcome.Data, &w)
	if w.Screen == nil || w.Screen.Name != "Entrance" || w.Screen.Kind != content.KindSignage ||
		!slices.Equal(w.Screen.Groups, []string{"entrance", "dairy"}) || back.Parked {
		t.Fatalf("welcome with the new token = %s; want the screen the link describes", back.Welcome.Data)
	}
	if got := pendingLinks(t, st); len(got) != 0 {
		t.Fatalf("pending after use = %+v; want none", got)
	}

	// Single use: the next screen gets a pairing code and the reason.
	again, err := f.Authenticate(from("10.0.0.8"), content.Hello{Kind: content.KindSignage, Enrol: link})
	if err != nil {
		t.Fatal(err)
	}
	if why := refusedWith(t, again); why != content.EnrolRefused {
		t.Fatalf("second use: enrol error %q; want %q", why, content.EnrolRefused)
	}
	if n := len(liveScreens(t, st)); n != 1 {
		t.Fatalf("%d screens; want 1", n)
	}

	log, _ := st.AuditLog(context.Background(), 0, 10)
	var actions []string
	for _, e := range log {
		actions = append(actions, e.Action)
		if e.Action == "enrol.use" && (e.Target != l.ID || !strings.Contains(e.Detail, "10.0.0.7")) {
			t.Errorf("enrol.use entry = %+v; want the link and the screen's address", e)
		}
	}
	if !slices.Contains(actions, "enrol.create") || !slices.Contains(actions, "enrol.use") {
		t.Fatalf("audit actions = %v; want enrol.create and enrol.use", actions)
	}
}

// Fifty screens open one link at once: exactly one becomes the screen,
// every other one is told the link is used and shows a pairing code.
func TestEnrolLinkRaceHasOneWinner(t *testing.T) {
	f, _, st := newFleet(t)
	_, link := newLink(t, f, EnrolTTL)
	const n = 50
	var wg sync.WaitGroup
	results := make([]hub.Screen, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each from its own address: the throttle is not what refuses them.
			results[i], errs[i] = f.Authenticate(from(fmt.Sprintf("10.0.1.%d", i)), content.Hello{Kind: content.KindSignage, Enrol: link})
		}()
	}
	wg.Wait()
	winners := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("attempt %d: %v", i, errs[i])
		}
		if enrolled(t, results[i]) != "" {
			winners++
			continue
		}
		if why := refusedWith(t, results[i]); why != content.EnrolRefused {
			t.Fatalf("loser %d: enrol error %q; want %q", i, why, content.EnrolRefused)
		}
	}
	if winners != 1 {
		t.Fatalf("%d screens enrolled by one link; want exactly 1", winners)
	}
	if got := len(liveScreens(t, st)); got != 1 {
		t.Fatalf("%d screens stored; want 1", got)
	}
}

func TestEnrolLinkExpires(t *testing.T) {
	f, _, st := newFleet(t)
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	st.Now = func() time.Time { return now }
	_, early := newLink(t, f, time.Hour)
	_, late := newLink(t, f, time.Hour)

	now = now.Add(time.Hour - time.Millisecond)
	if s, _ := f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: early}); enrolled(t, s) == "" {
		t.Fatal("link refused a millisecond before it expires; want it to enrol")
	}
	now = now.Add(time.Millisecond)
	if got := pendingLinks(t, st); len(got) != 0 {
		t.Fatalf("pending at expiry = %+v; want none", got)
	}
	s, err := f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: late})
	if err != nil {
		t.Fatal(err)
	}
	if why := refusedWith(t, s); why != content.EnrolRefused {
		t.Fatalf("expired link: enrol error %q; want %q", why, content.EnrolRefused)
	}
	if n := len(liveScreens(t, st)); n != 1 {
		t.Fatalf("%d screens; want only the one enrolled in time", n)
	}
}

func TestEnrolLinkRevoke(t *testing.T) {
	ctx := context.Background()
	f, _, st := newFleet(t)
	l, link := newLink(t, f, EnrolTTL)
	if err := st.RevokeEnrolmentLink(ctx, l.ID); err != nil {
		t.Fatal(err)
	}
	if err := st.RevokeEnrolmentLink(ctx, l.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("revoking twice = %v; want ErrNotFound", err)
	}
	s, _ := f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: link})
	if why := refusedWith(t, s); why != content.EnrolRefused {
		t.Fatalf("revoked link: enrol error %q; want %q", why, content.EnrolRefused)
	}
	if n := len(liveScreens(t, st)); n != 0 {
		t.Fatalf("%d screens after a revoked link; want 0", n)
	}

	used, link2 := newLink(t, f, EnrolTTL)
	f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: link2})
	if err := st.RevokeEnrolmentLink(ctx, used.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("revoking a used link = %v; want ErrNotFound", err)
	}
	if err := st.RevokeEnrolmentLink(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("revoking an unknown link = %v; want ErrNotFound", err)
	}
}

// Links that are not links, or the right link on the wrong kind of page:
// a pairing code and the reason, and nothing stored or used up.
func TestEnrolBadLinksChangeNothing(t *testing.T) {
	f, _, st := newFleet(t)
	l, link := newLink(t, f, EnrolTTL)
	tests := []struct {
		name  string
		hello content.Hello
	}{
		{"garbage", content.Hello{Kind: content.KindSignage, Enrol: "garbage"}},
		{"unknown", content.Hello{Kind: content.KindSignage, Enrol: enrolPrefix + strings.Repeat("A", enrolTokenLen-len(enrolPrefix))}},
		{"truncated", content.Hello{Kind: content.KindSignage, Enrol: link[:len(link)-1]}},
		{"device token", content.Hello{Kind: content.KindSignage, Enrol: "scd_" + link[4:]}},
		{"not UTF-8", content.Hello{Kind: content.KindSignage, Enrol: "sce_\xff\xfe"}},
		{"other kind", content.Hello{Kind: content.KindKiosk, Enrol: link}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := f.Authenticate(from(fmt.Sprintf("10.0.2.%d", i)), tt.hello)
			if err != nil {
				t.Fatal(err)
			}
			if why := refusedWith(t, s); why != content.EnrolRefused {
				t.Fatalf("enrol error %q; want %q", why, content.EnrolRefused)
			}
			if got := pendingLinks(t, st); len(got) != 1 || got[0].ID != l.ID {
				t.Fatalf("pending = %+v; want the link untouched", got)
			}
			if n := len(liveScreens(t, st)); n != 0 {
				t.Fatalf("%d screens; want 0", n)
			}
		})
	}
}

// An address with too many refused links is not looked at for a while,
// even with a good link; other addresses are not affected.
func TestEnrolThrottlePerAddress(t *testing.T) {
	f, _, st := newFleet(t)
	_, link := newLink(t, f, EnrolTTL)
	for range EnrolMaxRefused {
		f.Authenticate(from("10.0.0.66"), content.Hello{Kind: content.KindSignage, Enrol: "sce_guess"})
	}
	s, err := f.Authenticate(from("10.0.0.66"), content.Hello{Kind: content.KindSignage, Enrol: link})
	if err != nil {
		t.Fatal(err)
	}
	if why := refusedWith(t, s); why != content.EnrolThrottled {
		t.Fatalf("after %d refusals: enrol error %q; want %q", EnrolMaxRefused, why, content.EnrolThrottled)
	}
	if got := pendingLinks(t, st); len(got) != 1 {
		t.Fatal("a throttled attempt used up the link")
	}
	f.enrolTries.Now = func() time.Time { return time.Now().Add(EnrolRefusedWindow) }
	if s, _ := f.Authenticate(from("10.0.0.66"), content.Hello{Kind: content.KindSignage, Enrol: link}); enrolled(t, s) == "" {
		t.Fatal("the address is still refused after the window; want the link to enrol")
	}
}

// If the connection fails before the screen gets its token, the link is
// handed back and the screen's retry works.
func TestEnrolUndoneWhenTokenNeverSent(t *testing.T) {
	f, _, st := newFleet(t)
	_, link := newLink(t, f, EnrolTTL)
	s, _ := f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: link})
	if enrolled(t, s) == "" || s.Unsent == nil {
		t.Fatalf("enrol hello = %+v; want a token and an undo", s)
	}
	s.Unsent()
	if n := len(liveScreens(t, st)); n != 0 {
		t.Fatalf("%d usable screens after the undo; want 0", n)
	}
	if got := pendingLinks(t, st); len(got) != 1 {
		t.Fatalf("pending after the undo = %+v; want the link back", got)
	}
	if s, _ := f.Authenticate(from("10.0.0.7"), content.Hello{Kind: content.KindSignage, Enrol: link}); enrolled(t, s) == "" {
		t.Fatal("retry after the undo refused; want it to enrol")
	}
}

func TestCreateLinkValidity(t *testing.T) {
	f, _, _ := newFleet(t)
	for _, ttl := range []time.Duration{0, -time.Hour, EnrolMaxTTL + time.Millisecond} {
		if _, err := f.CreateLink(context.Background(), NewLinkToken(), "x", content.KindKiosk, nil, ttl); !errors.Is(err, ErrBadTTL) {
			t.Errorf("CreateLink for %v = %v; want ErrBadTTL", ttl, err)
		}
	}
	if _, err := f.CreateLink(context.Background(), "sce_short", "x", content.KindKiosk, nil, time.Hour); err == nil {
		t.Error("CreateLink with a made-up token succeeded; want an error")
	}
	l, err := f.CreateLink(context.Background(), NewLinkToken(), "x", content.KindKiosk, nil, EnrolMaxTTL)
	if err != nil || !l.ExpiresAt.Equal(l.CreatedAt.Add(EnrolMaxTTL)) {
		t.Fatalf("CreateLink for 7 days = %+v, %v; want it to expire 7 days after it was made", l, err)
	}
}
