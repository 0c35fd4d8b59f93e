package live

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"storecast/app/content"
)

// recorder keeps what the feed applied and the statuses it reported.
type recorder struct {
	mu       sync.Mutex
	state    content.Snapshot
	applied  []uint64 // seq of each applied update
	snaps    int
	statuses []Status
}

func (r *recorder) apply(u Update) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if u.Snapshot != nil {
		r.state = *u.Snapshot
		r.snaps++
	} else if err := r.state.Apply(*u.Event); err != nil {
		panic(err)
	}
	r.applied = append(r.applied, u.Seq)
}

func (r *recorder) status(s Status) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.statuses = append(r.statuses, s)
}

func (r *recorder) get() (content.Snapshot, []uint64, []Status) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.state, slices.Clone(r.applied), slices.Clone(r.statuses)
}

type harness struct {
	tr    *fakeTransport
	clock *fakeClock
	rec   *recorder
	feed  *Feed
}

func startFeed(t *testing.T, epoch string, seq uint64, before ...func(*harness)) *harness {
	t.Helper()
	h := &harness{tr: newFakeTransport(), clock: newFakeClock(), rec: &recorder{}}
	for _, f := range before {
		f(h) // e.g. queue dial failures before the first dial
	}
	h.feed = NewFeed(Config{
		Transport: h.tr, Clock: h.clock,
		Hello: content.Hello{Kind: content.KindSignage},
		Epoch: epoch, Seq: seq,
		Apply: h.rec.apply, Status: h.rec.status,
		Rand: func() float64 { return 1 }, // the ceiling, so delays are exact
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.feed.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return h
}

func promo(id string, price int64) content.Event {
	return content.Event{Op: content.OpPromotionUpsert, Promotion: &content.Promotion{ID: id, Title: content.Text{"en": id}, Price: price}}
}

func (h *harness) waitApplied(t *testing.T, n int) []uint64 {
	t.Helper()
	var got []uint64
	waitUntil(t, fmt.Sprintf("%d applied updates", n), func() bool {
		_, got, _ = h.rec.get()
		return len(got) >= n
	})
	return got
}

func TestFeedAppliesSnapshotThenEventsInOrderOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "", 0)
		c := h.tr.next(t)
		if hello := c.hello(t); hello.Epoch != "" || hello.Seq != 0 || hello.Kind != content.KindSignage {
			t.Fatalf("first hello = %+v; want no position, kind signage", hello)
		}
		c.push(t, content.TypeSnapshot, "e1", 10, content.Snapshot{})
		c.push(t, content.TypeEvent, "e1", 11, promo("a", 100))
		c.push(t, content.TypeEvent, "e1", 11, promo("a", 999)) // duplicate: ignored
		c.push(t, content.TypeEvent, "e1", 9, promo("a", 999))  // older: ignored
		c.push(t, content.TypePing, "", 0, nil)
		c.push(t, content.TypeEvent, "e1", 12, promo("b", 200))
		got := h.waitApplied(t, 3)
		if want := []uint64{10, 11, 12}; !slices.Equal(got, want) {
			t.Fatalf("applied seqs = %v; want %v", got, want)
		}
		state, _, statuses := h.rec.get()
		if len(state.Promotions) != 2 || state.Promotions[1].Price != 100 && state.Promotions[0].Price != 100 {
			t.Fatalf("state = %+v; want a at 100 and b", state.Promotions)
		}
		if want := []Status{StatusConnecting, StatusLive}; !slices.Equal(statuses, want) {
			t.Fatalf("statuses = %v; want %v", statuses, want)
		}
		if e, s := h.feed.Position(); e != "e1" || s != 12 {
			t.Fatalf("Position = %s/%d; want e1/12", e, s)
		}
	})
}

func TestFeedResyncs(t *testing.T) {
	tests := []struct {
		name string
		send func(t *testing.T, c *fakeConn)
	}{
		{"gap", func(t *testing.T, c *fakeConn) { c.push(t, content.TypeEvent, "e1", 7, promo("a", 1)) }},
		{"other epoch", func(t *testing.T, c *fakeConn) { c.push(t, content.TypeEvent, "e2", 6, promo("a", 1)) }},
		{"resumed elsewhere", func(t *testing.T, c *fakeConn) { c.push(t, content.TypeResumed, "e1", 9, nil) }},
		{"garbage", func(t *testing.T, c *fakeConn) { c.frames <- Frame{Data: []byte("{not json")} }},
		{"bad event data", func(t *testing.T, c *fakeConn) { c.push(t, content.TypeEvent, "e1", 6, "not an event") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				h := startFeed(t, "e1", 5)
				c := h.tr.next(t)
				if hello := c.hello(t); hello.Epoch != "e1" || hello.Seq != 5 {
					t.Fatalf("hello = %+v; want resume from e1/5", hello)
				}
				tt.send(t, c)
				c2 := h.tr.nextAfterBackoff(t, h.clock)
				if hello := c2.hello(t); hello.Epoch != "" || hello.Seq != 0 {
					t.Fatalf("hello after %s = %+v; want a fresh start (no position)", tt.name, hello)
				}
				if _, applied, _ := h.rec.get(); len(applied) != 0 {
					t.Fatalf("applied %v from a stream it lost track of; want nothing", applied)
				}
			})
		})
	}
}

