package hub

import (
	"encoding/json"
	"log/slog"
	"time"

	"storecast/app/content"
)

// closeGrace bounds the close handshake: writing our close frame, then
// waiting for the screen's reply.
const closeGrace = time.Second

// replayChunk is how many bytes of replayed events go out per write.
const replayChunk = 64 << 10

// Writing is a role, not a goroutine: whoever sets conn.writing (under
// conn.mu) is the only one that may write to the socket until it clears
// it. The handshake holds it first; afterwards whoever queues work while
// nobody holds it — the fan-out, Send, the ping timer, the reader
// answering a ping — takes it and calls flush right away, outside any
// lock. flush writes without waiting; if the socket is full it hands the
// role to drain, on a goroutine of its own, which waits for the screen.
// The last holder, once the connection is closed, sends the close frame
// and keeps the role forever.

// push queues msgs for the screen. ok is false if the connection is
// closed, or now closed because its queue would overflow: a screen that
// cannot keep up must resume, not slow others. claimed is true if the
// caller took the writer role and must call flush.
func (c *conn) push(msgs ...outMsg) (ok, claimed bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false, false
	}
	ok = len(c.items)+len(msgs) <= c.max
	if ok {
		c.items = append(c.items, msgs...)
	} else {
		c.closeLocked(content.CloseResume, reasonTooSlow)
	}
	return ok, c.claimWriter()
}

// claimWriter takes the writer role if it is free. Call with c.mu held.
func (c *conn) claimWriter() bool {
	if c.writing {
		return false
	}
	c.writing = true
	return true
}

// pingNow runs on the ping timer's own goroutine.
func (c *conn) pingNow() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.pingDue = true
	claimed := c.claimWriter()
	c.mu.Unlock()
	if claimed {
		c.flush()
	}
}

// pong answers a ping from the screen (on the reader) through the writer
// role, so it never lands inside a frame the socket took only part of.
func (c *conn) pong(data string) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.pongData = []byte(data) // only the latest ping needs an answer
	claimed := c.claimWriter()
	c.mu.Unlock()
	if claimed {
		c.flush()
	}
}

// flush writes what is due as long as the socket takes it at once, then
// gives the writer role back. When the socket is full, or the connection
// is closing, it passes the role to drain on a new goroutine: whoever
// called flush never waits for a screen. The caller must hold the role.
func (c *conn) flush() {
	for {
		buf, closed := c.take()
		if closed {
			go c.drain()
			return
		}
		if buf == nil {
			return // nothing due: the role is free again
		}
		b := *buf
		if n := c.writeNow(b); n < len(b) {
			c.pending = append([]byte(nil), b[n:]...)
			putBuf(buf)
			go c.drain()
			return
		}
		putBuf(buf)
	}
}

// drain is flush for a screen whose socket is full, on its own goroutine:
// it writes c.pending, the rest of a write that flush began, and whatever
// comes due meanwhile, waiting for the screen each time, until nothing is
// due. It finishes a closed connection. The caller must hold the role.
func (c *conn) drain() {
	for {
		b, buf := c.pending, (*[]byte)(nil)
		c.pending = nil
		if b == nil {
			var closed bool
			if buf, closed = c.take(); closed {
				break
			}
			if buf == nil {
				return
			}
			b = *buf
		}
		err := c.writeBlocking(b)
		putBuf(buf)
		if err != nil {
			c.torn = true // maybe part of a frame went out: nothing more may follow
			c.close(0, "")
			break
		}
	}
	c.finishWrites()
}

