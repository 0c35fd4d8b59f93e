package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"storecast/app/content"
)

// Close reasons the hub sends; each fits the 123-byte limit.
const (
	reasonShutdown = "server shutting down"
	reasonTooSlow  = "too slow: reconnect and resume"
	reasonGap      = "gap in stream: reconnect and resume"
	reasonNoHello  = "no hello in time"
	reasonReEnrol  = "device not recognised: enrol again"
	reasonNoState  = "snapshot unavailable: retry later"
)

// ServeHTTP upgrades a screen's request to the live feed (mounted at /ws).
func (h *Hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !h.originAllowed(r) {
		h.log.Warn("hub: refused websocket from foreign origin",
			slog.String("origin", r.Header.Get("Origin")),
			slog.String("host", r.Host),
			slog.String("remote", r.RemoteAddr))
		http.Error(w, "storecast: this page's origin may not open the live feed", http.StatusForbidden)
		return
	}
	if !h.enter() {
		http.Error(w, "storecast: server shutting down, retry later", http.StatusServiceUnavailable)
		return
	}
	ws, err := h.upgrader.Upgrade(w, r, nil)
	if err != nil {
		h.wg.Done()
		// Upgrade has already answered with an HTTP error.
		h.log.Debug("hub: upgrade failed", slog.String("remote", r.RemoteAddr), slog.Any("err", err))
		return
	}
	h.trim.note()
	h.cfg.Metrics.connects.Inc()
	// The request's context ends with this call: the connection gets its own.
	ctx, cancel := context.WithCancel(context.Background())
	c := newConn(h, ws, cancel, r.RemoteAddr)
	h.register(c)
	if !c.handshake(ctx) {
		c.drain() // still the writer: send the close frame
		c.end(ctx)
		return
	}
	c.flush() // events queued meanwhile; then the writer role is free
	// The handshake ran here, on a stack net/http has already grown; the
	// reader starts on a small fresh one and this goroutine ends, with
	// net/http's request state and 4 KB read buffer. That and having no
	// idle writer goroutine halve an idle connection's memory.
	go func() {
		c.readFrames()
		c.end(ctx)
	}()
}

// handshake reads the hello, authenticates, joins the stream's fan-out and
// sends the snapshot or the missed events; it holds the writer role
// throughout. It reports false if c is closing.
func (c *conn) handshake(ctx context.Context) bool {
	h := c.hub
	result := resultFailed
	var start time.Time // the hello's arrival: the screen's delay before it is not ours
	defer func() { h.cfg.Metrics.handshaken(result, start) }()
	hello, ok := c.readHello()
	if !ok {
		return false
	}
	start = time.Now()
	screen, err := h.authenticate(WithRemote(ctx, c.remote), hello)
	if err != nil {
		result = resultRefused
		h.log.Info("hub: screen refused", slog.String("remote", c.remote),
			slog.String("kind", hello.Kind), slog.Any("err", err))
		c.close(content.CloseReEnrol, reasonReEnrol)
		return false
	}
	c.setIdentity(screen, hello.App)
	if screen.Welcome != nil && !c.writeEnvelope(*screen.Welcome) {
		if screen.Unsent != nil {
			screen.Unsent()
		}
		return false
	}
	if screen.Parked {
		result = resultParked
		c.pinger.Reset(h.pingDelay())
		h.connLog.parkedScreen()
		h.log.Debug("hub: screen parked (pairing or enrolling)", slog.String("screen", screen.ID),
			slog.String("kind", screen.Kind), slog.String("remote", c.remote))
		return true
	}
	// Join before looking at history (subscribe first): every message
	// published after Head/Since reaches the queue; duplicates are dropped
	// by seq in the writer.
	f := h.join(screen.Stream, c)
	c.mu.Lock()
	c.fan = f // Send reads it
	c.mu.Unlock()
	if f == nil {
		c.close(content.CloseBackOff, reasonShutdown)
		return false
	}
	p, err := h.plan(ctx, screen.Stream, hello)
	if err != nil {
		if ctx.Err() == nil { // not just closing
			h.log.Error("hub: cannot start screen", slog.String("screen", screen.ID), slog.Any("err", err))
		}
		c.close(content.CloseBackOff, reasonNoState)
		return false
	}
	if !c.writePlan(p) {
		return false
	}
	c.pinger.Reset(h.pingDelay())
	c.joined = true
	if result = resultSnapshot; p.resumed {
		result = resultReplay
	}
	h.connLog.joined(p.resumed)
	h.log.Debug("hub: screen connected", slog.String("screen", screen.ID),
		slog.String("kind", screen.Kind), slog.String("stream", screen.Stream),
		slog.String("remote", c.remote), slog.Bool("resumed", p.resumed), slog.Uint64("seq", p.seq))
	return true
}

func (h *Hub) authenticate(ctx context.Context, hello content.Hello) (Screen, error) {
	if h.auth == nil {
		return Screen{Kind: hello.Kind, Stream: content.StreamStore}, nil
	}
	s, err := h.auth(ctx, hello)
	if err != nil {
		return Screen{}, err
	}
	if s.Stream == "" {
		s.Stream = content.StreamStore
	}
	return s, nil
}

// plan is what a connection's writer sends before live events: the missed
// events when the screen can resume, otherwise a snapshot at (epoch, seq).
type plan struct {
	stream, epoch string
	resumed       bool
	seq           uint64    // the screen's seq when resumed, the snapshot's otherwise
	replay        []Message // when resumed
	snapshot      json.RawMessage
}

func (h *Hub) plan(ctx context.Context, stream string, hello content.Hello) (plan, error) {
	if hello.Epoch != "" {
		if msgs, ok := h.broker.Since(stream, hello.Epoch, hello.Seq); ok {
			return plan{stream: stream, epoch: hello.Epoch, resumed: true, seq: hello.Seq, replay: msgs}, nil
		}
	}
	epoch, seq := h.broker.Head(stream)
	data, err := h.snapshots.get(ctx, stream, epoch, seq)
	if err != nil {
		return plan{}, fmt.Errorf("hub: snapshot %q: %w", stream, err)
	}
	return plan{stream: stream, epoch: epoch, seq: seq, snapshot: data}, nil
}
