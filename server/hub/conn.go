package hub

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"net"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// conn is one screen's WebSocket. One goroutine reads for its whole life;
// writing is a role, held by at most one goroutine at a time (see
// conn_write.go), so an idle connection has no writer goroutine at all.
type conn struct {
	hub    *Hub
	ws     *websocket.Conn
	raw    syscall.RawConn    // the socket, for writes that never wait; nil if not a socket
	cancel context.CancelFunc // cancels the handshake's context on close
	remote string
	max    int           // outbound queue bound
	pinger *time.Timer   // fires pingNow; armed after the handshake
	done   chan struct{} // closed by close: stop writing, say goodbye
	wdone  chan struct{} // closed once the close frame is out (or given up)

	// Set by the handshake before it hands the writer role over; screen,
	// app and fan also under mu, since Send and Connections read them.
	screen Screen
	app    string
	since  time.Time
	status content.Status
	fan    *fanout
	shard  int  // fan.shards[shard] holds this connection
	joined bool // the handshake ended with the screen following its stream

	// Only the writer role's holder touches these.
	last    uint64 // the last seq the screen holds
	pending []byte // the rest of a write the socket took only part of
	torn    bool   // a write failed, maybe mid-frame: no close frame may follow

	mu        sync.Mutex // guards everything below and read-deadline changes
	items     []outMsg   // queued events, at most max
	writing   bool       // a goroutine holds the writer role
	pingDue   bool
	pongData  []byte // the answer owed to the screen's latest ping, if any
	inHello   bool   // the reader waits for the hello (and holds the writer role)
	closed    bool
	code      int // close code to send; 0: none (the peer is gone)
	reason    string
	closeSent bool // gorilla sent the close frame (code is for the log)
}

func newConn(h *Hub, ws *websocket.Conn, cancel context.CancelFunc, remote string) *conn {
	c := &conn{
		hub: h, ws: ws, cancel: cancel, remote: remote,
		max:     h.cfg.QueueSize,
		done:    make(chan struct{}),
		wdone:   make(chan struct{}),
		writing: true, // the handshake writes first
		inHello: true,
	}
	if sc, ok := ws.NetConn().(syscall.Conn); ok {
		c.raw, _ = sc.SyscallConn()
	}
	c.pinger = time.AfterFunc(time.Duration(math.MaxInt64), c.pingNow)
	ws.SetReadLimit(content.MaxFrameBytes) // gorilla closes with 1009 beyond it
	ws.SetPongHandler(func(string) error {
		c.setReadDeadline(time.Now().Add(h.readTimeout()))
		return nil
	})
	// gorilla's own handlers would write from the reader; these go through
	// the writer role instead (see frame.go).
	ws.SetPingHandler(func(data string) error {
		c.setReadDeadline(time.Now().Add(h.readTimeout()))
		c.pong(data)
		return nil
	})
	ws.SetCloseHandler(func(code int, _ string) error {
		c.close(code, "") // answer with the screen's own code
		return nil
	})
	return c
}

// close asks the connection to end with code and reason. Only the first
// call counts. It never blocks, so the fan-out may call it.
func (c *conn) close(code int, reason string) { c.shut(code, reason, false) }

// shut is close; told says the screen already has the close frame (gorilla
// sends it for an oversized frame), so code and reason are for the log.
func (c *conn) shut(code int, reason string, told bool) {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closeLocked(code, reason)
	c.closeSent = told
	claimed := c.claimWriter()
	c.mu.Unlock()
	if claimed {
		go c.drain() // to send the close frame
	}
}

func (c *conn) closeLocked(code int, reason string) {
	c.closed, c.code, c.reason = true, code, truncateReason(reason)
	close(c.done)
	if c.writing {
		// A writer may be stuck on a screen that stopped reading: give it
		// the close grace, not the full write timeout, so shutdown and
		// dropping a slow screen are not held up. (Deadline setters are
		// safe to call while another goroutine writes.)
		c.ws.NetConn().SetWriteDeadline(time.Now().Add(closeGrace))
	}
	if c.cancel != nil {
		c.cancel()
	}
	if c.inHello {
		// The reader holds the writer role while it waits for the hello:
		// wake it so it can send the close frame.
		c.ws.SetReadDeadline(time.Now())
	}
}

func (c *conn) closeInfo() (int, string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.code, c.reason
}

// closeFrame returns the close frame still to send, or nil.
func (c *conn) closeFrame() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.code == 0 || c.closeSent {
		return nil
	}
	return appendFrame(nil, opClose, websocket.FormatCloseMessage(c.code, c.reason))
}

