package command

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"storecast/server/api"
	"storecast/server/bus"
	"storecast/server/chain"
	"storecast/server/coupon"
	"storecast/server/hub"
	"storecast/server/outbox"
	"storecast/server/points"
	"storecast/server/store"
)

// chainRole is the database's role for cfg.
func chainRole(cfg ChainConfig) store.ChainRole {
	switch {
	case cfg.Role == RoleHQ:
		return store.HeadOffice
	case cfg.Member():
		return store.Member
	default:
		return store.Standalone
	}
}

// chainPart is this server's part in a chain: where its outbox's chain
// stream goes, what the API asks head office, and how to stop it. A store
// on its own has none of it.
type chainPart struct {
	routes outbox.Routes    // the chain's outbox streams; nil alone
	chain  api.ChainCoupons // a member's head office; nil otherwise
	points api.PointsBook   // a member's way to head office's ledger; nil otherwise
	uplink func() bool      // a member's leaf link; nil otherwise
	stop   []func()
}

func (c *chainPart) close() {
	for i := len(c.stop) - 1; i >= 0; i-- {
		c.stop[i]()
	}
}

// joinChain starts this server's part in its chain, if any: a member
// store applies head office's content and reports up over its embedded
// server's leaf link, and reaches head office's ledger of points; head
// office connects to its cluster and serves the stores, its ledger the
// chain's.
func joinChain(ctx context.Context, cfg Config, st *store.Store, feed *liveFeed, hb *hub.Hub, secret []byte, ledger *points.Ledger, log *slog.Logger) (*chainPart, error) {
	id, err := st.StoreID(ctx)
	if err != nil {
		return nil, fmt.Errorf("serve: chain: %w", err)
	}
	part := &chainPart{}
	switch chainRole(cfg.Chain) {
	case store.Member:
		m, err := chain.Join(ctx, chain.MemberConfig{Store: st, Conn: feed.bus.Conn, JS: feed.bus.JS, ID: id,
			Name: cmpOr(cfg.Chain.Name, id), Region: cfg.Chain.Region, Version: Version, Screens: screensOnline(hb), Uplink: feed.bus.LeafConnected, Log: log})
		if err != nil {
			return nil, fmt.Errorf("serve: chain: %w", err)
		}
		part.routes = outbox.Routes{store.StreamUp: m.UpFeed()}
		part.chain, part.uplink = m, feed.bus.LeafConnected
		part.points = m.Points(ctx, 0)
		part.stop = append(part.stop, m.Close)
	case store.HeadOffice:
		cl, err := bus.Dial(ctx, bus.Client{URLs: cfg.Chain.NATS, Credentials: cfg.Chain.NATSCred, CAFile: cfg.Chain.NATSCA,
			Name: "storecast-hq", Log: log})
		if err != nil {
			return nil, fmt.Errorf("serve: chain: %w", err)
		}
		part.stop = append(part.stop, cl.Close)
		codec, err := coupon.NewChainCodec(secret)
		if err != nil {
			part.close()
			return nil, fmt.Errorf("serve: chain: %w", err)
		}
		o, err := openOffice(ctx, chain.OfficeConfig{Store: st, Conn: cl.Conn, JS: cl.JS, ID: id, Codec: codec, Points: ledger,
			Replicas: cfg.Chain.Replicas, Log: log})
		if err != nil {
			part.close()
			return nil, fmt.Errorf("serve: chain: %w", err)
		}
		part.routes = outbox.Routes{store.StreamChain: o.ContentFeed()}
		part.stop = append(part.stop, o.Close)
	}
	return part, nil
}

// officeWithin is how long head office waits for its cluster's JetStream
// when it starts: a cluster that starts with it elects a leader first.
const officeWithin = time.Minute

func openOffice(ctx context.Context, cfg chain.OfficeConfig) (*chain.Office, error) {
	deadline := time.Now().Add(officeWithin)
	for {
		o, err := chain.Open(ctx, cfg)
		if err == nil || time.Now().After(deadline) {
			return o, err
		}
		cfg.Log.Warn("chain: the cluster is not ready; trying again", slog.Any("err", err))
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}

// screensOnline counts the screens following the store's feed and their
// app versions, for the store's heartbeat to head office.
func screensOnline(hb *hub.Hub) func() (int, map[string]int) {
	return func() (int, map[string]int) {
		n, versions := 0, map[string]int{}
		for _, c := range hb.Connections() {
			if c.Screen.Parked {
				continue
			}
			n++
			if c.App != "" {
				versions[c.App]++
			}
		}
		return n, versions
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
