package hub

import (
	"slices"
	"sync"
)

// history is a stream's bounded history: the last size messages, whose
// seqs run without a gap up to head. Both brokers keep one per stream.
// It is not safe for concurrent use; its stream's lock guards it.
type history struct {
	size int
	head uint64    // seq of the newest message (or of the stream, if none is held)
	ring []Message // seq s lives at ring[(s-1)%size]; grows to size
	held int       // messages held, ≤ len(ring)
}

func newHistory(size int) *history {
	return &history{size: size}
}

// add appends m, which must be the message after head.
func (h *history) add(m Message) {
	i := int((m.Seq - 1) % uint64(h.size))
	if i >= len(h.ring) {
		h.ring = append(h.ring, make([]Message, i+1-len(h.ring))...)
	}
	h.ring[i] = m
	h.head = m.Seq
	h.held = min(h.held+1, h.size)
}

// skipTo moves head to seq with nothing held: the messages before it are
// gone (a stream whose old messages expired).
func (h *history) skipTo(seq uint64) {
	h.head, h.held = seq, 0
}

// since returns every message after seq after, or ok=false if some of
// them are no longer held (never a partial list).
func (h *history) since(after uint64) (msgs []Message, ok bool) {
	if after > h.head || h.head-after > uint64(h.held) {
		return nil, false
	}
	msgs = make([]Message, 0, h.head-after)
	for q := after + 1; q <= h.head; q++ {
		msgs = append(msgs, h.ring[(q-1)%uint64(h.size)])
	}
	return msgs, true
}

// at returns the message with seq, if held.
func (h *history) at(seq uint64) (Message, bool) {
	if seq == 0 || seq > h.head || h.head-seq >= uint64(h.held) {
		return Message{}, false
	}
	return h.ring[(seq-1)%uint64(h.size)], true
}

// memorySub is one subscriber of a stream, as both brokers keep them.
type memorySub struct{ fn func(Message) }

// subscribe adds fn to *subs, which mu guards, and returns the idempotent
// unsubscribe: after it returns, fn is not called again (delivery holds
// mu too).
func subscribe(mu *sync.Mutex, subs *[]*memorySub, fn func(Message)) func() {
	sub := &memorySub{fn: fn}
	mu.Lock()
	*subs = append(*subs, sub)
	mu.Unlock()
	return sync.OnceFunc(func() {
		mu.Lock()
		*subs = slices.DeleteFunc(*subs, func(x *memorySub) bool { return x == sub })
		mu.Unlock()
	})
}
