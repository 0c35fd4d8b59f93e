// Package outbox publishes what the store has committed. Every change that
// screens must see is written to the store's outbox in the transaction
// that makes it (store.Tx.Emit); the Relay moves those rows to their feed
// in commit order — the live feed, and in a chain the streams to and from
// head office (Routes) — each under a message id made of the store's id
// and the row's id, and deletes them once published.
//
// Exactly once: a crash after the commit and before the publish loses
// nothing (the row waits in the outbox); a crash after the publish and
// before the delete publishes nothing twice, because at start the Relay
// reads the id of the newest message of each feed and skips every row up
// to it (JetStream keeps that message across the restart), and JetStream
// drops a message id it has seen within its duplicate window anyway.
package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"storecast/server/store"
)

// Feed is where the Relay publishes: the hub, over its Broker, or Routes
// over several feeds.
type Feed interface {
	PublishID(ctx context.Context, stream, id string, data json.RawMessage) (uint64, error)
	// LastID is the message id of the stream's newest message ("" if none).
	LastID(stream string) string
}

// batch is how many rows one round reads.
const batch = 256

// retryAfter is how long the Relay waits after a failure (the broker or
// the database) before it tries the same row again.
const retryAfter = time.Second

// Relay moves the outbox to the feed. Run it once per store.
type Relay struct {
	// Metrics counts what the relay publishes; New gives it a set nobody
	// scrapes. Set it before Run.
	Metrics *Metrics

	st      *store.Store
	feed    Feed
	streams []string // every stream the outbox writes to
	prefix  string   // "<store id>:", before every message id
	log     *slog.Logger
}

// New returns a Relay for st's outbox, whose rows go to streams of feed.
func New(ctx context.Context, st *store.Store, feed Feed, streams []string, log *slog.Logger) (*Relay, error) {
	id, err := st.StoreID(ctx)
	if err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	return &Relay{Metrics: NewMetrics(nil, st), st: st, feed: feed, streams: streams, prefix: id + ":", log: log}, nil
}

// Run publishes until ctx ends. It returns nil then.
func (r *Relay) Run(ctx context.Context) error {
	sent := r.alreadySent()
	for ctx.Err() == nil {
		msgs, err := r.st.Outbox(ctx, sent, batch)
		if err != nil {
			r.fail(ctx, opRead, err)
			continue
		}
		if len(msgs) == 0 {
			r.wait(ctx)
			continue
		}
		for _, m := range msgs {
			if !r.publish(ctx, m) {
				break
			}
			sent = m.ID
		}
		if err := r.st.OutboxSent(ctx, sent); err != nil {
			r.fail(ctx, opMarkSent, err)
		}
	}
	return nil
}

// alreadySent is the newest outbox row any feed holds: rows up to it were
// published before a restart, whether or not their deletion was.
func (r *Relay) alreadySent() int64 {
	var sent int64
	for _, s := range r.streams {
		id, ok := strings.CutPrefix(r.feed.LastID(s), r.prefix)
		if !ok {
			continue // none, or another store's (a feed moved between stores)
		}
		if n, err := strconv.ParseInt(id, 10, 64); err == nil && n > sent {
			sent = n
		}
	}
	return sent
}

// publish sends one row and reports whether the feed took it.
func (r *Relay) publish(ctx context.Context, m store.OutboxMessage) bool {
	start := time.Now()
	_, err := r.feed.PublishID(ctx, m.Stream, r.msgID(m.ID), m.Data)
	if errors.Is(err, ErrNoRoute) {
		r.log.Warn("outbox: dropped a row no feed takes", slog.String("stream", m.Stream), slog.Int64("row", m.ID))
		return true
	}
	if err != nil {
		r.fail(ctx, opPublish, err)
		return false
	}
	r.Metrics.publish.Observe(time.Since(start).Seconds())
	r.Metrics.published.Inc()
	return true
}

func (r *Relay) msgID(row int64) string { return r.prefix + strconv.FormatInt(row, 10) }

// wait returns after the next commit that emitted, or after a second
// (a commit's signal is coalesced, never lost, but cheap insurance), or
// when ctx ends.
func (r *Relay) wait(ctx context.Context) {
	t := time.NewTimer(time.Second)
	defer t.Stop()
	select {
	case <-r.st.OutboxReady():
	case <-t.C:
	case <-ctx.Done():
	}
}

func (r *Relay) fail(ctx context.Context, what string, err error) {
	if ctx.Err() != nil {
		return // stopping
	}
	r.Metrics.errors.WithLabelValues(what).Inc()
	r.log.Error("outbox: "+what, slog.Any("err", err))
	t := time.NewTimer(retryAfter)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}
