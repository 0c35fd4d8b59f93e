package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// churnScreen is a screen that gets cut and comes back the way the real
// client does (app/live): after a random delay in [0, 0.5 s], the first
// step of its backoff, it says hello with the epoch and seq it last
// applied and expects the missed events then "resumed", or a snapshot.
// It applies each event exactly once, in order, and counts anything else.
type churnScreen struct {
	i         int
	applied   *atomic.Int64 // marked events applied, all screens together
	onResumed func()        // if set, called after each resumed frame

	mu sync.Mutex
	nc net.Conn // the current connection, for the cutter; nil while away

	// Owned by the screen's goroutine; read once it has stopped.
	epoch     string
	seq       uint64    // the last seq applied
	latency   []float64 // ms, one per marked event applied, live or replayed
	resume    []float64 // ms from dialling to "resumed", one per resume
	connects  int
	resumes   int
	snapshots int // snapshots after the first: a resume that failed
	dupes     int // events at or below seq: sent twice
	gaps      int // events beyond seq+1: one was lost
}

// run connects until ctx ends. ready hears how the first connection
// went: nil once it has its snapshot, or the error that ended it.
func (sc *churnScreen) run(ctx context.Context, wsURL string, ready func(error)) {
	for first := true; ctx.Err() == nil; first = false {
		if err := sc.session(ctx, wsURL, ready); err != nil && first {
			ready(err)
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(rand.N(500 * time.Millisecond)):
		}
	}
}

// session is one connection: hello, then frames until it is cut, the
// server closes it or ctx ends. It calls ready at a snapshot.
func (sc *churnScreen) session(ctx context.Context, wsURL string, ready func(error)) error {
	start := time.Now()
	ws, err := dialFrom(ctx, wsURL, sc.i)
	if err != nil {
		return err
	}
	defer ws.Close()
	defer context.AfterFunc(ctx, func() { ws.NetConn().Close() })()
	sc.connects++
	sc.mu.Lock()
	sc.nc = ws.NetConn()
	sc.mu.Unlock()
	defer func() {
		sc.mu.Lock()
		sc.nc = nil
		sc.mu.Unlock()
	}()
	hello := fmt.Sprintf(`{"type":"hello","data":{"kind":"signage","epoch":%q,"seq":%d}}`, sc.epoch, sc.seq)
	if err := ws.WriteMessage(1, []byte(hello)); err != nil {
		return err
	}
	buf := make([]byte, 0, 1024)
	for {
		_, r, err := ws.NextReader()
		if err != nil {
			return nil // cut, or closed by the server: come back
		}
		got := time.Now()
		if buf, err = readAll(r, buf[:0]); err != nil {
			return nil
		}
		switch {
		case bytes.HasPrefix(buf, []byte(`{"type":"event"`)):
			sc.apply(buf, got)
		case bytes.HasPrefix(buf, []byte(`{"type":"snapshot"`)):
			if sc.epoch != "" {
				sc.snapshots++
			}
			sc.epoch = string(stringField(buf, `"epoch":"`))
			seq, _ := number(buf, `"seq":`)
			sc.seq = uint64(seq)
			ready(nil)
		case bytes.HasPrefix(buf, []byte(`{"type":"resumed"`)):
			if seq, _ := number(buf, `"seq":`); uint64(seq) != sc.seq {
				sc.gaps++ // the client would have lost track
			}
			sc.resumes++
			sc.resume = append(sc.resume, float64(got.Sub(start))/1e6)
			if sc.onResumed != nil {
				sc.onResumed()
			}
		}
	}
}

// apply takes one event frame as the real client does: an event already
// applied is dropped, one beyond the next is a gap (the client would
// resync; here it is counted).
func (sc *churnScreen) apply(frame []byte, got time.Time) {
	n, _ := number(frame, `"seq":`)
	seq := uint64(n)
	switch {
	case seq <= sc.seq:
		sc.dupes++
		return
	case seq > sc.seq+1:
		sc.gaps++
	}
	sc.seq = seq
	if sent, ok := number(frame, fanoutMarker); ok {
		sc.latency = append(sc.latency, float64(got.UnixNano()-sent)/1e6)
		sc.applied.Add(1)
	}
}

// cut drops the screen's connection without a close frame, as a network
// does; it reports false if the screen was away.
func (sc *churnScreen) cut() bool {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.nc == nil {
		return false
	}
	sc.nc.Close()
	sc.nc = nil
	return true
}

// stringField returns the JSON string value that follows key (which ends
// with the opening quote).
func stringField(b []byte, key string) []byte {
	i := bytes.Index(b, []byte(key))
	if i < 0 {
		return nil
	}
	rest := b[i+len(key):]
	if j := bytes.IndexByte(rest, '"'); j >= 0 {
		return rest[:j]
	}
	return nil
}
