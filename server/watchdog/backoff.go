package watchdog

import "time"

// Backoff says how long to wait before a restart.
type Backoff struct {
	Min, Max time.Duration
	// StableAfter: a run at least this long was not a crash loop, and the
	// next restart waits Min again.
	StableAfter time.Duration
}

// DefaultBackoff waits 1 s, then 2, 4, … up to a minute in a crash loop.
var DefaultBackoff = Backoff{Min: time.Second, Max: time.Minute, StableAfter: 2 * time.Minute}

// next returns the wait after a run of ranFor, given the last wait.
func (b Backoff) next(last, ranFor time.Duration) time.Duration {
	if last == 0 || ranFor >= b.StableAfter {
		return b.Min
	}
	return min(max(2*last, b.Min), b.Max)
}
