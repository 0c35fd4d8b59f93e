package hub

import (
	"context"
	"encoding/json"
	"sync"
	"time"
)

// snapshotMaxAge bounds how long one snapshot serves handshakes at the same
// stream position. Parts of the state change with time alone (an event
// ends, an override expires) without an event on the stream.
const snapshotMaxAge = 2 * time.Second

// snapshotBuildTimeout bounds one build; it is shared by every handshake
// waiting for it, so no single screen's context may cancel it.
const snapshotBuildTimeout = 10 * time.Second

// snapshotCache builds a stream's snapshot once per stream position and
// shares the encoded bytes: when every screen of a store reconnects at
// once, they all get the one snapshot instead of a database read each.
// A snapshot made after Head(stream) = (epoch, seq) is valid for any
// handshake that reads the same Head later (see doc.go).
type snapshotCache struct {
	build  SnapshotFunc
	maxAge time.Duration
	now    func() time.Time

	mu       sync.Mutex
	byStream map[string]*snapshotBuild
}

// snapshotBuild is one snapshot, being built until ready is closed.
type snapshotBuild struct {
	epoch string
	seq   uint64
	at    time.Time
	ready chan struct{}
	data  json.RawMessage // set before ready is closed
	err   error
}

func newSnapshotCache(build SnapshotFunc, maxAge time.Duration) *snapshotCache {
	return &snapshotCache{build: build, maxAge: maxAge, now: time.Now, byStream: make(map[string]*snapshotBuild)}
}

// get returns the snapshot of stream taken at or after (epoch, seq).
func (c *snapshotCache) get(ctx context.Context, stream, epoch string, seq uint64) (json.RawMessage, error) {
	c.mu.Lock()
	b, ok := c.byStream[stream]
	if !ok || b.epoch != epoch || b.seq != seq || c.now().Sub(b.at) > c.maxAge || b.failed() {
		b = &snapshotBuild{epoch: epoch, seq: seq, at: c.now(), ready: make(chan struct{})}
		c.byStream[stream] = b
		go c.run(ctx, stream, b)
	}
	c.mu.Unlock()
	select {
	case <-b.ready:
		return b.data, b.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (c *snapshotCache) run(ctx context.Context, stream string, b *snapshotBuild) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), snapshotBuildTimeout)
	defer cancel()
	b.data, b.err = c.build(ctx, stream)
	close(b.ready)
}

// failed reports whether a finished build failed; the next handshake then
// tries again instead of sharing the error.
func (b *snapshotBuild) failed() bool {
	select {
	case <-b.ready:
		return b.err != nil
	default:
		return false
	}
}
