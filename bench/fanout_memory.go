package main

import (
	"fmt"
	"time"
)

// idleMemory is what a fleet of idle screens costs the server.
//
// RSS is what the machine pays, but a Go process cannot be made to
// collect from outside, so the idle reading still holds the handshakes'
// garbage: an upper bound. Go heap plus stacks comes from gctrace, after a
// collection before the screens connect and another once they idle: what
// the server really keeps per screen.
type idleMemory struct {
	rssBefore, rssIdle int64
	gcBefore, gcWith   gcStat
	connect            time.Duration
}

func (m idleMemory) report(res *Results, section string, n int) {
	res.atMost(section, "idle server RSS per screen", float64(m.rssIdle-m.rssBefore)/float64(n), "B/screen", idleBytesGoal, "goal ≤ 10 KB")
	res.Rows[len(res.Rows)-1].Note = fmt.Sprintf("RSS %.1f → %.1f MB, handshake garbage included; %d screens connected in %.1f s",
		float64(m.rssBefore)/1e6, float64(m.rssIdle)/1e6, n, m.connect.Seconds())
	heap := func(st gcStat) int64 { return st.LiveBytes + st.Stacks }
	res.atMost(section, "idle Go heap+stacks per screen", float64(heap(m.gcWith)-heap(m.gcBefore))/float64(n), "B/screen", idleBytesGoal, "goal ≤ 10 KB")
	res.Rows[len(res.Rows)-1].Note = fmt.Sprintf("after GC (gctrace, MiB steps): heap %d + stacks %d MiB before, %d + %d MiB with the screens",
		m.gcBefore.LiveBytes>>20, m.gcBefore.Stacks>>20, m.gcWith.LiveBytes>>20, m.gcWith.Stacks>>20)
}
