package hub

import (
	"encoding/json"
	"log/slog"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// heartbeat is the {"type":"ping"} frame, encoded once for every screen.
var heartbeat = func() *websocket.PreparedMessage {
	pm, err := websocket.NewPreparedMessage(websocket.TextMessage, []byte(`{"type":"`+content.TypePing+`"}`))
	if err != nil {
		panic(err)
	}
	return pm
}()

// closeGrace bounds the close handshake: writing our close frame, then
// waiting for the screen's reply.
const closeGrace = time.Second

// Writing is a role, not a goroutine: whoever sets conn.writing (under
// conn.mu) is the only one that may write data frames until it clears it.
// The handshake holds it first; afterwards push, close and pingNow start a
// flush when there is work and nobody holds it, and flush gives it back
// when the queue is empty. The last holder, once the connection is closed,
// sends the close frame and keeps the role forever.

// push queues m for the screen, starting a writer if none is running. It
// reports false if the connection is closed, or now closed because its
// queue was full: a screen that cannot keep up must resume, not slow others.
func (c *conn) push(m outMsg) bool {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	ok := len(c.items) < c.max
	if ok {
		c.items = append(c.items, m)
	} else {
		c.closeLocked(content.CloseResume, reasonTooSlow)
	}
	start := c.claimWriter()
	c.mu.Unlock()
	if start {
		go c.flush()
	}
	return ok
}

// claimWriter takes the writer role if it is free. Call with c.mu held.
func (c *conn) claimWriter() bool {
	if c.writing {
		return false
	}
	c.writing = true
	return true
}

// handOver ends the handshake's hold on the writer role.
func (c *conn) handOver() {
	c.mu.Lock()
	idle := len(c.items) == 0 && !c.pingDue && !c.closed
	if idle {
		c.writing = false
	}
	c.mu.Unlock()
	if !idle {
		go c.flush()
	}
}

// pingNow runs on the ping timer's own goroutine.
func (c *conn) pingNow() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.pingDue = true
	start := c.claimWriter()
	c.mu.Unlock()
	if start {
		c.flush()
	}
}

// flush writes while there is work, then gives the writer role back. Its
// caller must hold the role.
func (c *conn) flush() {
	var batch []outMsg
	for {
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			c.finishWrites()
			return
		}
		batch, c.items = c.items, batch[:0]
		ping := c.pingDue
		c.pingDue = false
		if len(batch) == 0 && !ping {
			c.writing = false
			if cap(c.items) > 64 {
				c.items = nil // a burst is over: give the memory back
			}
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		if ping {
			// A control ping for the TCP path, and a data frame because
			// browsers never show pages the control one.
			if err := c.ws.WriteControl(websocket.PingMessage, nil, c.writeDeadline()); err != nil {
				c.close(0, "")
				continue
			}
			c.ws.SetWriteDeadline(c.writeDeadline())
			if err := c.ws.WritePreparedMessage(heartbeat); err != nil {
				c.close(0, "")
				continue
			}
			c.pinger.Reset(c.hub.pingDelay())
		}
		c.writeBatch(batch)
		clear(batch) // drop the frames; they may be large
	}
}

// writeBatch writes queued events the screen does not hold yet, in order.
func (c *conn) writeBatch(batch []outMsg) {
	for _, m := range batch {
		select {
		case <-c.done:
			return
		default:
		}
		if m.seq == 0 { // a direct message: not part of the stream
			c.ws.SetWriteDeadline(c.writeDeadline())
			if err := c.ws.WritePreparedMessage(m.pm); err != nil {
				c.close(0, "")
				return
			}
			continue
		}
		if m.seq <= c.last {
			continue // already in the snapshot or the replay
		}
		if m.seq != c.last+1 {
			c.hub.log.Error("hub: gap in stream", slog.String("stream", c.screen.Stream),
				slog.Uint64("after", c.last), slog.Uint64("seq", m.seq))
			c.close(content.CloseResume, reasonGap)
			return
		}
		c.ws.SetWriteDeadline(c.writeDeadline())
		if err := c.ws.WritePreparedMessage(m.pm); err != nil {
			c.close(0, "")
			return
		}
		c.last = m.seq
	}
}

// writePlan sends the snapshot or the missed events and records the last
// seq the screen then holds.
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
		return c.write(b)
	}
	c.last = p.seq
	for _, m := range p.replay {
		b, err := encodeEvent(m)
		if err != nil {
			c.hub.log.Error("hub: encode event", slog.String("stream", p.stream), slog.Any("err", err))
			c.close(content.CloseBackOff, reasonNoState)
			return false
		}
		if !c.write(b) {
			return false
		}
		c.last = m.Seq
	}
	// Tell the screen the replay is over, even when nothing was missed:
	// only then does it know it is current.
	b, _ := json.Marshal(content.Envelope{Type: content.TypeResumed, Stream: p.stream, Epoch: p.epoch, Seq: c.last})
	return c.write(b)
}

func (c *conn) writeEnvelope(e content.Envelope) bool {
	b, err := json.Marshal(e)
	if err != nil {
		c.close(content.CloseBackOff, reasonNoState)
		return false
	}
	return c.write(b)
}

func (c *conn) write(b []byte) bool {
	select {
	case <-c.done:
		return false
	default:
	}
	c.ws.SetWriteDeadline(c.writeDeadline())
	if err := c.ws.WriteMessage(websocket.TextMessage, b); err != nil {
		c.close(0, "")
		return false
	}
	return true
}

func (c *conn) writeDeadline() time.Time { return time.Now().Add(c.hub.cfg.WriteTimeout) }

// finishWrites sends the close frame, if any, and gives the reader a
// deadline: closeGrace to read the screen's reply, or none if there is
// nothing to wait for. The writer role is never given back.
func (c *conn) finishWrites() {
	defer close(c.wdone)
	c.pinger.Stop()
	code, reason := c.closeInfo()
	grace := time.Now()
	if code != 0 {
		msg := websocket.FormatCloseMessage(code, reason)
		if c.ws.WriteControl(websocket.CloseMessage, msg, grace.Add(closeGrace)) == nil {
			grace = grace.Add(closeGrace)
		}
	}
	c.mu.Lock()
	c.items = nil
	c.ws.SetReadDeadline(grace)
	c.mu.Unlock()
}
