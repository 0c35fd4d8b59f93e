package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// Config tunes the hub. Zero values take the defaults in the comments.
type Config struct {
	// AllowedOrigins are exact browser origins such as
	// "http://127.0.0.1:8080". Requests without an Origin header
	// (non-browser clients) and same-host origins are always allowed.
	AllowedOrigins []string
	QueueSize      int           // per-connection outbound queue (256)
	PingInterval   time.Duration // 25s, jittered ±20%
	WriteTimeout   time.Duration // 10s
	HelloTimeout   time.Duration // 10s
	// OnStatus, if set, receives each status frame a screen sends. It runs
	// on the screen's reader and must not block.
	OnStatus func(Screen, content.Status)
	// Metrics counts connections and deliveries; nil: a set nobody
	// scrapes.
	Metrics *Metrics
}

func (c Config) withDefaults() Config {
	if c.QueueSize <= 0 {
		c.QueueSize = 256
	}
	if c.PingInterval <= 0 {
		c.PingInterval = 25 * time.Second
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = 10 * time.Second
	}
	if c.HelloTimeout <= 0 {
		c.HelloTimeout = 10 * time.Second
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
	return c
}

// SnapshotFunc returns the whole state of stream; see doc.go for the
// consistency it must offer.
type SnapshotFunc func(ctx context.Context, stream string) (json.RawMessage, error)

// Authenticator identifies the screen behind a hello. An error closes the
// connection with content.CloseReEnrol.
type Authenticator func(ctx context.Context, h content.Hello) (Screen, error)

// Screen is an authenticated connection: who it is and which stream it
// follows. A Parked screen (waiting to be paired, or just handed its
// device token) gets its Welcome and direct messages (Send), nothing of
// any stream.
type Screen struct {
	ID, Kind, Stream string
	// Groups are the screen's groups as it was told them in its Welcome,
	// for the fleet's metrics; the hub does not look at them.
	Groups  []string
	Welcome *content.Envelope // sent first, before the snapshot or replay
	Parked  bool
	// Unsent, if set, runs when the Welcome could not be written (the
	// connection failed first), so the authenticator can take back what
	// the Welcome handed out, such as a new device token.
	Unsent func()
}

type remoteKey struct{}

// WithRemote returns ctx carrying a screen's address for Remote; the hub
// sets it for every authentication, tests of authenticators set it too.
func WithRemote(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, remoteKey{}, addr)
}

// Remote returns the address (host:port) of the screen whose hello an
// Authenticator is looking at, as the hub's listener saw it; "" outside
// an authentication.
func Remote(ctx context.Context) string {
	a, _ := ctx.Value(remoteKey{}).(string)
	return a
}

// ErrBadData is returned by Publish for data that is not valid JSON.
var ErrBadData = errors.New("hub: data is not valid JSON")

// Hub accepts screen WebSockets and fans stream messages out to them.
type Hub struct {
	cfg       Config
	origins   map[string]bool
	broker    Broker
	snapshots *snapshotCache
	auth      Authenticator
	log       *slog.Logger
	upgrader  websocket.Upgrader
	trim      *trimmer // returns a burst of handshakes' garbage to the OS
	connLog   *connLog // screens that came and went, logged in aggregate

	mu      sync.Mutex // guards closing, conns, fanouts; see the lock order in doc.go
	closing bool
	conns   map[*conn]struct{}
	fanouts map[string]*fanout
	wg      sync.WaitGroup // one per admitted request until its connection has ended
}

