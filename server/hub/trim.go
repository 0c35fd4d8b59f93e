package hub

import (
	"runtime/debug"
	"sync"
	"time"
)

// A burst of handshakes (a store opening, screens coming back after the
// server or the Wi-Fi did) leaves each connection's net/http state, 8 KB
// of buffers and more, as garbage that the process keeps in RSS until the
// heap next doubles. Once such a burst is over, the hub collects and
// returns that memory to the OS: one full collection per burst.
const (
	trimBurst = 500         // handshakes that make a burst
	trimQuiet = time.Second // without one, the burst is over
)

// trimmer calls free once at least burst events came and then none for
// quiet. Its zero value is not usable; see newTrimmer.
type trimmer struct {
	burst int
	quiet time.Duration
	free  func()

	mu    sync.Mutex
	n     int         // events since the last free
	timer *time.Timer // armed once n reaches burst
}

func newTrimmer(burst int, quiet time.Duration, free func()) *trimmer {
	return &trimmer{burst: burst, quiet: quiet, free: free}
}

// trimOS is the hub's free: a full collection, then the freed pages go
// back to the OS.
func trimOS() { debug.FreeOSMemory() }

// note counts one event and, in a burst, (re)starts the quiet period.
func (t *trimmer) note() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
	switch {
	case t.n < t.burst:
	case t.timer == nil:
		t.timer = time.AfterFunc(t.quiet, t.fire)
	default:
		t.timer.Reset(t.quiet)
	}
}

// fire runs when the quiet period is over. A timer that note re-armed
// just as it fired finds no burst the second time and does nothing.
func (t *trimmer) fire() {
	t.mu.Lock()
	due := t.n >= t.burst
	if due {
		t.n = 0
	}
	t.mu.Unlock()
	if due {
		t.free()
	}
}
