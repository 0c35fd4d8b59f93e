package command

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

	"storecast/app/content"
	"storecast/server/bus"
	"storecast/server/chain"
	"storecast/server/hub"
	"storecast/server/outbox"
	"storecast/server/store"
)

// feeds are the live feed's streams: what every screen follows, and what
// staff tools hear (calls for staff).
var feeds = []string{content.StreamStore, content.StreamStaff}

// liveFeed is the store's live feed: NATS JetStream in process, keeping each
// feed's history under DATA/jetstream, and the Broker over it.
type liveFeed struct {
	bus    *bus.Bus
	broker *hub.JetStreamBroker
}

// openFeed starts the embedded NATS server and the feeds' broker.
// In a chain a store's server is also a leaf node of head office's
// cluster, in a JetStream domain of its own (so its streams stay its own
// and work with the link down), named for the store id.
func openFeed(ctx context.Context, cfg Config, id string, log *slog.Logger) (*liveFeed, error) {
	bc := bus.Config{Dir: filepath.Join(cfg.DataDir, "jetstream"), Name: "storecast", Log: log}
	if cfg.Chain.Member() {
		bc.Name, bc.Domain = chain.StoreDomain(id), chain.StoreDomain(id)
		bc.Leaf = &bus.Leaf{URLs: cfg.Chain.HQ, Credentials: cfg.Chain.HQCreds, CAFile: cfg.Chain.HQCA}
	}
	b, err := bus.Start(ctx, bc)
	if err != nil {
		return nil, fmt.Errorf("serve: feed: %w", err)
	}
	br, err := hub.NewJetStreamBroker(ctx, b.JS, hub.JetStreamConfig{Streams: feeds, History: cfg.History, MaxAge: cfg.HistoryAge})
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("serve: feed: %w", err)
	}
	return &liveFeed{bus: b, broker: br}, nil
}

func (f *liveFeed) close() {
	f.broker.Close()
	f.bus.Close()
}

// startRelay publishes the store's outbox to the hub, and in a chain its
// chain stream to JetStream (extra), until stop is called; stop waits for
// it to end.
func startRelay(ctx context.Context, st *store.Store, hb *hub.Hub, extra outbox.Routes, m *outbox.Metrics, log *slog.Logger) (stop func(), err error) {
	routes := outbox.Routes{}
	for _, f := range feeds {
		routes[f] = hb
	}
	for s, f := range extra {
		routes[s] = f
	}
	r, err := outbox.New(ctx, st, routes, routes.Streams(), log)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	r.Metrics = m
	rctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = r.Run(rctx)
	}()
	return func() { cancel(); <-done }, nil
}