// nextAfterBackoff returns the next connection, moving the clock past any
// backoff the feed waits for first. It runs in a synctest bubble: once
// the feed is idle, it has either dialled or is waiting for a timer.
func (t *fakeTransport) nextAfterBackoff(tb *testing.T, clock *fakeClock) *fakeConn {
	tb.Helper()
	for {
		synctest.Wait()
		select {
		case c := <-t.conns:
			return c
		default:
		}
		advanced := false
		for _, d := range clock.pending() {
			if d < SilenceLimit {
				clock.Advance(d)
				advanced = true
			}
		}
		if !advanced {
			tb.Fatal("feed did not reconnect, and waits for no backoff")
		}
	}
}

func TestFeedResumesAfterDrop(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "", 0)
		c := h.tr.next(t)
		c.hello(t)
		c.push(t, content.TypeSnapshot, "e1", 3, content.Snapshot{})
		c.push(t, content.TypeEvent, "e1", 4, promo("a", 1))
		h.waitApplied(t, 2)
		c.hangUp(content.CloseResume)
		c2 := h.tr.nextAfterBackoff(t, h.clock)
		if hello := c2.hello(t); hello.Epoch != "e1" || hello.Seq != 4 {
			t.Fatalf("hello after drop = %+v; want resume from e1/4", hello)
		}
		c2.push(t, content.TypeEvent, "e1", 5, promo("b", 2))
		c2.push(t, content.TypeResumed, "e1", 5, nil)
		h.waitApplied(t, 3)
		waitUntil(t, "live again", func() bool {
			_, _, st := h.rec.get()
			return st[len(st)-1] == StatusLive
		})
		_, _, st := h.rec.get()
		if want := []Status{StatusConnecting, StatusLive, StatusOffline, StatusConnecting, StatusLive}; !slices.Equal(st, want) {
			t.Fatalf("statuses = %v; want %v", st, want)
		}
	})
}

func TestFeedBacksOffWithFullJitterUpTo20s(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "", 0, func(h *harness) {
			for i := 0; i < 9; i++ {
				h.tr.fail <- fmt.Errorf("refused %d", i)
			}
		})
		var waits []time.Duration
		for len(waits) < 8 {
			var ds []time.Duration
			waitUntil(t, "a backoff timer", func() bool { ds = h.clock.pending(); return len(ds) == 1 })
			waits = append(waits, ds[0])
			h.clock.Advance(ds[0])
		}
		want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 20 * time.Second, 20 * time.Second}
		if !slices.Equal(waits, want) {
			t.Fatalf("backoff with jitter at its ceiling = %v; want %v", waits, want)
		}
	})
}

func TestBackoffJitterStaysInBounds(t *testing.T) {
	var b Backoff
	for i := 0; i < 1000; i++ {
		ceil := b.Ceiling()
		if d := b.Next(); d < 0 || d > ceil || ceil > BackoffMax {
			t.Fatalf("attempt %d: delay %v; want within [0, %v], ceiling ≤ %v", i, d, ceil, BackoffMax)
		}
	}
	b.Reset()
	if got := b.Ceiling(); got != BackoffMin {
		t.Fatalf("ceiling after Reset = %v; want %v", got, BackoffMin)
	}
	// Full jitter spreads screens out: 1000 draws at one ceiling are not all alike.
	seen := map[time.Duration]bool{}
	for i := 0; i < 1000; i++ {
		b.Reset()
		seen[b.Next()] = true
	}
	if len(seen) < 100 {
		t.Fatalf("%d distinct delays in 1000 draws; want jitter", len(seen))
	}
}

func TestFeedDeclaresSilentConnectionDead(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "", 0)
		c := h.tr.next(t)
		c.hello(t)
		c.push(t, content.TypeSnapshot, "e1", 1, content.Snapshot{})
		h.waitApplied(t, 1)
		waitUntil(t, "the silence timer", func() bool { return slices.Contains(h.clock.pending(), SilenceLimit) })
		h.clock.Advance(SilenceLimit - time.Second)
		synctest.Wait() // the feed has seen the time: a close would be here now
		select {
		case <-c.closed:
			t.Fatal("closed before 35 s of silence")
		default:
		}
		h.clock.Advance(time.Second)
		select {
		case code := <-c.closed:
			if code != content.CloseResume {
				t.Fatalf("close code = %d; want %d", code, content.CloseResume)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("silent connection not closed after 35 s")
		}
		c2 := h.tr.nextAfterBackoff(t, h.clock)
		if hello := c2.hello(t); hello.Epoch != "e1" || hello.Seq != 1 {
			t.Fatalf("hello = %+v; want resume from e1/1", hello)
		}
	})
}

func TestNewerPicksTheFreshestConsistentState(t *testing.T) {
	a := Saved{Checkpoint: content.Checkpoint{Epoch: "e1", Seq: 9}}
	b := Saved{Checkpoint: content.Checkpoint{Epoch: "e1", Seq: 4}}
	c := Saved{Checkpoint: content.Checkpoint{Epoch: "e2", Seq: 1}}
	tests := []struct {
		saved, rendered, want Saved
	}{
		{a, b, a},
		{b, a, a},
		{a, c, c},
		{Saved{}, b, b},
		{a, Saved{}, a},
	}
	for _, tt := range tests {
		if got := Newer(tt.saved, tt.rendered); got.Epoch != tt.want.Epoch || got.Seq != tt.want.Seq {
			t.Errorf("Newer(%v, %v) = %v; want %v", tt.saved, tt.rendered, got, tt.want)
		}
	}
}
