package hub

import (
	"encoding/json"
	"sync"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// fanout is the hub's single broker subscription for one stream. It encodes
// each message once, as a PreparedMessage shared by every connection, and
// offers it to each connection's queue without blocking: a connection whose
// queue is full is dropped (conn.push), never waited for.
type fanout struct {
	unsubscribe func()

	mu    sync.Mutex // guards conns
	conns map[*conn]struct{}
}

// outMsg is one queued event: its seq, for dedupe, and its shared frame.
type outMsg struct {
	seq uint64
	pm  *websocket.PreparedMessage
}

func newFanout() *fanout { return &fanout{conns: make(map[*conn]struct{})} }

func (f *fanout) add(c *conn) {
	f.mu.Lock()
	f.conns[c] = struct{}{}
	f.mu.Unlock()
}

func (f *fanout) remove(c *conn) {
	f.mu.Lock()
	delete(f.conns, c)
	f.mu.Unlock()
}

// deliver is the broker callback: it runs once per message, in seq order.
func (f *fanout) deliver(m Message) {
	pm, err := prepareEvent(m)
	if err != nil {
		// Unreachable for data that went through Hub.Publish. Connections
		// will see a gap at the next message and resume or resync.
		return
	}
	out := outMsg{seq: m.Seq, pm: pm}
	f.mu.Lock()
	defer f.mu.Unlock()
	for c := range f.conns {
		if !c.push(out) {
			delete(f.conns, c)
		}
	}
}

// encodeEvent returns the event envelope of m.
func encodeEvent(m Message) ([]byte, error) {
	return json.Marshal(content.Envelope{
		Type: content.TypeEvent, Stream: m.Stream, Epoch: m.Epoch, Seq: m.Seq, Data: m.Data,
	})
}

// prepareEvent encodes m once into a frame every connection can write.
func prepareEvent(m Message) (*websocket.PreparedMessage, error) {
	b, err := encodeEvent(m)
	if err != nil {
		return nil, err
	}
	return websocket.NewPreparedMessage(websocket.TextMessage, b)
}