// New returns a hub over b. snap must not be nil; a nil auth accepts every
// hello as an anonymous screen on content.StreamStore; a nil log discards.
func New(cfg Config, b Broker, snap SnapshotFunc, auth Authenticator, log *slog.Logger) *Hub {
	if b == nil || snap == nil {
		panic("hub: New needs a Broker and a SnapshotFunc")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Hub{
		cfg:       cfg.withDefaults(),
		origins:   normalizeOrigins(cfg.AllowedOrigins),
		broker:    b,
		snapshots: newSnapshotCache(snap, snapshotMaxAge),
		auth:      auth,
		log:       log,
		conns:     make(map[*conn]struct{}),
		fanouts:   make(map[string]*fanout),
		trim:      newTrimmer(trimBurst, trimQuiet, trimOS),
		connLog:   newConnLog(log, connLogEvery),
	}
	h.upgrader = websocket.Upgrader{
		ReadBufferSize:  512, // clients send only a hello and control frames
		WriteBufferPool: &sync.Pool{},
		CheckOrigin:     h.originAllowed,
	}
	return h
}

// Publish appends data to stream and hands it to the stream's fan-out,
// which delivers it to every connected screen following it. It returns
// once the message is in the history: it never waits for the fan-out, nor
// for any screen.
func (h *Hub) Publish(ctx context.Context, stream string, data json.RawMessage) (uint64, error) {
	return h.PublishID(ctx, stream, "", data)
}

// PublishID is Publish with a message id (see Broker.PublishID); the
// outbox publishes each change under its own.
func (h *Hub) PublishID(ctx context.Context, stream, id string, data json.RawMessage) (uint64, error) {
	if !json.Valid(data) {
		return 0, ErrBadData
	}
	m, err := h.broker.PublishID(ctx, stream, id, data)
	if err != nil {
		return 0, err
	}
	h.cfg.Metrics.published.WithLabelValues(stream).Inc()
	return m.Seq, nil
}

// LastID is the message id of stream's newest message, "" if it has none
// or the history no longer holds it.
func (h *Hub) LastID(stream string) string {
	epoch, seq := h.broker.Head(stream)
	if seq == 0 {
		return ""
	}
	msgs, ok := h.broker.Since(stream, epoch, seq-1)
	if !ok || len(msgs) == 0 {
		return ""
	}
	return msgs[len(msgs)-1].ID
}

// Connected reports the upgraded connections that have not finished closing.
func (h *Hub) Connected() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.conns)
}

// Shutdown refuses new upgrades with 503, closes every connection with
// content.CloseBackOff and waits for their goroutines or ctx.
func (h *Hub) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	h.closing = true
	conns := make([]*conn, 0, len(h.conns))
	for c := range h.conns {
		conns = append(conns, c)
	}
	h.mu.Unlock()
	for _, c := range conns {
		c.close(content.CloseBackOff, reasonShutdown)
	}

	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("hub: shutdown: %w", ctx.Err())
	}

	h.connLog.close()
	h.mu.Lock()
	defer h.mu.Unlock()
	for stream, f := range h.fanouts {
		f.unsubscribe()
		delete(h.fanouts, stream)
	}
	return err
}

// enter admits one ServeHTTP call unless the hub is shutting down.
func (h *Hub) enter() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing {
		return false
	}
	h.wg.Add(1)
	return true
}

// register tracks c so Shutdown can close it; one that arrives during
// Shutdown is closed at once.
func (h *Hub) register(c *conn) {
	h.mu.Lock()
	h.conns[c] = struct{}{}
	closing := h.closing
	h.mu.Unlock()
	if closing {
		c.close(content.CloseBackOff, reasonShutdown)
	}
}

func (h *Hub) unregister(c *conn) {
	h.mu.Lock()
	delete(h.conns, c)
	h.mu.Unlock()
}

// join adds c to stream's fan-out, subscribing the hub to the stream on
// first use. It returns nil once the hub is shutting down.
func (h *Hub) join(stream string, c *conn) *fanout {
	h.mu.Lock()
	if h.closing {
		h.mu.Unlock()
		return nil
	}
	f, ok := h.fanouts[stream]
	if !ok {
		f = newFanout(h.cfg.QueueSize, h.cfg.Metrics.delivered.WithLabelValues(stream))
		f.unsubscribe = h.broker.Subscribe(stream, f.deliver)
		h.fanouts[stream] = f
	}
	h.mu.Unlock()
	f.add(c)
	return f
}

// pingDelay is PingInterval jittered by ±20% so screens that connected
// together do not ping together.
func (h *Hub) pingDelay() time.Duration {
	d := h.cfg.PingInterval
	return d*4/5 + rand.N(d*2/5+1)
}

// readTimeout is how long a connection may stay silent: 2.5 pings.
func (h *Hub) readTimeout() time.Duration { return h.cfg.PingInterval * 5 / 2 }
