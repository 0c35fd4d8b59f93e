package hub

import (
	"context"
	"encoding/json"
)

// Broker is the seam between the hub and the history/fan-out engine (in
// process now, NATS JetStream later). Every implementation must pass the
// contract suite in broker_test.go.
type Broker interface {
	// Publish assigns the next seq of stream, appends to the bounded
	// history and delivers to subscribers in seq order.
	Publish(ctx context.Context, stream string, data json.RawMessage) (Message, error)
	// PublishID is Publish with a message id, kept with the message. A
	// broker that remembers ids (JetStream) stores a message published
	// twice with one id once, and returns the stored one.
	PublishID(ctx context.Context, stream, id string, data json.RawMessage) (Message, error)
	// Subscribe calls fn for every message published after it returns, in
	// seq order, never concurrently for one subscription. fn must not block
	// and must not call back into the broker. After unsubscribe returns, fn
	// is not called again.
	Subscribe(stream string, fn func(Message)) (unsubscribe func())
	// Head returns the stream's epoch and last seq.
	Head(stream string) (epoch string, seq uint64)
	// Since returns every message with seq > after if epoch matches and the
	// history still holds all of them; ok=false means "not recoverable"
	// (never a partial list). Callers must not modify the returned Data.
	Since(stream, epoch string, after uint64) (msgs []Message, ok bool)
}

// Message is one published change of a stream. Data is opaque to the hub.
type Message struct {
	Stream, Epoch string
	Seq           uint64
	ID            string // the publisher's message id, if it gave one
	Data          json.RawMessage
}
