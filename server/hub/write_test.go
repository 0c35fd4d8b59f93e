package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// A screen whose writes are held up (here: a connection whose Write blocks
// until the test lets it go) delays neither Publish nor the other screens,
// and gets every event, in order, once it is let go.
func TestPublishDoesNotWaitForScreens(t *testing.T) {
	const events = 50
	gate := &writeGate{open: make(chan struct{})}
	e := newEnv(t, Config{}, envOpts{wrap: func(l net.Listener) net.Listener { return gatedListener{l, gate} }})
	held := e.dial(t, kiosk())
	held.expectSnapshot(t, "", 0)
	free := make([]*client, runtime.GOMAXPROCS(0)+1) // one at least shares the held screen's shard
	for i := range free {
		free[i] = e.dial(t, kiosk())
		free[i].expectSnapshot(t, "", 0)
	}
	gate.hold(held) // from now on, writes to the first screen block

	done := make(chan struct{})
	go func() {
		defer close(done)
		for seq := uint64(1); seq <= events; seq++ {
			if _, err := e.hub.Publish(context.Background(), content.StreamStore, eventData(seq)); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second): // a liveness bound, not a timing check
		t.Fatal("Publish is waiting for a screen whose writes are blocked")
	}
	for _, c := range free {
		c.expectEvents(t, 1, events)
	}
	close(gate.open)
	held.expectEvents(t, 1, events)
}

