package e2e

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/e2e/harness"
)

// A server killed with SIGKILL and started again on the same data
// directory keeps its content and its live feed: the feed's history and
// epoch are on disk (JetStream), so every screen, Go and browser, resumes
// where it stood by replay, with no snapshot, then follows new changes
// live in the same epoch.
func TestRestartAfterKillScreensResume(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// A fixed port: the page's live feed reconnects to its own origin.
	addr := freeAddr(t)
	s1 := kit.Server(t, harness.Options{DataDir: dir, Addr: addr})

	page := kit.Tab(t, 1280, 800)
	open(t, page, s1.URL+"/signage?lang=en")
	eval[bool](t, page, `window.scNoReload = true`)
	screens := make([]*screenClient, 3)
	for i := range screens {
		screens[i] = startScreen(t, fmt.Sprintf("go-%d", i), wsURL(s1.URL), uint64(i)+1)
	}

	ids := publishSome(t, s1, 6)
	if code := s1.API(t, http.MethodDelete, "/api/v1/promotions/"+ids[0], nil, nil); code != http.StatusNoContent {
		t.Fatalf("DELETE promotion = %d; want 204", code)
	}
	const before = 6 + 3 + 1 // creates, replacements, delete
	waitScreensAt(t, screens, "", before, eventually)
	epoch, _ := screens[0].position()
	want := serverPromotions(t, s1)
	waitPageShows(t, page, eventually, want)
	snapshots := make([]int64, len(screens))
	resumed := make([]int64, len(screens))
	for i, c := range screens {
		snapshots[i], resumed[i] = c.counts.snapshot.Load(), c.counts.resumed.Load()
	}

	if err := s1.Kill(); err != nil {
		t.Fatal(err)
	}
	waitJS(t, page, `document.documentElement.dataset.live !== "1"`)

	s2 := kit.Server(t, harness.Options{DataDir: dir, Addr: addr})
	if s2.URL != s1.URL {
		t.Fatalf("restarted on %s; want %s", s2.URL, s1.URL)
	}
	if diff := samePromotions(serverPromotions(t, s2), want); diff != "" {
		t.Fatalf("after SIGKILL and restart the store holds other content: %s", diff)
	}

	restarted := time.Now()
	harness.CheckFor(t, eventually, 20*time.Millisecond, func() error {
		for i, c := range screens {
			if c.counts.resumed.Load() == resumed[i] {
				return fmt.Errorf("%s has not resumed on the restarted server", c.name)
			}
		}
		return nil
	})
	waitScreensAt(t, screens, epoch, before, eventually)
	waitJS(t, page, harness.LiveJS)
	t.Logf("screens resumed %v after the restart", time.Since(restarted).Round(time.Millisecond))
	for i, c := range screens {
		if n := c.counts.snapshot.Load(); n != snapshots[i] {
			t.Errorf("%s got %d snapshots after the restart; want none (resume by replay)", c.name, n-snapshots[i])
		}
	}

	more := publishSome(t, s2, 1)
	waitScreensAt(t, screens, epoch, before+1, eventually)
	want = serverPromotions(t, s2)
	if !containsID(want, more[0]) {
		t.Fatalf("server does not list the new promotion %s", more[0])
	}
	for _, c := range screens {
		if diff := samePromotions(c.promotions(), want); diff != "" {
			t.Errorf("%s after a new change: %s", c.name, diff)
		}
	}
	waitPageShows(t, page, eventually, want)
	if !eval[bool](t, page, `window.scNoReload === true`) {
		t.Error("the page reloaded; want it to resume over its live feed")
	}
	checkScreens(t, screens)
}

// publishSome creates n promotions and replaces every other one, and
// returns their ids: n + n/2 events.
func publishSome(t *testing.T, s *harness.Server, n int) []string {
	t.Helper()
	ids := make([]string, n)
	for i := range n {
		title := fmt.Sprintf("Restart offer %d %d", i, time.Now().UnixNano())
		var p content.Promotion
		body := map[string]any{"title": map[string]string{"en": title}, "price": 100 + i, "priority": i}
		if code := s.API(t, http.MethodPost, "/api/v1/promotions", body, &p); code != http.StatusCreated {
			t.Fatalf("POST promotion = %d; want 201", code)
		}
		ids[i] = p.ID
	}
	for i := 0; i+1 < n; i += 2 {
		body := map[string]any{"title": map[string]string{"en": fmt.Sprintf("Restart offer %d, new price", i)}, "price": 50 + i, "priority": i}
		if code := s.API(t, http.MethodPut, "/api/v1/promotions/"+ids[i], body, nil); code != http.StatusOK {
			t.Fatalf("PUT promotion = %d; want 200", code)
		}
	}
	return ids
}

// waitScreensAt waits until every screen stands at seq (in epoch, or in
// one and the same epoch when epoch is "").
func waitScreensAt(t *testing.T, screens []*screenClient, epoch string, seq uint64, timeout time.Duration) {
	t.Helper()
	harness.CheckFor(t, timeout, 20*time.Millisecond, func() error {
		want := epoch
		for _, c := range screens {
			e, q := c.position()
			if want == "" {
				want = e
			}
			if e == "" || e != want || q != seq {
				return fmt.Errorf("%s is at %q/%d; want %q/%d", c.name, e, q, want, seq)
			}
		}
		return nil
	})
}

func containsID(ps []content.Promotion, id string) bool {
	for _, p := range ps {
		if p.ID == id {
			return true
		}
	}
	return false
}
