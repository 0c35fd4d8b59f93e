package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
	"storecast/app/live"
	"storecast/e2e/harness"
)

// wsTransport is live.Transport over gorilla/websocket: a Go screen that
// runs the browser's own state machine (live.Feed), so these tests exercise
// the real resume, replay and backoff logic against the real server.
type wsTransport struct {
	URL    string       // ws://host:port/ws
	frames *frameCounts // optional: counts what the server sent
}

// frameCounts counts received frames by envelope type, across connections.
type frameCounts struct {
	snapshot, event, resumed, ping atomic.Int64
}

func (f *frameCounts) count(b []byte) {
	if f == nil {
		return
	}
	var env struct {
		Type string `json:"type"`
	}
	_ = json.Unmarshal(b, &env)
	switch env.Type {
	case content.TypeSnapshot:
		f.snapshot.Add(1)
	case content.TypeEvent:
		f.event.Add(1)
	case content.TypeResumed:
		f.resumed.Add(1)
	case content.TypePing:
		f.ping.Add(1)
	}
}

// Dial opens one connection; a handshake that hangs (a stalled proxy) gives
// up after a few seconds, as a browser's would eventually.
func (tr wsTransport) Dial(ctx context.Context) (live.Conn, error) {
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	ws, _, err := d.DialContext(ctx, tr.URL, nil)
	if err != nil {
		return nil, err
	}
	c := &wsConn{ws: ws, counts: tr.frames, frames: make(chan live.Frame), done: make(chan struct{})}
	go c.read()
	return c, nil
}

// wsConn is one connection. Like the browser transport, it delivers every
// text frame and then exactly one Frame with a *live.CloseError (code 1006
// when the connection broke without a close frame).
type wsConn struct {
	ws     *websocket.Conn
	counts *frameCounts
	frames chan live.Frame
	done   chan struct{} // closed by Close: nobody reads frames any more
	once   sync.Once
	wmu    sync.Mutex // one writer of data frames at a time
}

func (c *wsConn) read() {
	defer c.ws.Close()
	for {
		typ, b, err := c.ws.ReadMessage()
		if err != nil {
			end := &live.CloseError{Code: websocket.CloseAbnormalClosure, Reason: err.Error()}
			if ce, ok := errors.AsType[*websocket.CloseError](err); ok {
				end = &live.CloseError{Code: ce.Code, Reason: ce.Text}
			}
			select {
			case c.frames <- live.Frame{Err: end}:
			case <-c.done:
			}
			return
		}
		if typ != websocket.TextMessage {
			continue
		}
		c.counts.count(b)
		select {
		case c.frames <- live.Frame{Data: b}:
		case <-c.done:
			return
		}
	}
}

func (c *wsConn) Frames() <-chan live.Frame { return c.frames }

func (c *wsConn) Send(b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// Close sends a close frame and drops the connection, without waiting for
// the server's reply (the browser's close() does not block either).
func (c *wsConn) Close(code int, reason string) {
	c.once.Do(func() {
		close(c.done)
		msg := websocket.FormatCloseMessage(code, reason)
		_ = c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
		c.ws.Close()
	})
}

// screenClient is a Go screen following the store stream through a
// live.Feed. Its Apply checks the feed's promise as it goes: within an
// epoch, each event is exactly one after the position it is applied on
// (the last snapshot or event), and no snapshot moves the position back,
// so no event is ever applied twice, skipped or reordered.
type screenClient struct {
	name   string
	counts frameCounts
	done   chan struct{} // closed when Run has returned

	mu         sync.Mutex
	state      content.Snapshot
	epoch      string
	seq        uint64
	snapshots  int
	events     int
	connects   int
	violations []string
	upserted   []string // the English titles of promotion upserts, as events arrived
}

// startScreen runs a screen against wsURL until the test ends. seed makes
// its backoff jitter reproducible.
func startScreen(t *testing.T, name, wsURL string, seed uint64) *screenClient {
	t.Helper()
	c := &screenClient{name: name, done: make(chan struct{})}
	jitter := rand.New(rand.NewPCG(seed, 0x5c))
	feed := live.NewFeed(live.Config{
		Transport: wsTransport{URL: wsURL, frames: &c.counts},
		Hello:     content.Hello{Kind: content.KindSignage, App: "e2e"},
		Apply:     c.apply,
		Status:    c.status,
		Rand:      jitter.Float64,
	})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer close(c.done)
		_ = feed.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-c.done
	})
	return c
}