// Screens spread over every fan-out shard, events from several publishers
// at once and direct messages amid them: each screen gets every event
// once, in seq order, and no direct message overtakes an event published
// before it was sent.
func TestOrderPerConnectionWithConcurrentPublishers(t *testing.T) {
	const screens, publishers, each = 24, 4, 100
	const events = publishers * each
	auth := func(_ context.Context, h content.Hello) (Screen, error) {
		return Screen{ID: h.Token, Kind: h.Kind, Stream: content.StreamStore}, nil
	}
	e := newEnv(t, Config{QueueSize: 2 * events}, envOpts{auth: auth, history: 2 * events})
	cs := make([]*client, screens)
	for i := range cs {
		h := kiosk()
		h.Token = fmt.Sprintf("s%d", i%4) // four screens share each id
		cs[i] = e.dial(t, h)
		cs[i].expectSnapshot(t, "", 0)
	}
	var wg sync.WaitGroup
	for range publishers {
		wg.Go(func() {
			for range each {
				if _, err := e.hub.Publish(context.Background(), content.StreamStore, eventData(0)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Go(func() { // a command names the head seq when it was sent
		for i := range 100 {
			_, head := e.broker.Head(content.StreamStore)
			cmd := content.NewEnvelope(content.TypeCommand, content.Command{Name: content.CommandIdentify, Text: strconv.FormatUint(head, 10)})
			if e.hub.Send(fmt.Sprintf("s%d", i%4), cmd) == 0 {
				t.Error("Send reached no screen")
			}
			runtime.Gosched() // let the publishers in between
		}
	})
	wg.Wait()
	e.hub.Send("s0", content.NewEnvelope(content.TypeCommand, content.Command{Name: content.CommandIdentify, Text: "end"}))
	for i, c := range cs {
		last := uint64(0)
		for {
			env := c.next(t)
			if env.Type == content.TypeEvent {
				if env.Seq != last+1 {
					t.Fatalf("screen %d: event %d after %d", i, env.Seq, last)
				}
				last = env.Seq
				if i%4 != 0 && last == events {
					break
				}
				continue
			}
			var cmd content.Command
			if env.Type != content.TypeCommand || json.Unmarshal(env.Data, &cmd) != nil {
				t.Fatalf("screen %d: got %s %s", i, env.Type, env.Data)
			}
			if cmd.Text == "end" {
				break
			}
			if head, _ := strconv.ParseUint(cmd.Text, 10, 64); head > last {
				t.Fatalf("screen %d: command sent at seq %d came after event %d", i, head, last)
			}
		}
		if last != events {
			t.Fatalf("screen %d got events up to %d; want %d", i, last, events)
		}
	}
}

// A screen that reads far slower than events come, on sockets with tiny
// buffers, makes the hub's writes stop part-way through frames again and
// again; with the screen's own pings answered in between, every frame
// still arrives whole and in order.
func TestPartialWritesKeepFramesWhole(t *testing.T) {
	const events = 200
	e := newEnv(t, Config{QueueSize: 2 * events}, envOpts{sndbuf: 4 << 10})
	ws := dialSmallRcvbuf(t, e)
	var pongs atomic.Int32
	ws.SetPongHandler(func(string) error { pongs.Add(1); return nil })
	if err := ws.WriteMessage(websocket.TextMessage, helloFrame(t, kiosk())); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err != nil { // snapshot
		t.Fatal(err)
	}
	big := func(seq uint64) json.RawMessage {
		return json.RawMessage(fmt.Sprintf(`{"op":"promotion.delete","id":"%d-%s"}`, seq, strings.Repeat("x", 7000+int(seq))))
	}
	for seq := uint64(1); seq <= events; seq++ {
		if _, err := e.hub.Publish(context.Background(), content.StreamStore, big(seq)); err != nil {
			t.Fatal(err)
		}
		if seq%10 == 0 { // pings from the screen, answered amid the events
			if err := ws.WriteControl(websocket.PingMessage, []byte(strconv.FormatUint(seq, 10)), time.Now().Add(5*time.Second)); err != nil {
				t.Fatal(err)
			}
		}
	}
	ws.SetReadDeadline(time.Now().Add(20 * time.Second))
	for seq := uint64(1); seq <= events; seq++ {
		_, b, err := ws.ReadMessage()
		if err != nil {
			t.Fatalf("reading event %d: %v", seq, err)
		}
		var env content.Envelope
		if err := json.Unmarshal(b, &env); err != nil || env.Seq != seq || string(env.Data) != string(big(seq)) {
			t.Fatalf("frame %d: seq %d, %d bytes, err %v; want event %d whole", seq, env.Seq, len(b), err, seq)
		}
	}
	if pongs.Load() == 0 {
		t.Error("no pong amid the events; want the screen's pings answered")
	}
}

// A writer stuck on a screen that stopped reading gives up after the close
// grace, not the write timeout, so Shutdown is not held up by it.
func TestShutdownIsNotHeldByAStuckWriter(t *testing.T) {
	e := newEnv(t, Config{QueueSize: 1000, WriteTimeout: time.Minute}, envOpts{sndbuf: 4 << 10})
	ws := dialSmallRcvbuf(t, e)
	ws.WriteMessage(websocket.TextMessage, helloFrame(t, kiosk()))
	if _, _, err := ws.ReadMessage(); err != nil { // snapshot, then it reads no more
		t.Fatal(err)
	}
	big := json.RawMessage(`{"op":"promotion.delete","id":"` + strings.Repeat("x", 8<<10) + `"}`)
	for range 100 { // 800 KB: far more than both socket buffers hold
		if _, err := e.hub.Publish(context.Background(), content.StreamStore, big); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // well under WriteTimeout
	defer cancel()
	if err := e.hub.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v; want it done once the stuck writer's close grace is over", err)
	}
}

// dialSmallRcvbuf dials with a receive buffer of a few KB, so a screen
// that does not read backs the server's writes up fast.
func dialSmallRcvbuf(t *testing.T, e *env) *websocket.Conn {
	t.Helper()
	nd := &net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
		return rc.Control(func(fd uintptr) {
			syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4<<10)
		})
	}}
	d := websocket.Dialer{NetDialContext: nd.DialContext}
	ws, _, err := d.Dial(e.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return ws
}

// writeGate blocks writes to one held screen's server-side connection
// until open is closed. The hub finds no socket under a gatedConn, so it
// writes to it the way it writes to any connection whose socket is full.
type writeGate struct {
	open chan struct{}
	mu   sync.Mutex
	held string // the held screen's address as the server sees it
}

// hold makes writes to c's server side block.
func (g *writeGate) hold(c *client) {
	g.mu.Lock()
	g.held = c.ws.LocalAddr().String()
	g.mu.Unlock()
}

func (g *writeGate) wait(remote string) {
	g.mu.Lock()
	held := g.held == remote
	g.mu.Unlock()
	if held {
		<-g.open
	}
}

type gatedListener struct {
	net.Listener
	gate *writeGate
}

func (l gatedListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return gatedConn{c, l.gate}, nil
}

// gatedConn hides the socket (it is not a syscall.Conn) and blocks writes
// while its screen is held.
type gatedConn struct {
	net.Conn
	gate *writeGate
}

func (c gatedConn) Write(b []byte) (int, error) {
	c.gate.wait(c.RemoteAddr().String())
	return c.Conn.Write(b)
}
