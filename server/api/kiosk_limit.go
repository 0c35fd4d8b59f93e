package api

import (
	"sync"
	"time"
)

// callLimiter decides what a kiosk's "call staff" does: the first press
// calls; presses while a call is fresh only say staff are on the way; an
// address that presses too often in a window is refused. Memory is bounded.
type callLimiter struct {
	Fresh  time.Duration // a call stays "on the way" this long
	Window time.Duration // counting window for Max
	Max    int           // presses per window before refusing

	mu    sync.Mutex
	addrs map[string]*calls
}

type calls struct {
	lastCall time.Time   // the last press that made a call
	presses  []time.Time // presses within Window
}

// Call outcomes.
type callOutcome int

const (
	callNew      callOutcome = iota // record and publish a new call
	callOnItsWay                    // a call from here is fresh: tell the shopper
	callRefused                     // too many presses
)

func newCallLimiter() *callLimiter {
	return &callLimiter{Fresh: 2 * time.Minute, Window: 10 * time.Minute, Max: 20, addrs: map[string]*calls{}}
}

func (l *callLimiter) press(addr string, now time.Time) callOutcome {
	l.mu.Lock()
	defer l.mu.Unlock()
	c, ok := l.addrs[addr]
	if !ok {
		if len(l.addrs) >= 10_000 {
			l.sweep(now)
		}
		c = &calls{}
		l.addrs[addr] = c
	}
	kept := c.presses[:0]
	for _, t := range c.presses {
		if now.Sub(t) < l.Window {
			kept = append(kept, t)
		}
	}
	c.presses = append(kept, now)
	switch {
	case len(c.presses) > l.Max:
		return callRefused
	case !c.lastCall.IsZero() && now.Sub(c.lastCall) < l.Fresh:
		return callOnItsWay
	}
	c.lastCall = now
	return callNew
}

func (l *callLimiter) sweep(now time.Time) {
	for k, c := range l.addrs {
		if len(c.presses) == 0 || now.Sub(c.presses[len(c.presses)-1]) >= l.Window {
			delete(l.addrs, k)
		}
	}
}
