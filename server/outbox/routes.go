package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// ErrNoRoute is a row for a stream no Feed takes: a store that left a
// chain still holds rows for its uplink. The Relay logs and skips it.
var ErrNoRoute = errors.New("outbox: no route for the stream")

// Routes is a Feed that hands each outbox stream to its own Feed: the live
// feed's streams to the hub, and in a chain the traffic to and from head
// office to JetStream streams of their own (server/chain).
type Routes map[string]Feed

var _ Feed = Routes(nil)

// PublishID implements Feed.
func (r Routes) PublishID(ctx context.Context, stream, id string, data json.RawMessage) (uint64, error) {
	f, ok := r[stream]
	if !ok {
		return 0, fmt.Errorf("%w %q", ErrNoRoute, stream)
	}
	return f.PublishID(ctx, stream, id, data)
}

// LastID implements Feed.
func (r Routes) LastID(stream string) string {
	if f, ok := r[stream]; ok {
		return f.LastID(stream)
	}
	return ""
}

// Streams are the routed streams, sorted.
func (r Routes) Streams() []string { return slices.Sorted(maps.Keys(r)) }
