package hub

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"
)

var _ Broker = (*MemoryBroker)(nil)

// DefaultHistorySize is the per-stream history NewMemoryBroker keeps when
// asked for a size below 1.
const DefaultHistorySize = 1024

// MemoryBroker is the in-process Broker: a bounded ring of history per
// stream and synchronous delivery to subscribers. History lives only in
// memory, so every process start gives each stream a new epoch and screens
// that resume across a restart get a snapshot instead of a wrong replay.
type MemoryBroker struct {
	historySize int

	mu      sync.Mutex // guards streams; never held while a stream's mu is
	streams map[string]*memoryStream
}

type memoryStream struct {
	mu    sync.Mutex // held across delivery, which is what orders it
	epoch string
	hist  *history
	subs  []*memorySub
}

// NewMemoryBroker returns a broker keeping the last historySize messages of
// every stream (DefaultHistorySize if historySize < 1).
func NewMemoryBroker(historySize int) *MemoryBroker {
	if historySize < 1 {
		historySize = DefaultHistorySize
	}
	return &MemoryBroker{historySize: historySize, streams: make(map[string]*memoryStream)}
}

// stream returns the named stream, creating it (and its epoch) on first touch.
func (b *MemoryBroker) stream(name string) *memoryStream {
	b.mu.Lock()
	defer b.mu.Unlock()
	s, ok := b.streams[name]
	if !ok {
		s = &memoryStream{epoch: newEpoch(), hist: newHistory(b.historySize)}
		b.streams[name] = s
	}
	return s
}

// newEpoch returns 16 random hex characters.
func newEpoch() string {
	var b [8]byte
	rand.Read(b[:]) // never fails since Go 1.24
	return hex.EncodeToString(b[:])
}

// Publish implements Broker. Subscribers run on the caller's goroutine while
// the stream is locked, so Publish costs as much as its subscribers do.
func (b *MemoryBroker) Publish(ctx context.Context, stream string, data json.RawMessage) (Message, error) {
	return b.PublishID(ctx, stream, "", data)
}

// PublishID implements Broker. The memory broker keeps the id with the
// message but does not look for an earlier one: its history dies with the
// process, and a publisher starting again starts from nothing too.
func (b *MemoryBroker) PublishID(ctx context.Context, stream, id string, data json.RawMessage) (Message, error) {
	if err := ctx.Err(); err != nil {
		return Message{}, fmt.Errorf("hub: publish %q: %w", stream, err)
	}
	s := b.stream(stream)
	s.mu.Lock()
	defer s.mu.Unlock()
	m := Message{Stream: stream, Epoch: s.epoch, Seq: s.hist.head + 1, ID: id, Data: bytes.Clone(data)}
	s.hist.add(m)
	for _, sub := range s.subs {
		sub.fn(m)
	}
	return m, nil
}

// Subscribe implements Broker.
func (b *MemoryBroker) Subscribe(stream string, fn func(Message)) func() {
	s := b.stream(stream)
	return subscribe(&s.mu, &s.subs, fn)
}

// Head implements Broker.
func (b *MemoryBroker) Head(stream string) (string, uint64) {
	s := b.stream(stream)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.epoch, s.hist.head
}

// Since implements Broker.
func (b *MemoryBroker) Since(stream, epoch string, after uint64) ([]Message, bool) {
	s := b.stream(stream)
	s.mu.Lock()
	defer s.mu.Unlock()
	if epoch != s.epoch {
		return nil, false
	}
	return s.hist.since(after)
}
