package auth

import (
	"sync"
	"time"
)

// Throttle limits failed sign-ins per key (a username, an address): after
// Max failures within Window the key is locked until the window has passed
// since the last failure. A success clears the key.
type Throttle struct {
	Max    int
	Window time.Duration
	Now    func() time.Time

	mu   sync.Mutex
	keys map[string]*failures
}

type failures struct {
	n    int
	last time.Time
}

// NewThrottle allows max failures per window.
func NewThrottle(max int, window time.Duration) *Throttle {
	return &Throttle{Max: max, Window: window, Now: time.Now, keys: map[string]*failures{}}
}

// Locked reports whether key must wait, and for how long.
func (t *Throttle) Locked(key string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f, ok := t.keys[key]
	if !ok {
		return false, 0
	}
	left := t.Window - t.Now().Sub(f.last)
	if left <= 0 {
		delete(t.keys, key)
		return false, 0
	}
	return f.n >= t.Max, left
}

// Fail counts one failure for key.
func (t *Throttle) Fail(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.Now()
	f, ok := t.keys[key]
	if !ok || now.Sub(f.last) >= t.Window {
		f = &failures{}
		t.keys[key] = f
	}
	f.n++
	f.last = now
	if len(t.keys) > 100_000 {
		t.sweep(now) // bounded memory under a spray of names
	}
}

// Succeed clears key.
func (t *Throttle) Succeed(key string) {
	t.mu.Lock()
	delete(t.keys, key)
	t.mu.Unlock()
}

func (t *Throttle) sweep(now time.Time) {
	for k, f := range t.keys {
		if now.Sub(f.last) >= t.Window {
			delete(t.keys, k)
		}
	}
}
