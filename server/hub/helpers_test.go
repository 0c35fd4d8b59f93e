package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// waitFor polls fn until it holds or timeout passes.
func waitFor(t testing.TB, timeout time.Duration, fn func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !fn() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %v", timeout)
		}
		time.Sleep(2 * time.Millisecond) // poll interval, not synchronisation
	}
}

type envOpts struct {
	pipe    bool // an in-memory network (pipeNet), for tests in a synctest bubble
	history int
	auth    Authenticator
	snap    SnapshotFunc
	quiet   bool                            // discard logs (benchmarks)
	sndbuf  int                             // if set, the server's socket send buffer, so a screen that does not read fills it fast
	wrap    func(net.Listener) net.Listener // if set, wraps the server's listener
}

// env is a hub over a MemoryBroker behind a real HTTP server.
type env struct {
	hub    *Hub
	broker *MemoryBroker
	srv    *httptest.Server
	url    string
	dialer *websocket.Dialer
}

func emptySnapshot(context.Context, string) (json.RawMessage, error) {
	return json.RawMessage(`{"promotions":[]}`), nil
}

func newEnv(t testing.TB, cfg Config, o envOpts) *env {
	t.Helper()
	if o.snap == nil {
		o.snap = emptySnapshot
	}
	log := slog.New(slog.DiscardHandler)
	if !o.quiet {
		log = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	b := NewMemoryBroker(o.history)
	h := New(cfg, b, o.snap, o.auth, log)
	srv := httptest.NewUnstartedServer(h)
	dialer := websocket.DefaultDialer
	if o.pipe {
		pn := newPipeNet()
		srv.Listener.Close()
		srv.Listener = pn
		dialer = &websocket.Dialer{NetDialContext: pn.DialContext}
	}
	if o.sndbuf > 0 {
		srv.Listener = sndbufListener{srv.Listener, o.sndbuf}
	}
	if o.wrap != nil {
		srv.Listener = o.wrap(srv.Listener)
	}
	srv.Start()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := h.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
		srv.Close()
	})
	return &env{hub: h, broker: b, srv: srv, url: "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws", dialer: dialer}
}

type sndbufListener struct {
	net.Listener
	size int
}

func (l sndbufListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(l.size)
	}
	return c, err
}

func (e *env) dialRaw(t testing.TB, hdr http.Header) *websocket.Conn {
	t.Helper()
	ws, resp, err := e.dialer.Dial(e.url, hdr)
	if err != nil {
		t.Fatalf("Dial: %v (response %v)", err, resp)
	}
	t.Cleanup(func() { ws.Close() })
	return ws
}

func helloFrame(t testing.TB, h content.Hello) []byte {
	t.Helper()
	data, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(content.Envelope{Type: content.TypeHello, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func kiosk() content.Hello { return content.Hello{Kind: content.KindKiosk} }

// client is a screen that reads every frame into a channel.
type client struct {
	ws     *websocket.Conn
	frames chan content.Envelope
	done   chan struct{}
	err    error // the read error that ended it; valid once done is closed

	heartbeats atomic.Int32 // {"type":"ping"} frames, counted and not queued
}

func (e *env) dial(t testing.TB, h content.Hello) *client {
	t.Helper()
	c, err := e.tryDial(t, h)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// tryDial is dial for goroutines other than the test's.
func (e *env) tryDial(t testing.TB, h content.Hello) (*client, error) {
	ws, _, err := e.dialer.Dial(e.url, nil)
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	t.Cleanup(func() { ws.Close() })
	data, _ := json.Marshal(h)
	hello, _ := json.Marshal(content.Envelope{Type: content.TypeHello, Data: data})
	if err := ws.WriteMessage(websocket.TextMessage, hello); err != nil {
		return nil, fmt.Errorf("write hello: %w", err)
	}
	c := &client{ws: ws, frames: make(chan content.Envelope, 4096), done: make(chan struct{})}
	go c.read()
	return c, nil
}

func (c *client) read() {
	defer close(c.done)
	for {
		_, b, err := c.ws.ReadMessage()
		if err != nil {
			c.err = err
			return
		}
		var env content.Envelope
		if err := json.Unmarshal(b, &env); err != nil {
			c.err = fmt.Errorf("bad frame %q: %w", b, err)
			return
		}
		if env.Type == content.TypePing {
			c.heartbeats.Add(1)
			continue
		}
		c.frames <- env
	}
}

// next returns the next frame or fails the test.
func (c *client) next(t testing.TB) content.Envelope {
	t.Helper()
	select {
	case env := <-c.frames:
		return env
	case <-c.done:
		select {
		case env := <-c.frames:
			return env
		default:
		}
		t.Fatalf("connection ended: %v", c.err)
	case <-time.After(5 * time.Second):
		t.Fatal("no frame within 5s")
	}
	panic("unreachable")
}

func (c *client) expectSnapshot(t testing.TB, epoch string, seq uint64) content.Envelope {
	t.Helper()
	env := c.next(t)
	if env.Type != content.TypeSnapshot || env.Seq != seq || (epoch != "" && env.Epoch != epoch) {
		t.Fatalf("got %s epoch %q seq %d; want snapshot epoch %q seq %d", env.Type, env.Epoch, env.Seq, epoch, seq)
	}
	return env
}

// expectEvents reads events from..to in order, checking their data.
func (c *client) expectResumed(t testing.TB, epoch string, seq uint64) {
	t.Helper()
	env := c.next(t)
	if env.Type != content.TypeResumed || env.Epoch != epoch || env.Seq != seq {
		t.Fatalf("got %s %s/%d; want resumed %s/%d", env.Type, env.Epoch, env.Seq, epoch, seq)
	}
}

func (c *client) expectEvents(t testing.TB, from, to uint64) {
	t.Helper()
	for seq := from; seq <= to; seq++ {
		env := c.next(t)
		if env.Type != content.TypeEvent || env.Seq != seq {
			t.Fatalf("got %s seq %d; want event seq %d", env.Type, env.Seq, seq)
		}
		if want := eventData(seq); string(env.Data) != string(want) {
			t.Fatalf("event %d data = %s; want %s", seq, env.Data, want)
		}
	}
}

// closeCode waits for the connection to end and returns the close code it
// got from the server: 1006 (websocket.CloseAbnormalClosure) if it was cut
// without a close frame, -1 for other errors (reset, timeout).
func (c *client) closeCode(t testing.TB) int {
	t.Helper()
	select {
	case <-c.done:
	case <-time.After(5 * time.Second):
		t.Fatal("connection still open after 5s")
	}
	return closeCodeOf(c.err)
}

func closeCodeOf(err error) int {
	if ce, ok := errors.AsType[*websocket.CloseError](err); ok {
		return ce.Code
	}
	return -1
}

// readCloseCode reads a raw connection until it ends and returns the code.
func readCloseCode(t testing.TB, ws *websocket.Conn) int {
	t.Helper()
	ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		if _, _, err := ws.ReadMessage(); err != nil {
			return closeCodeOf(err)
		}
	}
}

func eventData(seq uint64) json.RawMessage {
	return json.RawMessage(fmt.Sprintf(`{"op":"promotion.delete","id":"p%d"}`, seq))
}

func (e *env) publish(t testing.TB, from, to uint64) {
	t.Helper()
	for seq := from; seq <= to; seq++ {
		got, err := e.hub.Publish(context.Background(), content.StreamStore, eventData(seq))
		if err != nil || got != seq {
			t.Fatalf("Publish = %d, %v; want %d", got, err, seq)
		}
	}
}
