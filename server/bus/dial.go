package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

// Client says how head office reaches its cluster.
type Client struct {
	URLs        []string // nats:// or tls://host:4222 of the cluster's servers
	Credentials string   // a NATS .creds file, or ""
	CAFile      string   // a PEM bundle the servers' certificates chain to, or ""
	Name        string   // the connection's name in the servers' monitoring
	Log         *slog.Logger
}

// dialWithin bounds the first connection; after it the client reconnects
// for ever.
const dialWithin = 10 * time.Second

// Dial connects to a cluster as a client; it embeds no server.
func Dial(ctx context.Context, c Client) (*Bus, error) {
	if len(c.URLs) == 0 {
		return nil, errors.New("bus: dial: no URL")
	}
	log := orDiscard(c.Log)
	opts := []nats.Option{
		nats.Name(c.Name), nats.MaxReconnects(-1), nats.Timeout(dialWithin),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			log.Warn("bus: disconnected from the cluster", slog.Any("err", err))
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info("bus: reconnected to the cluster", slog.String("url", nc.ConnectedUrlRedacted()))
		}),
	}
	if c.Credentials != "" {
		opts = append(opts, nats.UserCredentials(c.Credentials))
	}
	if c.CAFile != "" {
		opts = append(opts, nats.RootCAs(c.CAFile))
	}
	nc, err := nats.Connect(strings.Join(c.URLs, ","), opts...)
	if err != nil {
		return nil, fmt.Errorf("bus: dial %s: %w", strings.Join(c.URLs, ","), err)
	}
	return connected(ctx, nc)
}
