package hub

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// connLogEvery is how often the hub writes one line about the screens that
// came and went, instead of a line per screen: after a restart every
// screen of a store reconnects at once, and 10,000 screens would write
// 20,000 lines.
const connLogEvery = 10 * time.Second

// connLog counts connects and disconnects and logs them in aggregate. Each
// screen's own connect and disconnect is still logged at debug level.
type connLog struct {
	log   *slog.Logger
	every time.Duration

	writing sync.Mutex // held while a summary is written; close waits for it

	mu        sync.Mutex
	pending   *time.Timer // the scheduled summary, if any
	closed    bool        // the hub has shut down: no more summaries
	connected int         // screens on a stream now
	resumed   int         // since the last summary
	snapshots int
	parked    int
	left      int
	slow      int // of left: closed for falling behind or a gap
}

func newConnLog(log *slog.Logger, every time.Duration) *connLog {
	return &connLog{log: log, every: every}
}

// joined counts a screen that started following its stream.
func (l *connLog) joined(resumed bool) {
	l.note(func() {
		l.connected++
		if resumed {
			l.resumed++
		} else {
			l.snapshots++
		}
	})
}

// parkedScreen counts a screen waiting to be paired or enrolled.
func (l *connLog) parkedScreen() { l.note(func() { l.parked++ }) }

// gone counts a screen whose connection ended; following says whether it
// had joined its stream, slow whether it was closed for falling behind.
func (l *connLog) gone(following, slow bool) {
	l.note(func() {
		if following {
			l.connected--
		}
		l.left++
		if slow {
			l.slow++
		}
	})
}

func (l *connLog) note(change func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	change()
	if l.pending == nil && !l.closed {
		l.pending = time.AfterFunc(l.every, l.flush)
	}
}

// close writes what is pending now and schedules nothing more: the hub
// has shut down, and its log may not outlive it.
func (l *connLog) close() {
	l.mu.Lock()
	l.closed = true
	t := l.pending
	l.mu.Unlock()
	if t != nil && t.Stop() {
		l.flush()
	}
	l.writing.Lock() // a summary the timer started is written before close returns
	l.writing.Unlock()
}

// flush writes the summary of what changed since the last one.
func (l *connLog) flush() {
	l.writing.Lock()
	defer l.writing.Unlock()
	l.mu.Lock()
	connected, resumed, snapshots, parked, left, slow := l.connected, l.resumed, l.snapshots, l.parked, l.left, l.slow
	l.resumed, l.snapshots, l.parked, l.left, l.slow = 0, 0, 0, 0, 0
	l.pending = nil
	l.mu.Unlock()
	level := slog.LevelInfo
	if slow > 0 {
		level = slog.LevelWarn
	}
	l.log.Log(context.Background(), level, "hub: screens",
		slog.Int("following", connected),
		slog.Int("resumed", resumed), slog.Int("snapshots", snapshots),
		slog.Int("parked", parked), slog.Int("left", left), slog.Int("too_slow", slow),
		slog.Duration("in", l.every))
}
