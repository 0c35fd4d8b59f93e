package live

import (
	"math/rand/v2"
	"time"
)

// Reconnect timing, as docs/protocol.md gives it. SilenceLimit is above
// the server's longest ping interval (25 s plus its 20% jitter), so a quiet
// but live connection is never taken for dead; BackoffMax keeps a screen
// that lost the server trying at least every 20 s.
const (
	BackoffMin    = 500 * time.Millisecond
	BackoffMax    = 20 * time.Second
	SilenceLimit  = 35 * time.Second // no frame (not even a ping) for this long: the connection is dead
	StableAfter   = 10 * time.Second // a connection that lived this long resets the backoff
	backoffFactor = 2
)

// Backoff computes full-jitter exponential delays: attempt n waits a random
// time in [0, min(max, min·2ⁿ)], so a store's screens do not reconnect in
// lockstep after the server comes back.
type Backoff struct {
	attempt int
	rand    func() float64
}

// Next returns the delay before the next attempt and counts it.
func (b *Backoff) Next() time.Duration {
	ceil := BackoffMin
	for i := 0; i < b.attempt && ceil < BackoffMax; i++ {
		ceil *= backoffFactor
	}
	ceil = min(ceil, BackoffMax)
	b.attempt++
	r := rand.Float64
	if b.rand != nil {
		r = b.rand
	}
	return time.Duration(r() * float64(ceil))
}

// Ceiling returns the upper bound of the next delay.
func (b *Backoff) Ceiling() time.Duration {
	ceil := BackoffMin
	for i := 0; i < b.attempt && ceil < BackoffMax; i++ {
		ceil *= backoffFactor
	}
	return min(ceil, BackoffMax)
}

// Reset starts over after a stable connection.
func (b *Backoff) Reset() { b.attempt = 0 }
