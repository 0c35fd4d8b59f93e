package api

import (
	"math"
	"sync"
	"time"
)

// Proof of play is anonymous (an unpaired screen is known only by the
// install id it makes up), so what one client may store is bounded by
// budgets of records, not of requests: a token bucket per address and
// one per screen. A batch takes one token per record (at least one), from
// both buckets or from neither.
const (
	// A screen may send a full offline buffer (app/proof keeps at most
	// 5,000 records) at once, then one record a second: a slide a second,
	// around the clock, is more than any playlist shows.
	screenPlayBurst = 5000
	screenPlayRate  = 1.0
	// An address may be a store's whole fleet behind one router or proxy:
	// twice a full buffer at once, then five records a second (forty
	// screens of 8-second slides).
	addrPlayBurst = 10_000
	addrPlayRate  = 5.0
	// maxPlayBuckets bounds the memory an address spray can take.
	maxPlayBuckets = 100_000
)

// bucket is one key's tokens at a time.
type bucket struct {
	tokens float64
	at     time.Time
}

// playBudget holds the buckets of addresses and of screens.
type playBudget struct {
	mu      sync.Mutex
	addrs   map[string]*bucket
	screens map[string]*bucket
}

func newPlayBudget() *playBudget {
	return &playBudget{addrs: map[string]*bucket{}, screens: map[string]*bucket{}}
}

// take spends n records from addr's and screen's budgets at now. When
// either lacks them nothing is spent, and wait says how long until both
// hold n again.
func (b *playBudget) take(addr, screen string, n int, now time.Time) (ok bool, wait time.Duration) {
	need := float64(max(n, 1))
	b.mu.Lock()
	defer b.mu.Unlock()
	a := refill(b.addrs, addr, addrPlayBurst, addrPlayRate, now)
	s := refill(b.screens, screen, screenPlayBurst, screenPlayRate, now)
	if a.tokens < need || s.tokens < need {
		wait = max(waitFor(a, need, addrPlayBurst, addrPlayRate), waitFor(s, need, screenPlayBurst, screenPlayRate))
		return false, wait
	}
	a.tokens -= need
	s.tokens -= need
	return true, 0
}

// refill returns key's bucket with what it earned since it was last used:
// a new key starts full.
func refill(m map[string]*bucket, key string, burst, rate float64, now time.Time) *bucket {
	bk, ok := m[key]
	if !ok {
		if len(m) >= maxPlayBuckets {
			sweepFull(m, burst, rate, now)
		}
		bk = &bucket{tokens: burst, at: now}
		m[key] = bk
		return bk
	}
	if d := now.Sub(bk.at); d > 0 {
		bk.tokens = math.Min(burst, bk.tokens+d.Seconds()*rate)
		bk.at = now
	}
	return bk
}

// waitFor is how long bk takes to hold need: forever (a day) if it never
// can.
func waitFor(bk *bucket, need, burst, rate float64) time.Duration {
	switch {
	case bk.tokens >= need:
		return 0
	case need > burst:
		return 24 * time.Hour
	}
	return time.Duration((need - bk.tokens) / rate * float64(time.Second))
}

// sweepFull forgets the buckets that have refilled: forgetting a full one
// changes nothing, since a new key starts full. If that frees too little
// (a spray of keys, each spending), it forgets any tenth of them: memory
// stays bounded, and for screens the address's budget still holds.
func sweepFull(m map[string]*bucket, burst, rate float64, now time.Time) {
	for k, bk := range m {
		if bk.tokens+now.Sub(bk.at).Seconds()*rate >= burst {
			delete(m, k)
		}
	}
	for k := range m { // map order is random
		if len(m) < maxPlayBuckets*9/10 {
			break
		}
		delete(m, k)
	}
}