// take collects what is due into one buffer of whole frames: a pong, a
// ping, then the queued events the screen does not hold yet, in order.
// With nothing due it gives the writer role back and returns nil. closed
// reports that the connection is closing; the caller keeps the role to
// finish it (see drain).
func (c *conn) take() (buf *[]byte, closed bool) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil, true
	}
	if len(c.items) == 0 && !c.pingDue && c.pongData == nil {
		c.writing = false
		if cap(c.items) > 64 {
			c.items = nil // a burst is over: give the memory back
		}
		c.mu.Unlock()
		return nil, false
	}
	buf = getBuf()
	b := *buf
	if c.pongData != nil {
		b = appendFrame(b, opPong, c.pongData)
		c.pongData = nil
	}
	if c.pingDue {
		b = append(b, pingFrames...)
		c.pingDue = false
		c.pinger.Reset(c.hub.pingDelay())
	}
	var gap uint64
	for _, m := range c.items {
		if m.seq == 0 { // a direct message: not part of the stream
			b = append(b, m.frame...)
			continue
		}
		if m.seq <= c.last {
			continue // already in the snapshot or the replay
		}
		if m.seq != c.last+1 {
			gap = m.seq
			break
		}
		b = append(b, m.frame...)
		c.last = m.seq
	}
	clear(c.items) // drop the frames; they may be large
	c.items = c.items[:0]
	*buf = b
	if gap != 0 {
		c.closeLocked(content.CloseResume, reasonGap)
		last := c.last
		c.mu.Unlock()
		putBuf(buf)
		c.hub.log.Error("hub: gap in stream", slog.String("stream", c.screen.Stream),
			slog.Uint64("after", last), slog.Uint64("seq", gap))
		return nil, true
	}
	c.mu.Unlock()
	return buf, false
}

// writePlan sends the snapshot or the missed events and records the last
// seq the screen then holds. A replay goes out in few large writes.
func (c *conn) writePlan(p plan) bool {
	if !p.resumed {
		b, err := json.Marshal(content.Envelope{
			Type: content.TypeSnapshot, Stream: p.stream, Epoch: p.epoch, Seq: p.seq, Data: p.snapshot,
		})
		if err != nil {
			c.hub.log.Error("hub: encode snapshot", slog.String("stream", p.stream), slog.Any("err", err))
			c.close(content.CloseBackOff, reasonNoState)
			return false
		}
		c.last = p.seq
		return c.write(appendFrame(nil, opText, b))
	}
	c.last = p.seq
	var frames []byte
	for _, m := range p.replay {
		b, err := encodeEvent(m)
		if err != nil {
			c.hub.log.Error("hub: encode event", slog.String("stream", p.stream), slog.Any("err", err))
			c.close(content.CloseBackOff, reasonNoState)
			return false
		}
		frames = appendFrame(frames, opText, b)
		c.last = m.Seq
		if len(frames) >= replayChunk {
			if !c.write(frames) {
				return false
			}
			frames = frames[:0]
		}
	}
	// Tell the screen the replay is over, even when nothing was missed:
	// only then does it know it is current.
	b, _ := json.Marshal(content.Envelope{Type: content.TypeResumed, Stream: p.stream, Epoch: p.epoch, Seq: c.last})
	return c.write(appendFrame(frames, opText, b))
}

func (c *conn) writeEnvelope(e content.Envelope) bool {
	b, err := json.Marshal(e)
	if err != nil {
		c.close(content.CloseBackOff, reasonNoState)
		return false
	}
	return c.write(appendFrame(nil, opText, b))
}

// write sends whole frames for the handshake, which holds the writer role.
func (c *conn) write(frames []byte) bool {
	select {
	case <-c.done:
		return false
	default:
	}
	if err := c.writeBlocking(frames); err != nil {
		c.torn = true
		c.close(0, "")
		return false
	}
	return true
}

// finishWrites sends the close frame, if any and if the stream is whole,
// and gives the reader a deadline: closeGrace to read the screen's reply,
// or none if there is nothing to wait for. The writer role is never given
// back.
func (c *conn) finishWrites() {
	defer close(c.wdone)
	c.pinger.Stop()
	grace := time.Now()
	if frame := c.closeFrame(); frame != nil && !c.torn {
		nc := c.ws.NetConn()
		nc.SetWriteDeadline(grace.Add(closeGrace))
		if _, err := nc.Write(frame); err == nil {
			grace = grace.Add(closeGrace)
		}
	}
	c.mu.Lock()
	c.items = nil
	c.ws.SetReadDeadline(grace)
	c.mu.Unlock()
}