// setReadDeadline moves the read deadline unless the connection is closing,
// when the writer owns it (see finishWrites).
func (c *conn) setReadDeadline(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.ws.SetReadDeadline(t)
	}
}

// end waits for the close handshake and releases the connection. It runs
// on the reader, after the last read.
func (c *conn) end(ctx context.Context) {
	defer c.hub.wg.Done()
	defer c.hub.unregister(c)
	err := c.linger()
	c.close(0, "")
	<-c.wdone
	if c.fan != nil {
		c.fan.remove(c)
	}
	if errors.Is(err, websocket.ErrReadLimit) {
		// The rest of the oversized frame is unread; closing now would
		// reset the connection and could destroy the 1009 close frame.
		nc := c.ws.NetConn()
		nc.SetReadDeadline(time.Now().Add(closeGrace))
		io.Copy(io.Discard, nc)
	}
	c.ws.Close()

	code, reason := c.closeInfo()
	c.hub.cfg.Metrics.disconnected(code, reason)
	c.hub.connLog.gone(c.joined, reason == reasonTooSlow || reason == reasonGap)
	c.hub.log.Debug("hub: screen disconnected", slog.String("screen", c.screen.ID),
		slog.String("kind", c.screen.Kind), slog.String("remote", c.remote),
		slog.Int("code", code), slog.String("reason", reason))
}

// readHello reads the first frame, which must be a valid hello.
func (c *conn) readHello() (content.Hello, bool) {
	c.setReadDeadline(time.Now().Add(c.hub.cfg.HelloTimeout))
	typ, b, err := c.ws.ReadMessage()
	c.mu.Lock()
	c.inHello = false
	c.mu.Unlock()
	if err != nil {
		if ne, ok := errors.AsType[net.Error](err); ok && ne.Timeout() {
			c.close(content.CloseBadFrame, reasonNoHello)
		} else {
			c.closeAfterReadError(err)
		}
		return content.Hello{}, false
	}
	if typ != websocket.TextMessage {
		c.close(content.CloseBadFrame, "hello must be a text frame")
		return content.Hello{}, false
	}
	hello, err := content.DecodeHello(b)
	if err != nil {
		c.close(content.CloseBadFrame, err.Error())
		return content.Hello{}, false
	}
	c.setReadDeadline(time.Now().Add(c.hub.readTimeout()))
	return hello, true
}

// readFrames checks what the screen sends after its hello: status frames
// (content.DecodeStatus holds every rule) and control frames; anything
// else, a second hello included, breaks the protocol (docs/protocol.md).
func (c *conn) readFrames() {
	for {
		typ, b, err := c.ws.ReadMessage()
		if err != nil {
			c.closeAfterReadError(err)
			return
		}
		c.setReadDeadline(time.Now().Add(c.hub.readTimeout()))
		if typ != websocket.TextMessage {
			c.close(content.CloseBadFrame, "binary frames are not part of the protocol")
			return
		}
		st, err := content.DecodeStatus(b)
		if err != nil {
			c.close(content.CloseBadFrame, err.Error())
			return
		}
		c.mu.Lock()
		c.status = st
		screen := c.screen
		c.mu.Unlock()
		if f := c.hub.cfg.OnStatus; f != nil {
			f(screen, st)
		}
	}
}

func (c *conn) setIdentity(s Screen, app string) {
	c.mu.Lock()
	c.screen, c.app, c.since = s, app, time.Now()
	c.mu.Unlock()
}

// closeAfterReadError ends the connection after a failed read: the screen
// is gone or silent, or it sent an oversized frame, which gorilla has
// already answered with a 1009 close frame (recorded here for the log;
// a second close frame is never sent).
func (c *conn) closeAfterReadError(err error) {
	if errors.Is(err, websocket.ErrReadLimit) {
		c.shut(websocket.CloseMessageTooBig, "frame over 64 KiB", true)
		return
	}
	c.close(0, "")
}

// linger reads and discards until the screen answers our close frame or
// the writer's grace deadline passes, so the screen reliably sees why it
// was closed. It returns the read error that ended it.
func (c *conn) linger() error {
	for {
		if _, _, err := c.ws.ReadMessage(); err != nil {
			return err
		}
	}
}

// truncateReason cuts a close reason to the 123 bytes a close frame allows,
// on a rune boundary.
func truncateReason(s string) string {
	const max = 123
	if len(s) <= max {
		return s
	}
	for i := max; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i]
		}
	}
	return ""
}
