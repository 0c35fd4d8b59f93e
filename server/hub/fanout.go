package hub

import (
	"encoding/json"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/app/content"
)

// fanout is the hub's single broker subscription for one stream. The
// broker's callback only appends the message to a list, so Publish never
// waits for the fan-out; a goroutine that runs while the list is not
// empty (run) encodes each message once into a frame shared by every
// connection and hands it to them, one shard of connections per CPU in
// parallel. Each connection gets the frame queued and, if nobody is
// writing to it, written at once without waiting (conn.flush). A
// connection whose queue is full is dropped (conn.push), never waited for.
type fanout struct {
	unsubscribe func()
	delivered   prometheus.Counter // events queued on connections
	shards      []shard
	next        atomic.Uint32 // round-robin shard for the next connection
	maxBatch    int           // messages handed to a connection at once

	mu      sync.Mutex // guards pending and running
	pending []queued   // not yet handed to the connections, in order
	running bool       // a run goroutine is working through pending
}

// queued is a published message, or a direct message (Hub.Send) for one
// connection, which must not overtake the events published before it.
type queued struct {
	msg   Message
	to    *conn  // set for a direct message
	frame []byte // a direct message's frame
}

// shard is the part of a stream's connections one goroutine serves.
type shard struct {
	mu    sync.Mutex // guards conns
	conns map[*conn]struct{}
	ready []*conn // connections whose writer role dispatch took; only dispatch touches it
}

// outMsg is one queued frame: an event with its seq, for dedupe, or a
// direct message with seq 0. The frame is shared and never modified.
type outMsg struct {
	seq   uint64
	frame []byte
}

// newFanout sizes the fan-out for connections queueing at most queueSize
// messages: a batch is a quarter of that, so a backlog of publishes is
// written in few syscalls without overflowing a screen that keeps up.
// delivered counts the events it queues.
func newFanout(queueSize int, delivered prometheus.Counter) *fanout {
	f := &fanout{shards: make([]shard, runtime.GOMAXPROCS(0)), maxBatch: max(1, queueSize/4), delivered: delivered}
	for i := range f.shards {
		f.shards[i].conns = make(map[*conn]struct{})
	}
	return f
}

func (f *fanout) add(c *conn) {
	c.shard = int(f.next.Add(1) % uint32(len(f.shards)))
	s := &f.shards[c.shard]
	s.mu.Lock()
	s.conns[c] = struct{}{}
	s.mu.Unlock()
}

func (f *fanout) remove(c *conn) {
	s := &f.shards[c.shard]
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
}

// deliver is the broker callback: it runs once per message, in seq order,
// and only queues the message for run.
func (f *fanout) deliver(m Message) { f.enqueue(queued{msg: m}) }

// direct queues a direct message for c behind the events before it.
func (f *fanout) direct(c *conn, frame []byte) { f.enqueue(queued{to: c, frame: frame}) }

func (f *fanout) enqueue(q queued) {
	f.mu.Lock()
	f.pending = append(f.pending, q)
	start := !f.running
	f.running = true
	f.mu.Unlock()
	if start {
		go f.run()
	}
}

// run hands pending messages to the connections, in order, until there
// are none; at most one run goroutine exists per fan-out. Consecutive
// events go out together, up to maxBatch.
func (f *fanout) run() {
	var batch []Message
	for {
		f.mu.Lock()
		if len(f.pending) == 0 {
			f.pending = nil
			f.running = false
			f.mu.Unlock()
			return
		}
		if q := f.pending[0]; q.to != nil {
			f.pending[0] = queued{}
			f.pending = f.pending[1:]
			f.mu.Unlock()
			if _, claimed := q.to.push(outMsg{frame: q.frame}); claimed {
				q.to.flush()
			}
			continue
		}
		batch = batch[:0]
		for _, q := range f.pending {
			if q.to != nil || len(batch) == f.maxBatch {
				break
			}
			batch = append(batch, q.msg)
		}
		clear(f.pending[:len(batch)])
		f.pending = f.pending[len(batch):]
		f.mu.Unlock()
		f.dispatch(batch)
	}
}

// dispatch encodes msgs once and hands them to every connection, each
// shard on its own goroutine, and returns when all are done.
func (f *fanout) dispatch(msgs []Message) {
	out := make([]outMsg, 0, len(msgs))
	for _, m := range msgs {
		b, err := encodeEvent(m)
		if err != nil {
			// Unreachable for data that went through Hub.Publish.
			// Connections will see a gap at the next message and resume.
			continue
		}
		out = append(out, outMsg{seq: m.Seq, frame: appendFrame(nil, opText, b)})
	}
	var wg sync.WaitGroup
	for i := 1; i < len(f.shards); i++ {
		wg.Go(func() { f.shards[i].send(out, f.delivered) })
	}
	f.shards[0].send(out, f.delivered)
	wg.Wait()
}

// send queues msgs on every connection of the shard under the shard's
// lock, then writes to those nobody was writing to, outside it. It adds
// what it queued to delivered once, with one atomic add.
func (s *shard) send(msgs []outMsg, delivered prometheus.Counter) {
	queued := 0
	s.mu.Lock()
	for c := range s.conns {
		ok, claimed := c.push(msgs...)
		if ok {
			queued++
		} else {
			delete(s.conns, c)
		}
		if claimed {
			s.ready = append(s.ready, c)
		}
	}
	s.mu.Unlock()
	if queued > 0 {
		delivered.Add(float64(queued * len(msgs)))
	}
	for i, c := range s.ready {
		c.flush()
		s.ready[i] = nil
	}
	s.ready = s.ready[:0]
}

// encodeEvent returns the event envelope of m.
func encodeEvent(m Message) ([]byte, error) {
	return json.Marshal(content.Envelope{
		Type: content.TypeEvent, Stream: m.Stream, Epoch: m.Epoch, Seq: m.Seq, Data: m.Data,
	})
}
