package live

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"storecast/app/content"
)

// fakeClock only moves when a test advances it.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []waiter
}

type waiter struct {
	at time.Time
	d  time.Duration
	ch chan time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	c.waiters = append(c.waiters, waiter{at: c.now.Add(d), d: d, ch: ch})
	return ch
}

// Advance moves time on and fires every timer that is due.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
		} else {
			kept = append(kept, w)
		}
	}
	c.waiters = kept
}

// pending returns the durations of timers not yet fired.
func (c *fakeClock) pending() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ds []time.Duration
	for _, w := range c.waiters {
		ds = append(ds, w.d)
	}
	return ds
}

// fakeTransport hands every dial to the test.
type fakeTransport struct {
	conns chan *fakeConn
	fail  chan error  // when non-empty, the next dial fails with it
	greet chan []byte // when non-empty, the next conn was greeted with it (Greet)
}

func newFakeTransport() *fakeTransport {
	return &fakeTransport{conns: make(chan *fakeConn, 16), fail: make(chan error, 16), greet: make(chan []byte, 16)}
}

func (t *fakeTransport) Dial(ctx context.Context) (Conn, error) {
	select {
	case err := <-t.fail:
		return nil, err
	default:
	}
	c := &fakeConn{sent: make(chan []byte, 16), frames: make(chan Frame, 64), closed: make(chan int, 1)}
	select {
	case c.greeted = <-t.greet:
	default:
	}
	t.conns <- c
	return c, nil
}

type fakeConn struct {
	sent    chan []byte
	frames  chan Frame
	closed  chan int
	once    sync.Once
	greeted []byte
}

func (c *fakeConn) Greeted() []byte { return c.greeted }

func (c *fakeConn) Send(b []byte) error  { c.sent <- b; return nil }
func (c *fakeConn) Frames() <-chan Frame { return c.frames }
func (c *fakeConn) Close(code int, _ string) {
	c.once.Do(func() { c.closed <- code })
}

func (c *fakeConn) push(t *testing.T, typ, epoch string, seq uint64, data any) {
	t.Helper()
	var raw json.RawMessage
	if data != nil {
		b, err := json.Marshal(data)
		if err != nil {
			t.Fatal(err)
		}
		raw = b
	}
	b, _ := json.Marshal(content.Envelope{Type: typ, Epoch: epoch, Seq: seq, Data: raw})
	c.frames <- Frame{Data: b}
}

func (c *fakeConn) hangUp(code int) { c.frames <- Frame{Err: &CloseError{Code: code}} }

// hello waits for the hello the feed sends on c.
func (c *fakeConn) hello(t *testing.T) content.Hello {
	t.Helper()
	select {
	case b := <-c.sent:
		h, err := content.DecodeHello(b)
		if err != nil {
			t.Fatalf("feed sent a bad hello: %v", err)
		}
		return h
	case <-time.After(5 * time.Second):
		t.Fatal("feed sent no hello")
	}
	return content.Hello{}
}

func (t *fakeTransport) next(tb testing.TB) *fakeConn {
	tb.Helper()
	select {
	case c := <-t.conns:
		return c
	case <-time.After(5 * time.Second):
		tb.Fatal("feed did not dial")
	}
	return nil
}

// waitUntil checks fn once the feed has done all it can without the test
// (synctest.Wait: every goroutine of the bubble is blocked), so a false
// fn is final, not early. Tests that use it run in a synctest bubble.
func waitUntil(t *testing.T, what string, fn func() bool) {
	t.Helper()
	synctest.Wait()
	if !fn() {
		t.Fatalf("the feed is idle and there is no %s", what)
	}
}
