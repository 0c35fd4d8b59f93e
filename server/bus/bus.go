// Package bus runs NATS with JetStream inside the storecast process: the
// store's durable message log (screens' feeds, and in a chain the traffic
// to and from head office). A single store needs nothing else installed:
// the server listens on no port unless told to, and the process talks to
// it over an in-process connection.
//
// In a chain (docs/architecture.md, "A chain of stores") the embedded server becomes a leaf node of
// head office's cluster (Config.Leaf): it dials out and still listens on
// nothing, and its own JetStream domain keeps its streams local, so the
// store works the same with its uplink down. Head office itself embeds no
// server: it is a client of the cluster (Dial), whose servers run
// `storecast nats` (Serve) or a stock nats-server.
package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Config says how to run the embedded server.
type Config struct {
	// Dir holds JetStream's files (DATA/jetstream). It is created 0700.
	Dir string
	// Name names the server among its peers; in a chain it must be unique
	// among every server of the cluster and its leaves ("store-<id>").
	Name string
	// Domain is the JetStream domain; a store in a chain has its own so
	// its streams stay local when the uplink is down. "" for none.
	Domain string
	// Leaf, when set, makes the server a leaf node of head office's
	// cluster.
	Leaf *Leaf
	// Log receives the server's warnings and errors.
	Log *slog.Logger
}

// Bus is a NATS connection with JetStream: to the server embedded in this
// process (Start), or to a cluster elsewhere (Dial).
type Bus struct {
	Conn *nats.Conn
	JS   jetstream.JetStream

	srv *natsserver.Server // nil when dialled
}

// readyWithin bounds how long Start waits for the server to accept the
// in-process connection: JetStream recovers its files first.
const readyWithin = 30 * time.Second

// Start runs the server and connects to it.
func Start(ctx context.Context, cfg Config) (*Bus, error) {
	if cfg.Dir == "" {
		return nil, errors.New("bus: start: no directory")
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("bus: start: %w", err)
	}
	opts := &natsserver.Options{
		ServerName:      cfg.Name,
		DontListen:      true,
		JetStream:       true,
		JetStreamDomain: cfg.Domain,
		StoreDir:        cfg.Dir,
		NoSigs:          true,
	}
	if cfg.Leaf != nil {
		remote, err := cfg.Leaf.remote()
		if err != nil {
			return nil, fmt.Errorf("bus: start: %w", err)
		}
		opts.LeafNode.Remotes = []*natsserver.RemoteLeafOpts{remote}
		opts.LeafNode.ReconnectInterval = cfg.Leaf.Reconnect
	}
	srv, err := natsserver.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("bus: start: %w", err)
	}
	first := newFirstError()
	srv.SetLoggerV2(logger{orDiscard(cfg.Log), first}, false, false, false)
	srv.Start()
	if !ready(srv, first) {
		srv.Shutdown()
		return nil, fmt.Errorf("bus: start: server not ready within %v%s", readyWithin, first.why())
	}
	// The in-process connection waits as long as the server took to get
	// ready: nats.go's two seconds are not enough on a loaded machine.
	nc, err := nats.Connect("", nats.InProcessServer(srv), nats.Name("storecast"), nats.MaxReconnects(-1), nats.Timeout(readyWithin))
	if err != nil {
		srv.Shutdown()
		return nil, fmt.Errorf("bus: connect: %w", err)
	}
	b, err := connected(ctx, nc)
	if err != nil {
		srv.Shutdown()
		return nil, err
	}
	b.srv = srv
	return b, nil
}

// connected wraps a connection with JetStream, closing it on failure.
func connected(ctx context.Context, nc *nats.Conn) (*Bus, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("bus: jetstream: %w", err)
	}
	if err := ctx.Err(); err != nil {
		nc.Close()
		return nil, fmt.Errorf("bus: start: %w", err)
	}
	return &Bus{Conn: nc, JS: js}, nil
}

// LeafConnected reports whether the embedded server's link to head office
// is up (false for a server that is no leaf, and for a dialled Bus).
func (b *Bus) LeafConnected() bool { return b.srv != nil && b.srv.NumLeafNodes() > 0 }

// Close drains the connection and, when the server is embedded, stops it,
// flushing JetStream's files.
func (b *Bus) Close() {
	_ = b.Conn.Drain()
	b.Conn.Close()
	if b.srv != nil {
		b.srv.Shutdown()
		b.srv.WaitForShutdown()
	}
}

func orDiscard(log *slog.Logger) *slog.Logger {
	if log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return log
}

// logger hands the server's log lines to slog: notices at debug (they
// describe start-up in detail), warnings and errors as such.
type logger struct {
	log   *slog.Logger
	first *firstError
}

func (l logger) Noticef(format string, v ...any) { l.log.Debug("nats: " + fmt.Sprintf(format, v...)) }
func (l logger) Warnf(format string, v ...any)   { l.log.Warn("nats: " + fmt.Sprintf(format, v...)) }
func (l logger) Fatalf(format string, v ...any)  { l.error(fmt.Sprintf(format, v...)); l.first.fatal() }
func (l logger) Errorf(format string, v ...any)  { l.error(fmt.Sprintf(format, v...)) }
func (l logger) Debugf(format string, v ...any)  {}
func (l logger) Tracef(format string, v ...any)  {}

func (l logger) error(msg string) {
	l.first.keep(msg)
	l.log.Error("nats: " + msg)
}

// ready waits until srv accepts connections, for readyWithin at most,
// and no longer than its first fatal error: a port already taken fails
// at once, with the reason.
func ready(srv *natsserver.Server, first *firstError) bool {
	deadline := time.Now().Add(readyWithin)
	for time.Now().Before(deadline) {
		if srv.ReadyForConnections(100 * time.Millisecond) {
			return true
		}
		select {
		case <-first.dead:
			return false
		default:
		}
	}
	return false
}

// firstError keeps the first error a server logged, so that a server that
// never gets ready says why (a port taken, a bad store directory) even
// when nobody reads its log.
type firstError struct {
	mu   sync.Mutex
	msg  string
	once sync.Once
	dead chan struct{} // closed when the server logs a fatal error
}

func newFirstError() *firstError { return &firstError{dead: make(chan struct{})} }

func (f *firstError) fatal() {
	if f != nil {
		f.once.Do(func() { close(f.dead) })
	}
}

func (f *firstError) keep(msg string) {
	if f == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.msg == "" {
		f.msg = msg
	}
}

// why is ": <first error>" or "".
func (f *firstError) why() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.msg == "" {
		return ""
	}
	return ": " + f.msg
}
