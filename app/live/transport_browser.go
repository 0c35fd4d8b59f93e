package live

import (
	"context"
	"errors"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BrowserTransport dials the live feed with the browser's own WebSocket,
// which keeps the wasm small (no Go WebSocket library in it).
type BrowserTransport struct {
	URL string // ws:// or wss:// URL of /ws
}

// FeedURL returns the /ws URL on the page's own origin.
func FeedURL() string {
	u := app.Window().URL()
	scheme := "ws"
	if u.Scheme == "https" {
		scheme = "wss"
	}
	return scheme + "://" + u.Host + "/ws"
}

// Dial opens a WebSocket, or adopts the one the page opened early (see
// early.go), and waits until it is open or has failed.
func (t BrowserTransport) Dial(ctx context.Context) (Conn, error) {
	ws, open, early, greeted, adopted := adoptEarly(t.URL)
	if !adopted {
		ws = app.Window().Get("WebSocket").New(t.URL)
	}
	c := &browserConn{
		ws:      ws,
		greeted: greeted,
		frames:  make(chan Frame),
		opened:  make(chan error, 1),
		wake:    make(chan struct{}, 1),
		done:    make(chan struct{}),
	}
	c.funcs = []app.Func{
		app.FuncOf(func(app.Value, []app.Value) any { c.opened <- nil; return nil }),
		app.FuncOf(func(_ app.Value, args []app.Value) any {
			c.push(Frame{Data: []byte(args[0].Get("data").String())})
			return nil
		}),
		app.FuncOf(func(_ app.Value, args []app.Value) any {
			ev := args[0]
			err := &CloseError{Code: ev.Get("code").Int(), Reason: ev.Get("reason").String()}
			select {
			case c.opened <- err:
			default:
			}
			c.push(Frame{Err: err})
			return nil
		}),
	}
	ws.Set("onopen", c.funcs[0])
	ws.Set("onmessage", c.funcs[1])
	ws.Set("onclose", c.funcs[2])
	// Before the handlers can run (they run only when Go yields): what the
	// early socket got comes first, and its open event has passed.
	for _, data := range early {
		c.push(Frame{Data: []byte(data)})
	}
	if open {
		c.opened <- nil
	}
	go c.pump()
	select {
	case err := <-c.opened:
		if err != nil {
			c.Close(1000, "")
			return nil, err
		}
		return c, nil
	case <-ctx.Done():
		c.Close(1001, "going away")
		return nil, ctx.Err()
	}
}

// browserConn turns the WebSocket's callbacks into a channel. JavaScript
// callbacks must never block, so frames go into an unbounded list that a
// goroutine feeds to the channel.
type browserConn struct {
	ws      app.Value
	greeted []byte // the hello already sent on ws (Greet), if any
	funcs   []app.Func
	opened  chan error
	frames  chan Frame

	wake   chan struct{} // something was pushed
	done   chan struct{} // closed by Close: nobody reads frames any more
	closer sync.Once

	mu      sync.Mutex
	pending []Frame
	ended   bool
}

func (c *browserConn) push(f Frame) {
	c.mu.Lock()
	if c.ended {
		c.mu.Unlock()
		return
	}
	c.pending = append(c.pending, f)
	if f.Err != nil {
		c.ended = true
	}
	c.mu.Unlock()
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

func (c *browserConn) pump() {
	defer c.release()
	for {
		c.mu.Lock()
		batch := c.pending
		c.pending = nil
		c.mu.Unlock()
		for _, f := range batch {
			select {
			case c.frames <- f:
			case <-c.done:
				return
			}
			if f.Err != nil {
				return
			}
		}
		select {
		case <-c.wake:
		case <-c.done:
			return
		}
	}
}

func (c *browserConn) Frames() <-chan Frame { return c.frames }

func (c *browserConn) Greeted() []byte { return c.greeted }

func (c *browserConn) Send(b []byte) error {
	if c.ws.Get("readyState").Int() != 1 {
		return errors.New("live: websocket not open")
	}
	c.ws.Call("send", string(b))
	return nil
}

func (c *browserConn) Close(code int, reason string) {
	// Browsers only let pages send 1000 or 3000–4999.
	if code != 1000 && (code < 3000 || code > 4999) {
		code = 1000
	}
	c.closer.Do(func() {
		c.ws.Call("close", code, reason)
		close(c.done)
	})
}

func (c *browserConn) release() {
	c.ws.Set("onopen", nil)
	c.ws.Set("onmessage", nil)
	c.ws.Set("onclose", nil)
	for _, f := range c.funcs {
		f.Release()
	}
}
