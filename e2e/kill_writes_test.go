package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storecast/e2e/harness"
)

// A server killed with SIGKILL again and again while staff make changes
// loses none it acknowledged and repeats none: each change is committed
// with its event in one transaction (the outbox), published after the
// commit with a message id, and so every change that got a 2xx reaches a
// connected screen exactly once, as an event, in commit order — however
// the kill cuts between the commit, the publish and the answer.
func TestKilledWhileWritingEveryAcknowledgedChangeArrivesOnce(t *testing.T) {
	t.Parallel()
	const (
		writers  = 4
		perWrite = 250 // 1,000 changes in all
		kills    = 5
	)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0x6b))

	dir, addr := t.TempDir(), freeAddr(t)
	var current atomic.Pointer[serving]
	current.Store(&serving{kit.Server(t, harness.Options{DataDir: dir, Addr: addr}), make(chan struct{})})
	screen := startScreen(t, "witness", wsURL(current.Load().URL), seed)
	harness.CheckFor(t, eventually, 20*time.Millisecond, func() error {
		if e, _ := screen.position(); e == "" {
			return fmt.Errorf("the screen has not joined the feed")
		}
		return nil
	})

	// Each writer makes its changes one after another, so its own changes
	// commit in the order it made them; an attempt cut by a kill is not
	// retried (its change may or may not have been committed).
	var (
		mu      sync.Mutex
		acked   = map[string]bool{}
		cut     int
		settled atomic.Int64 // attempts answered or cut
		wg      sync.WaitGroup
	)
	for w := range writers {
		wg.Go(func() {
			for i := range perWrite {
				title := fmt.Sprintf("w%d-%04d", w, i)
				body := map[string]any{"title": map[string]string{"en": title}, "price": 100 + i}
				code, err := callWhileRestarting(&current, body)
				if _, refused := errors.AsType[*harness.StatusError](err); refused || (err == nil && code != http.StatusCreated) {
					t.Errorf("POST %s = %d, %v; want 201 or a call cut by the kill", title, code, err)
				}
				mu.Lock()
				if err == nil {
					acked[title] = true
				} else {
					cut++
				}
				mu.Unlock()
				settled.Add(1)
			}
		})
	}

	points := killDuring(t, &current, &settled, kills, writers*perWrite, rng)
	wg.Wait()
	t.Logf("%d changes acknowledged, %d attempts cut by %d kills at %v", len(acked), cut, kills, points)
	if len(acked) < writers*perWrite-10*kills {
		t.Fatalf("only %d of %d changes were acknowledged; the kills should cut a few, not most", len(acked), writers*perWrite)
	}

	harness.CheckFor(t, 2*eventually, 20*time.Millisecond, func() error {
		got := map[string]bool{}
		for _, title := range screen.upserts() {
			got[title] = true
		}
		for title := range acked {
			if !got[title] {
				return fmt.Errorf("acknowledged change %s has not reached the screen (%d events so far)", title, len(got))
			}
		}
		return nil
	})

	seen := map[string]int{}
	last := make([]int, writers)
	for i := range last {
		last[i] = -1
	}
	for _, title := range screen.upserts() {
		seen[title]++
		if seen[title] == 2 {
			t.Errorf("%s reached the screen twice", title)
		}
		w, i := parseChange(t, title)
		if i <= last[w] {
			t.Errorf("%s arrived after w%d-%04d; want each writer's changes in commit order", title, w, last[w])
		}
		last[w] = i
	}
	unacked := 0
	for title := range seen {
		if !acked[title] {
			unacked++ // committed, but the answer was cut by the kill
		}
	}
	t.Logf("the screen got %d changes: %d acknowledged, %d committed with their answer cut", len(seen), len(seen)-unacked, unacked)

	if diff := samePromotions(screen.promotions(), serverPromotions(t, current.Load().Server)); diff != "" {
		t.Errorf("the screen and the restarted server disagree: %s", diff)
	}
	checkScreens(t, []*screenClient{screen})
}

// killDuring kills the current server with SIGKILL kills times, at
// random points of a run of total attempts (settled counts those
// answered or cut), each time while writers are busy, and starts the
// next on the same data directory and address. It returns the points.
func killDuring(t *testing.T, current *atomic.Pointer[serving], settled *atomic.Int64, kills int, total int64, rng *rand.Rand) []int64 {
	t.Helper()
	points := make([]int64, kills)
	for i := range points {
		points[i] = 50 + rng.Int64N(total-100)
	}
	slices.Sort(points)
	for _, at := range points {
		harness.CheckFor(t, 2*eventually, 2*time.Millisecond, func() error {
			if n := settled.Load(); n < at {
				return fmt.Errorf("%d of %d attempts settled", n, at)
			}
			return nil
		})
		old := current.Load()
		if err := old.Kill(); err != nil {
			t.Fatal(err)
		}
		current.Store(&serving{kit.Server(t, harness.Options{DataDir: old.DataDir, Addr: old.Addr}), make(chan struct{})})
		close(old.next)
	}
	return points
}

// serving is the server of the moment; next is closed once the server
// that replaces it is ready.
type serving struct {
	*harness.Server
	next chan struct{}
}

// callWhileRestarting creates a promotion on whichever server is current.
// A kill cuts a call with a transport error; a call made while the next
// server starts is refused by the closed port, never reached a server, and
// is made again on the next one.
func callWhileRestarting(current *atomic.Pointer[serving], body any) (int, error) {
	for {
		sv := current.Load()
		code, err := sv.Call(context.Background(), http.MethodPost, "/api/v1/promotions", body, nil)
		if err != nil && strings.Contains(err.Error(), "connection refused") {
			<-sv.next
			continue
		}
		return code, err
	}
}

func parseChange(t *testing.T, title string) (writer, index int) {
	t.Helper()
	w, i, ok := strings.Cut(strings.TrimPrefix(title, "w"), "-")
	writer, err1 := strconv.Atoi(w)
	index, err2 := strconv.Atoi(i)
	if !ok || err1 != nil || err2 != nil {
		t.Fatalf("a change the test did not make reached the screen: %q", title)
	}
	return writer, index
}