func (c *screenClient) apply(u live.Update) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case u.Snapshot != nil:
		if u.Epoch == c.epoch && u.Seq < c.seq {
			c.violate("snapshot at %s/%d would move back from %d", u.Epoch, u.Seq, c.seq)
		}
		c.state = content.Snapshot{Promotions: append([]content.Promotion(nil), u.Snapshot.Promotions...)}
		c.snapshots++
	case u.Event != nil:
		if u.Epoch != c.epoch {
			c.violate("event %s/%d applied on a state of epoch %q", u.Epoch, u.Seq, c.epoch)
		} else if u.Seq != c.seq+1 {
			c.violate("event %d applied at position %d (duplicate or gap)", u.Seq, c.seq)
		}
		if e := u.Event; e.Op == content.OpPromotionUpsert && e.Promotion != nil {
			c.upserted = append(c.upserted, e.Promotion.Title["en"])
		}
		if err := c.state.Apply(*u.Event); err != nil {
			c.violate("event %d: %v", u.Seq, err)
		}
		c.events++
	default:
		c.violate("empty update at %s/%d", u.Epoch, u.Seq)
	}
	c.epoch, c.seq = u.Epoch, u.Seq
}

func (c *screenClient) status(s live.Status) {
	if s == live.StatusConnecting {
		c.mu.Lock()
		c.connects++
		c.mu.Unlock()
	}
}

// violate records a broken promise; call with c.mu held.
func (c *screenClient) violate(format string, args ...any) {
	if len(c.violations) < 20 {
		c.violations = append(c.violations, fmt.Sprintf(format, args...))
	}
}

// position returns where the screen stands.
func (c *screenClient) position() (string, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch, c.seq
}

// upserts returns the titles of the promotion upserts the screen applied
// as events, in order.
func (c *screenClient) upserts() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.upserted...)
}

// promotions returns a copy of what the screen holds.
func (c *screenClient) promotions() []content.Promotion {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]content.Promotion(nil), c.state.Promotions...)
}

// checkScreens fails the test for every broken promise any screen saw.
func checkScreens(t *testing.T, screens []*screenClient) {
	t.Helper()
	for _, c := range screens {
		c.mu.Lock()
		for _, v := range c.violations {
			t.Errorf("%s: %s", c.name, v)
		}
		c.mu.Unlock()
	}
}

// serverPromotions reads the server's state through the API.
func serverPromotions(t *testing.T, s *harness.Server) []content.Promotion {
	t.Helper()
	var out struct {
		Promotions []content.Promotion `json:"promotions"`
	}
	if code := s.API(t, "GET", "/api/v1/promotions", nil, &out); code != 200 {
		t.Fatalf("GET /api/v1/promotions = %d; want 200", code)
	}
	return out.Promotions
}

// samePromotions reports how got differs from want, comparing what a
// screen shows (id, title, body, prices, priority, change time) and the
// display order; "" when they agree.
func samePromotions(got, want []content.Promotion) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d promotions; want %d", len(got), len(want))
	}
	key := func(p content.Promotion) string {
		title, _ := json.Marshal(p.Title)
		body, _ := json.Marshal(p.Body)
		return fmt.Sprintf("%s %s %s %d/%d p%d %s", p.ID, title, body, p.Price, p.WasPrice, p.Priority,
			p.UpdatedAt.UTC().Format(time.RFC3339Nano))
	}
	for i := range got {
		if g, w := key(got[i]), key(want[i]); g != w {
			return fmt.Sprintf("promotion %d is %s; want %s", i, g, w)
		}
	}
	return ""
}

// promotionIDs returns the ids in order.
func promotionIDs(ps []content.Promotion) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

// wsURL is the live feed's address on a server or proxy base URL.
func wsURL(base string) string { return "ws" + base[len("http"):] + "/ws" }
